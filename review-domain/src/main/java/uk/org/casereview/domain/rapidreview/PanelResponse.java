package uk.org.casereview.domain.rapidreview;

/** The National Panel's response to a rapid review. MORE_INFORMATION_REQUESTED expects a resubmission. */
public enum PanelResponse {
    AGREED,
    DISAGREED,
    NATIONAL_REVIEW,
    MORE_INFORMATION_REQUESTED;

    /** A response that settles the submission (the Panel has decided). */
    public boolean isFinal() {
        return this != MORE_INFORMATION_REQUESTED;
    }
}
