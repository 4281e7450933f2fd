package uk.org.casereview.domain.recommendation;

/** Where an action stands. Returned evidence puts it back IN_PROGRESS. */
public enum ActionStatus {
    ASSIGNED,
    IN_PROGRESS,
    EVIDENCE_SUBMITTED,
    COMPLETE
}
