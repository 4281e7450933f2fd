package uk.org.casereview.domain.practicereview;

/** Who a joint review is held with. */
public enum JointPartner {
    SAFEGUARDING_ADULTS_BOARD,
    DOMESTIC_ABUSE_RELATED_DEATH_REVIEW,
    COMMUNITY_SAFETY_PARTNERSHIP,
    CHILD_DEATH_OVERVIEW_PANEL,
    OTHER_PARTNERSHIP
}
