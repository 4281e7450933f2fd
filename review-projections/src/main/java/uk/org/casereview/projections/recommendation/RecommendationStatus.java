package uk.org.casereview.projections.recommendation;

/** Where a recommendation stands as of a date. */
public enum RecommendationStatus {
    MADE,
    ACCEPTED,
    DECLINED,
    IN_PROGRESS,
    ACTIONS_COMPLETE,
    CLOSED
}
