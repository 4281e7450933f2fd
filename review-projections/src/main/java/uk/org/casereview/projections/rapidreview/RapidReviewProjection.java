package uk.org.casereview.projections.rapidreview;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.rapidreview.RapidReviewEvent;
import uk.org.casereview.domain.rapidreview.SeriousIncidentNotified;
import uk.org.casereview.projections.shared.History;
import uk.org.casereview.projections.shared.HistoryTable;
import uk.org.casereview.projections.shared.ReadModels;

import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps the rapid_review table: each rapid review's history and the columns its lists need. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class RapidReviewProjection {

    private final HistoryTable<RapidReviewEvent> table;

    public RapidReviewProjection(RapidReviewTables tables) {
        this.table = tables.rapidReviews();
    }

    @EventHandler
    void on(SeriousIncidentNotified event, DomainEventMessage<?> message) {
        History<RapidReviewEvent> history = table.append(event.rapidReviewId(), message, event, true);
        table.save(event.rapidReviewId(), history, columns(event), true);
    }

    @EventHandler
    void on(RapidReviewEvent event, DomainEventMessage<?> message) {
        History<RapidReviewEvent> history = table.append(event.rapidReviewId(), message, event, false);
        table.save(event.rapidReviewId(), history, Map.of(), false);
    }

    private static Map<String, Object> columns(SeriousIncidentNotified event) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("reference", event.reference());
        columns.put("aware_on", event.awareOn());
        columns.put("notified_on", event.notifiedOn());
        columns.put("outcome", event.outcome().name());
        return columns;
    }

    @ResetHandler
    void reset() {
        table.truncate();
    }
}
