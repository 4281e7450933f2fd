package uk.org.casereview.projections.recommendation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.recommendation.RecommendationEvent;
import uk.org.casereview.domain.recommendation.RecommendationMade;
import uk.org.casereview.projections.shared.History;
import uk.org.casereview.projections.shared.HistoryTable;
import uk.org.casereview.projections.shared.ReadModels;

import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps the recommendation table: each recommendation's history and the columns its lists need. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class RecommendationProjection {

    private final HistoryTable<RecommendationEvent> table;

    public RecommendationProjection(RecommendationTables tables) {
        this.table = tables.recommendations();
    }

    @EventHandler
    void on(RecommendationMade event, DomainEventMessage<?> message) {
        History<RecommendationEvent> history = table.append(event.recommendationId(), message, event, true);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("source_id", event.sourceId());
        columns.put("number", event.number());
        columns.put("made_on", event.madeOn());
        table.save(event.recommendationId(), history, columns, true);
    }

    @EventHandler
    void on(RecommendationEvent event, DomainEventMessage<?> message) {
        History<RecommendationEvent> history = table.append(event.recommendationId(), message, event, false);
        table.save(event.recommendationId(), history, Map.of(), false);
    }

    @ResetHandler
    void reset() {
        table.truncate();
    }
}
