package uk.org.casereview.api.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;

/** One row of the event store, every column as stored: what a link of the chain is computed over. */
public record RecordedEvent(long globalIndex, String eventIdentifier, String aggregateType, String aggregateIdentifier,
                            long sequenceNumber, String timestamp, String payloadType, String payloadRevision,
                            byte[] payload, byte[] metaData) {

    /** The columns, in the order {@link #read} expects, of domain_event_entry (aliased {@code e}). */
    public static final String COLUMNS = "e.global_index, e.event_identifier, e.type, e.aggregate_identifier, e.sequence_number,"
            + " e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data";

    /** Reads the event from the row's columns {@code first} to {@code first + 9} (see {@link #COLUMNS}). */
    public static RecordedEvent read(ResultSet rs, int first) throws SQLException {
        return new RecordedEvent(rs.getLong(first), rs.getString(first + 1), rs.getString(first + 2), rs.getString(first + 3),
                rs.getLong(first + 4), rs.getString(first + 5), rs.getString(first + 6), rs.getString(first + 7),
                rs.getBytes(first + 8), rs.getBytes(first + 9));
    }
}
