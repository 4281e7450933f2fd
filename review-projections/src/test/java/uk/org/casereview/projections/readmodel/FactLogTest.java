package uk.org.casereview.projections.readmodel;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.org.casereview.domain.recommendation.RecommendationAccepted;
import uk.org.casereview.domain.recommendation.RecommendationDeclined;
import uk.org.casereview.domain.recommendation.RecommendationEvent;
import uk.org.casereview.domain.recommendation.RecommendationMade;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A history read again holds exactly what a first reading of the event store would: the events recorded since too. */
class FactLogTest {

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final FactLog<RecommendationEvent> facts = new FactLog<>(eventStore, RecommendationEvent.class, RecommendationEvent::on);

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void aHistoryReadAgainHasTheEventsRecordedSinceAndIsNotChangedByThem() {
        assertThat(facts.find("r1")).isEmpty();
        record(0, new RecommendationMade("r1", "rr1", "1", "Share concerns", List.of("NEGLECT"), LocalDate.parse("2025-01-20")));
        History<RecommendationEvent> first = facts.find("r1").orElseThrow();
        assertThat(first.version()).isZero();

        record(1, new RecommendationDeclined("r1", LocalDate.parse("2025-01-21"), "Not ours"));
        record(2, new RecommendationAccepted("r1", LocalDate.parse("2025-01-22"), null));
        History<RecommendationEvent> again = facts.find("r1").orElseThrow();
        History<RecommendationEvent> fresh = new FactLog<>(eventStore, RecommendationEvent.class, RecommendationEvent::on)
                .find("r1").orElseThrow();

        assertThat(again.version()).isEqualTo(2);
        assertThat(again.entries()).isEqualTo(fresh.entries());
        assertThat(again.effective()).isEqualTo(fresh.effective());
        assertThat(first.entries()).as("a history handed out earlier stays as it was").hasSize(1);
        assertThat(facts.find("r1").orElseThrow().entries()).isEqualTo(fresh.entries());
    }

    private void record(long sequence, RecommendationEvent event) {
        eventStore.publish(new GenericDomainEventMessage<>("Recommendation", event.recommendationId(), sequence, event,
                MetaData.with(Recorders.RECORDED_BY, "recorder")));
    }
}
