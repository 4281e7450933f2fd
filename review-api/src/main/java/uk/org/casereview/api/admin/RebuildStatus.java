package uk.org.casereview.api.admin;

import java.time.Instant;
import java.util.List;

/**
 * Where a rebuild of the read models stands: IDLE, LOADING, REPLAYING (after a failed load) or DONE. {@code head} is
 * the last event it rebuilds from, {@code events} how many it loaded and {@code seconds} how long that took; each
 * segment's {@code position} is the global index its token has reached.
 */
public record RebuildStatus(String state, long head, Instant startedAt, Instant finishedAt, Long events, Double seconds,
                            List<SegmentStatus> segments) {

    public record SegmentStatus(int segment, Long position, boolean replaying) {
    }
}
