package uk.org.casereview.domain.calendar;

/** An action's RAG as of a date. Overdue means RED. */
public enum Rag {
    GREEN,
    AMBER,
    RED,
    COMPLETE
}
