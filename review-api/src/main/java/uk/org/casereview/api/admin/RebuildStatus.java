package uk.org.casereview.api.admin;

import java.time.Instant;
import java.util.List;

/**
 * Where a rebuild of the read models stands. {@code events} is how many events the rebuild replays (the event store's
 * size when it started); each segment's {@code position} is the global index its token has reached.
 */
public record RebuildStatus(String state, long head, Instant startedAt, Instant finishedAt, Long events, Double seconds,
                            List<SegmentStatus> segments) {

    public record SegmentStatus(int segment, Long position, boolean replaying) {
    }
}
