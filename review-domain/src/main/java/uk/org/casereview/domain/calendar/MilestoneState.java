package uk.org.casereview.domain.calendar;

/**
 * A milestone as of a date: done on time, done late (or past its last chance), not yet due, past due and not done, or
 * no longer required (a rapid review found not required): never overdue.
 */
public enum MilestoneState {
    MET,
    MISSED,
    DUE,
    OVERDUE,
    NOT_REQUIRED
}
