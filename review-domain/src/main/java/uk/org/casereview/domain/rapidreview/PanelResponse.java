package uk.org.casereview.domain.rapidreview;

/** The National Panel's response to a rapid review. */
public enum PanelResponse {
    AGREED,
    DISAGREED,
    NATIONAL_REVIEW
}
