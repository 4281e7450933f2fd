package uk.org.casereview.domain.practicereview;

/** What was published: the full report, or only the improvements to be made. */
public enum PublicationScope {
    FULL,
    IMPROVEMENTS_ONLY
}
