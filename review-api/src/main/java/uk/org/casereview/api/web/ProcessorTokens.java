package uk.org.casereview.api.web;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.projections.readmodel.ReadModels;

import java.util.Map;
import java.util.TreeMap;

/**
 * The read-model processor's tokens as stored (committed with the read models), whichever instance holds them: where
 * each segment has got to in the event store.
 */
@Component
public class ProcessorTokens {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    public ProcessorTokens(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** Segment id to token (null for a segment that has not started). */
    public Map<Integer, TrackingToken> bySegment() {
        Map<Integer, TrackingToken> tokens = new TreeMap<>();
        jdbc.query("select segment, token, token_type from token_entry where processor_name = ?",
                rs -> {
                    tokens.put(rs.getInt(1), token(rs.getBytes(2), rs.getString(3)));
                }, ReadModels.PROCESSING_GROUP);
        return tokens;
    }

    /** The global index of the last event in the event store; 0 when it is empty. */
    public long eventStoreHead() {
        Long head = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    private TrackingToken token(byte[] data, String type) {
        if (data == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(data, byte[].class, new SimpleSerializedType(type, null)));
    }
}
