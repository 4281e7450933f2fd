package uk.org.casereview.domain.rapidreview;

/** Why the partners determined, after notifying, that no rapid review is needed. */
public enum NotRequiredBasis {
    /** The incident does not meet the criteria for a serious incident notification after all. */
    CRITERIA_NOT_MET,
    /** Another area's partnership leads the rapid review. */
    ANOTHER_AREA_LEADS,
    OTHER
}
