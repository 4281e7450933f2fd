package uk.org.casereview.domain.practicereview;

/** The kinds of review tracked the same way. Statutory publication clocks apply to CSPRs and legacy SCRs. */
public enum PracticeReviewKind {
    /** Child Safeguarding Practice Review (local, since 2019). */
    CSPR(true),
    /** Legacy serious case review, before 2019. */
    SERIOUS_CASE_REVIEW(true),
    /** A national review by the Panel that the partnership must respond to. */
    NATIONAL_REVIEW(false),
    /** A non-statutory local learning review. */
    LEARNING_REVIEW(false);

    private final boolean statutoryClocks;

    PracticeReviewKind(boolean statutoryClocks) {
        this.statutoryClocks = statutoryClocks;
    }

    public boolean hasStatutoryClocks() {
        return statutoryClocks;
    }
}
