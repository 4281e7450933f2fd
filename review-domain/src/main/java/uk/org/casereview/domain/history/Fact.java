package uk.org.casereview.domain.history;

/** One recorded event of an aggregate with its sequence number (its position in the aggregate's stream). */
public record Fact<E>(long sequence, E event) {
}
