package uk.org.casereview.domain.recommendation;

/** Where an action stands. Returned evidence puts it back IN_PROGRESS; a withdrawn or superseded action is CANCELLED. */
public enum ActionStatus {
    ASSIGNED,
    IN_PROGRESS,
    EVIDENCE_SUBMITTED,
    COMPLETE,
    CANCELLED;

    /** Complete or cancelled: nothing more happens to it, and it is never overdue. */
    public boolean isSettled() {
        return this == COMPLETE || this == CANCELLED;
    }
}
