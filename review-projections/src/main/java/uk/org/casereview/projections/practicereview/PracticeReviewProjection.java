package uk.org.casereview.projections.practicereview;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.practicereview.PracticeReviewEvent;
import uk.org.casereview.projections.readmodel.AggregateProjection;
import uk.org.casereview.projections.readmodel.DerivedRow;
import uk.org.casereview.projections.readmodel.FactLog;
import uk.org.casereview.projections.readmodel.History;
import uk.org.casereview.projections.readmodel.ReadModels;

import java.util.List;
import java.util.Set;

/** Keeps the practice review read models: their histories and the rows lists, reports and metrics query. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class PracticeReviewProjection extends AggregateProjection<PracticeReviewEvent> {

    public static final String KIND = "PRACTICE_REVIEW";

    private final StatutoryClock clock;

    public PracticeReviewProjection(JdbcTemplate jdbc, EventStore eventStore, StatutoryClock clock) {
        super(jdbc, facts(eventStore));
        this.clock = clock;
    }

    static FactLog<PracticeReviewEvent> facts(EventStore eventStore) {
        return new FactLog<>(eventStore, PracticeReviewEvent.class, PracticeReviewEvent::on);
    }

    @EventHandler
    void on(PracticeReviewEvent event, DomainEventMessage<?> message) {
        record(event.practiceReviewId(), message, event);
    }

    @Override
    protected Set<DerivedRow> derive(History<PracticeReviewEvent> history) {
        return PracticeReviewRows.derive(history, clock);
    }

    @Override
    protected List<String> tables() {
        return List.of("practice_review", "review_theme", "milestone");
    }

    @ResetHandler
    void onReset() {
        reset();
    }
}
