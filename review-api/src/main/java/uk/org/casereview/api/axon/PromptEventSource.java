package uk.org.casereview.api.axon;

import jakarta.annotation.PreDestroy;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The event store as the read-model processor's source, prompt. The embedded event store's streams cannot tell a
 * pooled processor that events have arrived, so the processor would look only every 500 ms; this source tells it every
 * {@code casereview.event-processing.poll-interval} (5 ms by default), which costs an in-memory check when nothing is new.
 */
@Component("readModelSource")
public class PromptEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final EventStore eventStore;
    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "read-model-source-ticker");
        thread.setDaemon(true);
        return thread;
    });

    public PromptEventSource(EventStore eventStore,
                             @Value("${casereview.event-processing.poll-interval:5ms}") Duration pollInterval) {
        this.eventStore = eventStore;
        long millis = Math.max(1, pollInterval.toMillis());
        ticker.scheduleWithFixedDelay(() -> callbacks.forEach(PromptEventSource::runQuietly), millis, millis, TimeUnit.MILLISECONDS);
    }

    private static void runQuietly(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException ignored) {
            // the processor reschedules itself; a failing prompt must not stop the ticker
        }
    }

    @PreDestroy
    void stop() {
        ticker.shutdownNow();
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
