package uk.org.casereview.domain.rapidreview;

/** What happened to the child or children. */
public enum Outcome {
    DIED,
    SERIOUSLY_HARMED
}
