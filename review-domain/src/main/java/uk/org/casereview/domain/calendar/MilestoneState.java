package uk.org.casereview.domain.calendar;

/** A milestone as of a date: done on time, done late, not yet due, or past due and not done. */
public enum MilestoneState {
    MET,
    MISSED,
    DUE,
    OVERDUE
}
