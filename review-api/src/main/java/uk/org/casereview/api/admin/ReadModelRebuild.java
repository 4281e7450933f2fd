package uk.org.casereview.api.admin;

import jakarta.annotation.PostConstruct;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.web.ProcessorTokens;
import uk.org.casereview.api.web.ReadYourWrites;
import uk.org.casereview.domain.commandhandling.CommandRefusedException;
import uk.org.casereview.projections.readmodel.ReadModelLoader;
import uk.org.casereview.projections.readmodel.ReadModels;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Rebuilds the read models from the event store:
 * <ol>
 * <li>stops the read-model processor;</li>
 * <li>resets its tokens to the head of the event store (Axon calls the projections' reset handlers, which empty their
 * tables);</li>
 * <li>loads the read models for every event up to that head in bulk, aggregate by aggregate
 * ({@link ReadModelLoader}), with the same derivations the projections apply event by event;</li>
 * <li>starts the processor again: it carries on from the head with whatever was recorded meanwhile.</li>
 * </ol>
 * Its state is kept in the database; a rebuild found interrupted at start-up is started again, and one that fails
 * falls back to a full replay by the processor. With several instances, stop the processor on the others first: a
 * reset needs every segment unclaimed.
 * <p>
 * Read models far behind their event store (more than {@code casereview.read-models.bulk-catch-up} events: a first
 * start over events written by a bulk tool, or an import) are filled the same way, in bulk, at start-up and after an
 * import, instead of event by event: on the embedded default the event-by-event path rewrites the file's pages at each
 * commit of the processor, and nationally wrote tens of gigabytes before it caught up. By default 20,000 events on the
 * embedded default (one process alone opens its file) and off (0) on a shared database such as PostgreSQL, where
 * other instances may hold segments, unless set.
 */
