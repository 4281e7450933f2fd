package uk.org.casereview.api.web;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.settings.CaseReviewProperties;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;

/**
 * A client that reads right after its own write sees it: after a command, wait until the read-model processor's
 * segment that handles the aggregate has passed the aggregate's last event in the event store. The token is read from
 * the token store (stored in the same transaction as the read models), so this holds whichever instance processes
 * the segment. Segments that do not handle the aggregate store their tokens lazily, so they are not waited for.
 * A waiting write is woken as soon as the processor of this instance commits ({@code axon.ReadModelCommits}).
 */
@Component
public class ReadYourWrites {

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);

    /** How often a write waiting for a segment of another instance looks at its token again. */
    static final Duration FALLBACK_POLL = Duration.ofMillis(20);

    private final JdbcTemplate jdbc;
    private final ProcessorTokens tokens;
    private final Duration timeout;
    private final Object monitor = new Object();
    private long commits;

    public ReadYourWrites(JdbcTemplate jdbc, ProcessorTokens tokens, CaseReviewProperties properties) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.timeout = properties.readYourWrites();
    }

    /**
     * Waits until the read models include every event of the aggregate; false when the timeout passed first. Woken by
     * each commit of the read models on this instance ({@link #readModelsCommitted()}); a segment processed by another
     * instance is looked at again every {@link #FALLBACK_POLL} at the latest.
     */
    public boolean awaitAggregate(String aggregateId) {
        Long index = jdbc.queryForObject(
                "select max(global_index) from domain_event_entry where aggregate_identifier = ?", Long.class, aggregateId);
        if (index == null) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long commitsSeen = commits();
            if (covered(aggregateId, index)) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                log.warn("read models did not reach event {} of {} within {}", index, aggregateId, timeout);
                return false;
            }
            awaitCommitAfter(commitsSeen, Math.min(left, FALLBACK_POLL.toNanos()));
        }
    }

    /** Called once the read-model processor of this instance has committed a batch (its rows and its tokens). */
    public void readModelsCommitted() {
        synchronized (monitor) {
            commits++;
            monitor.notifyAll();
        }
    }

    /** How many batches the read-model processor of this instance has committed since the start. */
    public long commits() {
        synchronized (monitor) {
            return commits;
        }
    }

    /** Waits until a commit later than the one seen, or for at most the given time. */
    private void awaitCommitAfter(long commitsSeen, long nanos) {
        long end = System.nanoTime() + nanos;
        synchronized (monitor) {
            long left = nanos;
            while (commits == commitsSeen && left > 0) {
                try {
                    monitor.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the read models", e);
                }
                left = end - System.nanoTime();
            }
        }
    }

    /**
     * Whether the read models hold every event of the event store: each event after the furthest point that all
     * segments have reached has been passed by the segment that handles its aggregate (a segment that handles none of
     * the latest events may still hold an older token).
     */
    public boolean caughtUp() {
        Map<Integer, TrackingToken> bySegment = tokens.bySegment();
        if (bySegment.isEmpty() || bySegment.containsValue(null)) {
            return tokens.eventStoreHead() == 0;
        }
        long reachedByAll = Long.MAX_VALUE;
        for (TrackingToken token : bySegment.values()) {
            Optional<GapAwareTrackingToken> gapAware = WrappedToken.unwrap(token, GapAwareTrackingToken.class);
            if (gapAware.isEmpty()) {
                return false;
            }
            long reached = gapAware.get().getGaps().isEmpty() ? gapAware.get().getIndex() : gapAware.get().getGaps().first() - 1;
            reachedByAll = Math.min(reachedByAll, reached);
        }
        int[] ids = bySegment.keySet().stream().mapToInt(Integer::intValue).toArray();
        Segment[] segments = Segment.computeSegments(ids);
        List<Map<String, Object>> later = jdbc.queryForList(
                "select global_index, aggregate_identifier from domain_event_entry where global_index > ?", reachedByAll);
        for (Map<String, Object> event : later) {
            long index = ((Number) event.get("global_index")).longValue();
            String aggregateId = (String) event.get("aggregate_identifier");
            for (Segment segment : segments) {
                if (segment.matches(Objects.hashCode(aggregateId)) && !seen(bySegment.get(segment.getSegmentId()), index)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean covered(String aggregateId, long index) {
        Map<Integer, TrackingToken> bySegment = tokens.bySegment();
        if (bySegment.isEmpty()) {
            return false;
        }
        int[] ids = bySegment.keySet().stream().mapToInt(Integer::intValue).toArray();
        for (Segment segment : Segment.computeSegments(ids)) {
            if (segment.matches(Objects.hashCode(aggregateId))) {
                return seen(bySegment.get(segment.getSegmentId()), index);
            }
        }
        return false;
    }

    /** The token has passed the index and the event is not one of the gaps it is still waiting for. */
    public static boolean seen(TrackingToken token, long index) {
        return token != null && WrappedToken.unwrap(token, GapAwareTrackingToken.class)
                .map(gapAware -> gapAware.getIndex() >= index && !gapAware.getGaps().contains(index))
                .orElse(false);
    }
}
