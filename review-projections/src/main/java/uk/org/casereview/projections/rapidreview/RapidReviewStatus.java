package uk.org.casereview.projections.rapidreview;

/** Where a rapid review stands as of a date. */
public enum RapidReviewStatus {
    NOTIFIED,
    MEETING_HELD,
    DECIDED,
    SUBMITTED_TO_PANEL,
    PANEL_AGREED,
    PANEL_DISAGREED,
    NATIONAL_REVIEW
}
