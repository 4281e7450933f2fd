package uk.org.casereview.domain.practicereview;

/** Where a practice review stands. WITHHELD: the full report is withheld and nothing has been published yet. */
public enum PracticeReviewStatus {
    COMMISSIONED,
    REVIEWER_APPOINTED,
    FINAL_REPORT_SENT,
    WITHHELD,
    PUBLISHED
}
