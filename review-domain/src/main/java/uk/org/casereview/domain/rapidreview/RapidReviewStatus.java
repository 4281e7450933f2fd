package uk.org.casereview.domain.rapidreview;

/** Where a rapid review stands: the last step of its process that its facts reach. */
public enum RapidReviewStatus {
    NOTIFIED,
    MEETING_HELD,
    DECIDED,
    SUBMITTED_TO_PANEL,
    MORE_INFORMATION_REQUESTED,
    PANEL_AGREED,
    PANEL_DISAGREED,
    NATIONAL_REVIEW,
    NOT_REQUIRED
}
