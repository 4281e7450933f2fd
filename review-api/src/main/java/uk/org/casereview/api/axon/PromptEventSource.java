package uk.org.casereview.api.axon;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The event store as the read-model processor's source, prompt. The embedded event store's streams cannot tell a
 * pooled processor that events have arrived, so the processor would look only every 500 ms. This source tells it as
 * soon as the event store has them: a watcher thread tails the event store from its head, and wakes the processor
 * when an event arrives (the event store fetches new events when an append commits, and those of other instances every
 * {@code casereview.event-store.fetch-delay}). A tick every {@code casereview.event-processing.poll-interval} (100 ms by
 * default) wakes it too, in case the watcher is between streams.
 */
@Component("readModelSource")
public class PromptEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PromptEventSource.class);

    private final EventStore eventStore;
    private final long pollMillis;
    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean watching = new AtomicBoolean();
    private final AtomicLong arrivals = new AtomicLong();
    private volatile boolean stopped;
    private final Thread watcher = new Thread(this::watch, "read-model-source-watcher");
    /** Where the watcher starts: the head when the first processor listened, so that every later append is seen. */
    private volatile TrackingToken watchFrom;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "read-model-source-ticker");
        thread.setDaemon(true);
        return thread;
    });

    public PromptEventSource(EventStore eventStore,
                             @Value("${casereview.event-processing.poll-interval:100ms}") Duration pollInterval) {
        this.eventStore = eventStore;
        this.pollMillis = Math.max(1, pollInterval.toMillis());
        watcher.setDaemon(true);
        ticker.scheduleWithFixedDelay(this::prompt, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    private void prompt() {
        callbacks.forEach(PromptEventSource::runQuietly);
    }

    /** How many times the watcher has seen events arrive and woken the processor (for tests and diagnosis). */
    public long arrivals() {
        return arrivals.get();
    }

    /**
     * Tails the event store from where the first processor listened (after a failed stream, from the head then: the tick
     * covers what arrived in between); each arrival (one or more events) wakes the processor.
     */
    private void watch() {
        TrackingToken from = watchFrom;
        boolean fromHead = false;
        while (!stopped) {
            try {
                if (fromHead) {
                    from = eventStore.createHeadToken();
                }
                try (BlockingStream<TrackedEventMessage<?>> arriving = eventStore.openStream(from)) {
                    while (!stopped) {
                        if (arriving.hasNextAvailable(1, TimeUnit.SECONDS)) {
                            do {
                                arriving.nextAvailable();
                            } while (arriving.hasNextAvailable());
                            arrivals.incrementAndGet();
                            prompt();
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (stopped) {
                    return;
                }
                log.warn("the watcher of new events opens its stream again", e);
                fromHead = true;
                try {
                    Thread.sleep(pollMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void runQuietly(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException ignored) {
            // the processor reschedules itself; a failing prompt must not stop the watcher or the ticker
        }
    }

    @Override
    public void start() {
        // the watcher starts when the first processor listens (below)
    }

    /**
     * Stops the watcher and the tick, once the processors have stopped and before the embedded database is compacted
     * and closed (a watcher still tailing a closed database would try again every poll interval until the end).
     */
    @Override
    @PreDestroy
    public void stop() {
        stopped = true;
        ticker.shutdownNow();
        watcher.interrupt();
        if (watcher.isAlive() && watcher != Thread.currentThread()) {
            try {
                watcher.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return !stopped;
    }

    /** Stopped late: after the web server and the processors, just before the compaction of the embedded database. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(trackingToken);
        return new PromptStream(stream);
    }

    @Override
    public TrackingToken createTailToken() {
        return eventStore.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return eventStore.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return eventStore.createTokenAt(dateTime);
    }

    private final class PromptStream implements BlockingStream<TrackedEventMessage<?>> {
        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile Runnable callback;

        PromptStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable previous = this.callback;
            if (previous != null) {
                callbacks.remove(previous);
            }
            this.callback = callback;
            callbacks.add(callback);
            if (watching.compareAndSet(false, true)) { // once a processor listens
                watchFrom = eventStore.createHeadToken();
                watcher.start();
            }
            return true;
        }

        @Override
        public void close() {
            Runnable current = callback;
            if (current != null) {
                callbacks.remove(current);
            }
            delegate.close();
        }
    }
}
