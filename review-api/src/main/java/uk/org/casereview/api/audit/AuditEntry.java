package uk.org.casereview.api.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One fact of the raw trail: which event of which review or recommendation, its business date, when it was recorded,
 * who recorded it, the request it came from, and the event as stored.
 */
public record AuditEntry(long position, String aggregateType, String aggregateId, long sequenceNumber, String event,
                         LocalDate businessDate, Instant recordedAt, String recordedBy, String correlationId, Object payload) {
}
