package uk.org.casereview.projections.readmodel;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

import java.util.stream.Stream;

/**
 * Reads an event straight from the event table the way the event store does: through the same upcaster chain, so that
 * the bulk rebuild and the audit trail see an event recorded by an earlier release exactly as the processors do.
 */
public final class StoredEvents {

    private final Serializer serializer;
    private final EventUpcaster upcasters;

    public StoredEvents(Serializer serializer, EventUpcaster upcasters) {
        this.serializer = serializer;
        this.upcasters = upcasters;
    }

    /** The event of one row of {@code domain_event_entry}, upcast and deserialized. */
    public DomainEventMessage<?> read(String type, String aggregateId, long sequence, String eventId, String timestamp,
                                      String payloadType, String payloadRevision, byte[] payload, byte[] metaData) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>(type, aggregateId, sequence, eventId, timestamp,
                payloadType, payloadRevision, payload, metaData == null ? "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8) : metaData);
        DomainEventStream stream = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), serializer, upcasters);
        return stream.next();
    }
}
