package uk.org.casereview.api.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A link of the chain: SHA-256 over the previous link and every column of the event (global index, event identifier,
 * aggregate type, identifier and sequence number, timestamp, payload type and revision, payload, metadata), each
 * length-prefixed so that no two different events hash the same bytes. The first event's previous link is 32 zero
 * bytes ({@link #GENESIS}).
 */
public final class Links {

    public static final String GENESIS = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();

    private Links() {
    }

    public static String next(String previous, RecordedEvent event) {
        MessageDigest sha256 = sha256();
        sha256.update(HEX.parseHex(previous));
        sha256.update(ByteBuffer.allocate(8).putLong(event.globalIndex()).array());
        text(sha256, event.eventIdentifier());
        text(sha256, event.aggregateType());
        text(sha256, event.aggregateIdentifier());
        sha256.update(ByteBuffer.allocate(8).putLong(event.sequenceNumber()).array());
        text(sha256, event.timestamp());
        text(sha256, event.payloadType());
        text(sha256, event.payloadRevision());
        bytes(sha256, event.payload());
        bytes(sha256, event.metaData());
        return HEX.formatHex(sha256.digest());
    }

    private static void text(MessageDigest sha256, String value) {
        bytes(sha256, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(MessageDigest sha256, byte[] value) {
        sha256.update(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            sha256.update(value);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