@Component
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    private static final int GAP_WINDOW = 10_000;

    private final EventProcessingConfiguration processing;
    private final ReadModelLoader loader;
    private final ProcessorTokens tokens;
    private final JdbcTemplate jdbc;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    private final ReadModelBasis basis;
    private final long bulkCatchUp;

    public ReadModelRebuild(EventProcessingConfiguration processing, ReadModelLoader loader, ProcessorTokens tokens, JdbcTemplate jdbc,
                            ReadModelBasis basis,
                            @Value("${casereview.read-models.bulk-catch-up:#{null}}") Long bulkCatchUp,
                            @Value("${spring.datasource.url:}") String databaseUrl) {
        this.basis = basis;
        this.bulkCatchUp = bulkCatchUp != null ? bulkCatchUp : databaseUrl.startsWith("jdbc:h2:") ? 20_000 : 0;
        this.processing = processing;
        this.loader = loader;
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    public synchronized RebuildStatus start() {
        RebuildStatus current = status();
        if ("LOADING".equals(current.state())) {
            throw new CommandRefusedException("a rebuild started at " + current.startedAt() + " is still loading");
        }
        StreamingEventProcessor processor = processor();
        processor.shutDown();
        long head = tokens.eventStoreHead();
        Instant startedAt = Instant.now();
        jdbc.update("delete from read_model_rebuild");
        jdbc.update("insert into read_model_rebuild (id, state, head, started_at) values (1, 'LOADING', ?, ?)",
                head, Timestamp.from(startedAt));
        log.info("rebuilding the read models from the event store up to event {}", head);
        GapAwareTrackingToken token = headToken(head);
        processor.resetTokens(token);
        worker.submit(() -> load(processor, head, token.getGaps()));
        return status();
    }

    /** Loads every event up to the head but the gaps of the processor's token: those the processor will handle. */
    private void load(StreamingEventProcessor processor, long head, java.util.SortedSet<Long> gaps) {
        try {
            long events = loader.loadUpTo(head, gaps);
            jdbc.update("update read_model_rebuild set state = 'LOADED', events = ?, finished_at = ? where id = 1",
                    events, Timestamp.from(Instant.now()));
            log.info("read models loaded: {} events", events);
        } catch (RuntimeException e) {
            log.error("the bulk load failed; the processor replays every event instead", e);
            // the tokens first: until they are reset they stand at the head, and REPLAYING with them would read as DONE
            processor.resetTokens();
            jdbc.update("update read_model_rebuild set state = 'REPLAYING' where id = 1");
        } finally {
            processor.start();
        }
    }

    /**
     * Starts again a rebuild that a stop interrupted while it was loading; otherwise creates any index a failed load left
     * dropped, and rebuilds the read models when the basis they were built with (the derivation, the configuration)
     * changed since: configuration is not a fact.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeInterrupted() {
        boolean basisChanged = basis.claimChange();
        if ("LOADING".equals(status().state())) {
            log.warn("a rebuild of the read models was interrupted: starting it again");
            jdbc.update("update read_model_rebuild set state = 'INTERRUPTED' where id = 1");
            start();
        } else {
            loader.restoreIndexes(); // those a failed load could not create again, if any
            if (basisChanged && tokens.eventStoreHead() > 0) {
                log.warn("the read models were built with another configuration or derivation: rebuilding them");
                start();
            } else {
                catchUpInBulkIfFarBehindAtStartUp();
            }
        }
    }

    /**
     * How far behind the read models were before the processor started (measured once the schema is migrated, before
     * Spring starts the processors): what the start-up decides on, whatever the processor has done since.
     */
    private long behindAtStartUp;

    @PostConstruct
    void measureHowFarBehind() {
        behindAtStartUp = tokens.eventStoreHead() - reachedByEverySegment();
    }

    /** At start-up: a bulk load when the read models were far behind before the processor started. */
    private void catchUpInBulkIfFarBehindAtStartUp() {
        catchUpInBulkIf(behindAtStartUp);
    }

    /**
     * Starts a rebuild when the read models are more than {@code casereview.read-models.bulk-catch-up} events behind the
     * event store (never when it is 0): the events the slowest segment has not reached yet. True when it started one.
     * Not while a rebuild loads, nor after a failed one (REPLAYING: the processor replays instead). A rebuild that cannot
     * start (a segment held by another instance) leaves the processor running where it was.
     */
    public boolean catchUpInBulkIfFarBehind() {
        return catchUpInBulkIf(tokens.eventStoreHead() - reachedByEverySegment());
    }

    private synchronized boolean catchUpInBulkIf(long behind) {
        String state = status().state();
        if (bulkCatchUp <= 0 || behind <= bulkCatchUp || "LOADING".equals(state) || "REPLAYING".equals(state)) {
            return false;
        }
        log.info("the read models are {} events behind the event store: loading them in bulk", behind);
        try {
            start();
            return true;
        } catch (RuntimeException e) {
            log.warn("the read models could not be loaded in bulk: the processor builds them event by event", e);
            jdbc.update("delete from read_model_rebuild where id = 1 and state = 'LOADING'");
            processor().start();
            return false;
        }
    }

    /** The global index every segment has passed (0 before the processor has stored a token). */
    private long reachedByEverySegment() {
        Map<Integer, TrackingToken> bySegment = tokens.bySegment();
        if (bySegment.isEmpty()) {
            return 0;
        }
        long reached = Long.MAX_VALUE;
        for (TrackingToken token : bySegment.values()) {
            reached = Math.min(reached, token == null ? 0 : token.position().orElse(0));
        }
        return reached;
    }

    /** Whether a bulk load of the read models is running (a rebuild, or a first start far behind the event store). */
    public boolean loading() {
        return !jdbc.queryForList("select state from read_model_rebuild where id = 1 and state = 'LOADING'", String.class).isEmpty();
    }

    /**
     * IDLE before any rebuild; LOADING while the bulk load runs; REPLAYING when it failed and the processor replays;
     * DONE once the processor has passed the head the rebuild started from.
     */
    public RebuildStatus status() {
        List<Map<String, Object>> rows = jdbc.queryForList("select state, head, events, started_at, finished_at from read_model_rebuild where id = 1");
        List<RebuildStatus.SegmentStatus> segments = new ArrayList<>();
        Map<Integer, TrackingToken> bySegment = tokens.bySegment();
        bySegment.forEach((segment, token) -> segments.add(new RebuildStatus.SegmentStatus(segment,
                token == null ? null : token.position().orElse(-1), token instanceof ReplayToken)));
        if (rows.isEmpty()) {
            return new RebuildStatus("IDLE", tokens.eventStoreHead(), null, null, null, null, segments);
        }
        Map<String, Object> row = rows.get(0);
        String state = (String) row.get("state");
        long head = ((Number) row.get("head")).longValue();
        Instant startedAt = instant(row.get("started_at"));
        Instant finishedAt = instant(row.get("finished_at"));
        boolean caughtUp = !bySegment.isEmpty() && bySegment.values().stream().allMatch(t -> ReadYourWrites.seen(t, head) || head == 0);
        if (("LOADED".equals(state) || "REPLAYING".equals(state)) && caughtUp) {
            state = "DONE";
        }
        Long events = row.get("events") == null ? null : ((Number) row.get("events")).longValue();
        Double seconds = finishedAt == null ? null : Duration.between(startedAt, finishedAt).toMillis() / 1000.0;
        return new RebuildStatus(state, head, startedAt, finishedAt, events, seconds, segments);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return Instant.parse(value.toString());
    }

    /** The position just after {@code head}, with the indexes below it not (yet) in the event store kept as gaps. */
    private GapAwareTrackingToken headToken(long head) {
        TreeSet<Long> gaps = new TreeSet<>();
        for (long index = Math.max(1, head - GAP_WINDOW); index <= head; index++) {
            gaps.add(index);
        }
        gaps.removeAll(jdbc.queryForList("select global_index from domain_event_entry where global_index >= ? and global_index <= ?",
                Long.class, Math.max(1, head - GAP_WINDOW), head));
        return GapAwareTrackingToken.newInstance(head, gaps);
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(ReadModels.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + ReadModels.PROCESSING_GROUP));
    }
}
