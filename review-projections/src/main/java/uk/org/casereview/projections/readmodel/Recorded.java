package uk.org.casereview.projections.readmodel;

import java.time.Instant;

/** One event of an aggregate as the read model keeps it: the fact, who recorded it and when, and its sequence number. */
public record Recorded<E>(long seq, String recordedBy, Instant recordedAt, E event) {
}
