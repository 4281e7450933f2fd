package uk.org.casereview.projections.rapidreview;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.rapidreview.RapidReviewEvent;
import uk.org.casereview.projections.readmodel.AggregateProjection;
import uk.org.casereview.projections.readmodel.DatedFactRow;
import uk.org.casereview.projections.readmodel.DerivedRow;
import uk.org.casereview.projections.readmodel.FactLog;
import uk.org.casereview.projections.readmodel.History;
import uk.org.casereview.projections.readmodel.ReadModels;

import java.util.List;
import java.util.Set;

/** Keeps the rapid review read models: their histories and the rows lists, reports and metrics query. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class RapidReviewProjection extends AggregateProjection<RapidReviewEvent> {

    public static final String KIND = "RAPID_REVIEW";

    private final StatutoryClock clock;

    public RapidReviewProjection(JdbcTemplate jdbc, EventStore eventStore, StatutoryClock clock) {
        super(jdbc, facts(eventStore));
        this.clock = clock;
    }

    static FactLog<RapidReviewEvent> facts(EventStore eventStore) {
        return new FactLog<>(eventStore, RapidReviewEvent.class, RapidReviewEvent::on);
    }

    @EventHandler
    void on(RapidReviewEvent event, DomainEventMessage<?> message) {
        record(event.rapidReviewId(), message, event);
    }

    @Override
    protected Set<DerivedRow> derive(History<RapidReviewEvent> history) {
        return RapidReviewRows.derive(history, clock);
    }

    @Override
    protected List<String> tables() {
        return List.of("rapid_review", "rapid_review_decision", "rapid_review_response", "review_theme", "milestone",
                DatedFactRow.TABLE);
    }

    @ResetHandler
    void onReset() {
        reset();
    }
}
