package uk.org.casereview.projections.readmodel;

import org.axonframework.messaging.MetaData;

/** The metadata every command and event carries: who recorded it and the correlation id of the request. */
public final class Recorders {

    public static final String RECORDED_BY = "recordedBy";
    public static final String CORRELATION_ID = "correlationId";
    public static final String UNKNOWN = "unknown";

    private Recorders() {
    }

    public static String recordedBy(MetaData metaData) {
        Object value = metaData.get(RECORDED_BY);
        return value == null ? UNKNOWN : value.toString();
    }
}
