package uk.org.casereview.api.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.shared.ProcessorTokens;
import uk.org.casereview.api.shared.ReadYourWrites;
import uk.org.casereview.domain.shared.CommandRefusedException;
import uk.org.casereview.projections.shared.ReadModels;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds the read models from the event store: stops the read-model processor, resets its tokens (the projections'
 * reset handlers empty their tables) and starts it again, so that it replays every event. The rebuild is done when
 * every segment's token has passed the head of the event store as it was when the rebuild started (a replay's
 * "replaying" flag alone does not say so until a later event arrives).
 * <p>
 * With several instances, stop the processor on the others first: a reset needs every segment unclaimed.
 */
@Component
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final ProcessorTokens tokens;
    private final Clock clock;
    private Instant startedAt;
    private Instant finishedAt;
    private long headAtStart = -1;

    public ReadModelRebuild(EventProcessingConfiguration processing, EventStore eventStore, ProcessorTokens tokens) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokens = tokens;
        this.clock = Clock.systemUTC();
    }

    public synchronized RebuildStatus start() {
        if (startedAt != null && finishedAt == null && !isDone()) {
            throw new CommandRefusedException("a rebuild started at " + startedAt + " is still running");
        }
        StreamingEventProcessor processor = processor();
        log.info("rebuilding the read models: stopping processor {}", ReadModels.PROCESSING_GROUP);
        processor.shutDown();
        headAtStart = head();
        processor.resetTokens();
        startedAt = clock.instant();
        finishedAt = null;
        processor.start();
        log.info("rebuilding the read models: replaying {} events", headAtStart + 1);
        return status();
    }

    public synchronized RebuildStatus status() {
        long head = head();
        List<RebuildStatus.SegmentStatus> segments = new ArrayList<>();
        for (Map.Entry<Integer, TrackingToken> entry : tokens.bySegment().entrySet()) {
            TrackingToken token = entry.getValue();
            segments.add(new RebuildStatus.SegmentStatus(entry.getKey(),
                    token == null ? null : token.position().orElse(-1), token instanceof ReplayToken));
        }
        if (startedAt != null && finishedAt == null && isDone()) {
            finishedAt = clock.instant();
            log.info("read models rebuilt: {} events in {}", headAtStart + 1, Duration.between(startedAt, finishedAt));
        }
        Double seconds = startedAt == null || finishedAt == null ? null : Duration.between(startedAt, finishedAt).toMillis() / 1000.0;
        String state = startedAt == null ? "IDLE" : finishedAt == null ? "REBUILDING" : "DONE";
        return new RebuildStatus(state, head, startedAt, finishedAt, headAtStart < 0 ? null : headAtStart + 1, seconds, segments);
    }

    private boolean isDone() {
        Map<Integer, TrackingToken> bySegment = tokens.bySegment();
        return !bySegment.isEmpty() && bySegment.values().stream().allMatch(token -> headAtStart < 0 || ReadYourWrites.seen(token, headAtStart));
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(ReadModels.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + ReadModels.PROCESSING_GROUP));
    }
}
