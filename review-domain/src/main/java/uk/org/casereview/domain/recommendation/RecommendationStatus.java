package uk.org.casereview.domain.recommendation;

/** Where a recommendation stands. A reopened recommendation is IN_PROGRESS until it is closed again. */
public enum RecommendationStatus {
    MADE,
    ACCEPTED,
    DECLINED,
    IN_PROGRESS,
    ACTIONS_COMPLETE,
    CLOSED;

    /** Closed or declined: the recommendation is not open (until it is reopened or its response revised). */
    public boolean isSettled() {
        return this == CLOSED || this == DECLINED;
    }
}
