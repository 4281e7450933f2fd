package uk.org.casereview.domain.practicereview;

/**
 * The kinds of review tracked the same way; which statutory milestones each has is configuration (see
 * {@link uk.org.casereview.domain.calendar.StatutoryClock#reviewMilestones(String)}).
 */
public enum PracticeReviewKind {
    /** Child Safeguarding Practice Review (local, since 2019). */
    CSPR,
    /** Legacy serious case review, before 2019. */
    SERIOUS_CASE_REVIEW,
    /** A national review by the Panel that the partnership records to respond to its recommendations. */
    NATIONAL_REVIEW,
    /** A non-statutory local learning review. */
    LEARNING_REVIEW,
    /** An audit by the quality assurance subgroup, with an action plan. */
    MULTI_AGENCY_AUDIT,
    /** A review held jointly with another statutory review (see {@link JointPartner}). */
    JOINT_REVIEW
}
