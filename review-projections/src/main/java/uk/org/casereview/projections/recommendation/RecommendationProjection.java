package uk.org.casereview.projections.recommendation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.recommendation.RecommendationEvent;
import uk.org.casereview.projections.readmodel.AggregateProjection;
import uk.org.casereview.projections.readmodel.DailyCounts;
import uk.org.casereview.projections.readmodel.DatedFactRow;
import uk.org.casereview.projections.readmodel.DerivedRow;
import uk.org.casereview.projections.readmodel.FactLog;
import uk.org.casereview.projections.readmodel.History;
import uk.org.casereview.projections.readmodel.ReadModels;

import java.util.List;
import java.util.Set;

/** Keeps the recommendation read models: histories, actions, and status and due-date periods for as-of lists. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class RecommendationProjection extends AggregateProjection<RecommendationEvent> {

    public static final String KIND = "RECOMMENDATION";

    private final StatutoryClock clock;

    public RecommendationProjection(JdbcTemplate jdbc, EventStore eventStore, StatutoryClock clock) {
        super(jdbc, facts(eventStore));
        this.clock = clock;
    }

    static FactLog<RecommendationEvent> facts(EventStore eventStore) {
        return new FactLog<>(eventStore, RecommendationEvent.class, RecommendationEvent::on);
    }

    @EventHandler
    void on(RecommendationEvent event, DomainEventMessage<?> message) {
        record(event.recommendationId(), message, event);
    }

    @Override
    protected Set<DerivedRow> derive(History<RecommendationEvent> history) {
        return RecommendationRows.derive(history, clock);
    }

    /** The version the recommendation's row holds: its rows add to the daily counts, which must not see an event twice. */
    @Override
    protected long storedVersion(String recommendationId) {
        List<Long> versions = jdbc.queryForList("select version from recommendation where id = ?", Long.class, recommendationId);
        return versions.isEmpty() || versions.get(0) == null ? -1 : versions.get(0);
    }

    @Override
    protected List<String> tables() {
        return List.of("recommendation", "recommendation_theme", "action", "recommendation_period", "action_period",
                "recommendation_open_period", "action_overdue_period", DatedFactRow.TABLE, "recommendation_rag_period", DailyCounts.TABLE);
    }

    @ResetHandler
    void onReset() {
        reset();
    }
}
