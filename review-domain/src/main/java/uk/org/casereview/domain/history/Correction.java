package uk.org.casereview.domain.history;

/**
 * A fact recorded in error, put right: the fact with {@link #sequence()} is replaced by {@link #replacement()} or, when
 * that is null, struck out. The original stays in the event store; the effective history reads as if it had been
 * recorded so.
 */
public interface Correction<E> {

    /** The sequence number of the fact corrected. */
    long sequence();

    String reason();

    /** The fact as it should have been recorded, or null when it is struck out. */
    E replacement();
}
