package uk.org.casereview.domain.rapidreview;

/** What the safeguarding partners decided at the rapid review. */
public enum RapidReviewDecision {
    CSPR,
    NO_CSPR,
    NATIONAL_REVIEW_RECOMMENDED
}
