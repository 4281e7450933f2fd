package uk.org.casereview.projections.practicereview;

/** Where a practice review stands as of a date. */
public enum PracticeReviewStatus {
    COMMISSIONED,
    REVIEWER_APPOINTED,
    FINAL_REPORT_SENT,
    PUBLISHED,
    WITHHELD
}
