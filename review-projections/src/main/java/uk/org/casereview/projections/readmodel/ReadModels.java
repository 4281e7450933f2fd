package uk.org.casereview.projections.readmodel;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Shared names of the read models. */
public final class ReadModels {

    /** The one event processor that builds every read model: the event store is read once, not once per projection. */
    public static final String PROCESSING_GROUP = "read-models";

    /** The end of a period that has not ended: periods are [from_on, to_on). */
    public static final java.time.LocalDate OPEN_END = java.time.LocalDate.of(9999, 12, 31);

    private ReadModels() {
    }

    /** The JSON mapper the read models store histories with: ISO dates, tolerant of fields added later. */
    public static ObjectMapper json() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
