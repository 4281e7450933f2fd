package uk.org.casereview.api.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-model processor is woken when events arrive in the event store, not by its tick: here the tick is an hour
 * away, so only the watcher can wake it.
 */
class PromptEventSourceTest {

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).fetchDelay(3_600_000).build();
    private final PromptEventSource source = new PromptEventSource(eventStore, Duration.ofHours(1));

    @AfterEach
    void stop() {
        source.stop();
        eventStore.shutDown();
    }

    @Test
    void anAppendWakesTheProcessorAtOnceAndEachLaterAppendAgain() throws InterruptedException {
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            CountDownLatch first = new CountDownLatch(1);
            stream.setOnAvailableCallback(first::countDown);
            assertThat(source.arrivals()).as("nothing has arrived yet").isZero();

            eventStore.publish(new GenericDomainEventMessage<>("Recommendation", "r1", 0, "made"));
            assertThat(first.await(10, TimeUnit.SECONDS)).as("woken by the append, an hour before the tick").isTrue();
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).as("the woken processor finds the event").isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("made");

            CountDownLatch second = new CountDownLatch(1);
            stream.setOnAvailableCallback(second::countDown);
            eventStore.publish(new GenericDomainEventMessage<>("Recommendation", "r1", 1, "progress"));
            assertThat(second.await(10, TimeUnit.SECONDS)).as("woken again by the next append").isTrue();
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("progress");
            assertThat(source.arrivals()).isGreaterThanOrEqualTo(2);
        }
    }
}
