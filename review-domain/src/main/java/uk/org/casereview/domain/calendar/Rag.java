package uk.org.casereview.domain.calendar;

/** An action's RAG as of a date. Overdue means RED; a cancelled action is never overdue. */
public enum Rag {
    GREEN,
    AMBER,
    RED,
    COMPLETE,
    CANCELLED
}
