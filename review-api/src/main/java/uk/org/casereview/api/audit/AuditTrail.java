package uk.org.casereview.api.audit;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import uk.org.casereview.projections.readmodel.StoredEvents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.practicereview.PracticeReviewEvent;
import uk.org.casereview.domain.rapidreview.RapidReviewEvent;
import uk.org.casereview.domain.recommendation.RecommendationEvent;
import uk.org.casereview.projections.readmodel.Page;
import uk.org.casereview.projections.readmodel.Recorders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw audit trail, read straight from the event store: every event in the order it was recorded, filtered by when
 * it was recorded, by whom and by aggregate.
 */
@Component
public class AuditTrail {

    private static final int CHUNK = 1_000;

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    private final StoredEvents storedEvents;

    public AuditTrail(JdbcTemplate jdbc, Serializer serializer, EventUpcaster upcasters) {
        this.storedEvents = new StoredEvents(serializer, upcasters);
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** Facts recorded from the start of {@code from} to the end of {@code to} (UTC), oldest first. */
    public Page<AuditEntry> trail(LocalDate from, LocalDate to, String user, String aggregateId, int page, int size) {
        List<AuditEntry> matching = new ArrayList<>();
        long after = 0;
        long skip = (long) page * size;
        long total = 0;
        while (true) {
            List<Object> args = new ArrayList<>(List.of(after, from.toString(), to.plusDays(1).toString()));
            String byAggregate = "";
            if (aggregateId != null) {
                byAggregate = " and aggregate_identifier = ?";
                args.add(aggregateId);
            }
            args.add(CHUNK);
            List<AuditEntry> chunk = jdbc.query("select global_index, type, aggregate_identifier, sequence_number, time_stamp,"
                            + " payload_type, payload_revision, payload, meta_data from domain_event_entry"
                            + " where global_index > ? and time_stamp >= ? and time_stamp < ?" + byAggregate
                            + " order by global_index limit ?",
                    (rs, n) -> entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getBytes(8), rs.getBytes(9)), args.toArray());
            for (AuditEntry entry : chunk) {
                if (user == null || user.equals(entry.recordedBy())) {
                    if (total >= skip && matching.size() < size) {
                        matching.add(entry);
                    }
                    total++;
                }
            }
            if (chunk.size() < CHUNK) {
                return new Page<>(matching, total, page, size);
            }
            after = chunk.get(chunk.size() - 1).position();
        }
    }

    private AuditEntry entry(long position, String aggregateType, String aggregateId, long seq, String timestamp,
                             String payloadType, String revision, byte[] payload, byte[] metaData) {
        Object event = storedEvents.read(aggregateType, aggregateId, seq, aggregateId + "/" + seq, timestamp, payloadType, revision,
                payload, null).getPayload();
        MetaData meta = metaData == null ? MetaData.emptyInstance()
                : serializer.deserialize(new SimpleSerializedObject<>(metaData, byte[].class, MetaData.class.getName(), null));
        Object correlation = meta.get(Recorders.CORRELATION_ID);
        return new AuditEntry(position, aggregateType, aggregateId, seq, event.getClass().getSimpleName(), businessDate(event),
                Instant.parse(timestamp), Recorders.recordedBy(meta), correlation == null ? null : correlation.toString(), event);
    }

    /** The business date of a fact of any of the three aggregates; null for any other event. */
    public static LocalDate businessDate(Object event) {
        if (event instanceof RapidReviewEvent e) {
            return e.on();
        }
        if (event instanceof PracticeReviewEvent e) {
            return e.on();
        }
        if (event instanceof RecommendationEvent e) {
            return e.on();
        }
        return null;
    }
}
