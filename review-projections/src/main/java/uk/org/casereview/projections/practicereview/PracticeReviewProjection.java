package uk.org.casereview.projections.practicereview;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.practicereview.PracticeReviewCommissioned;
import uk.org.casereview.domain.practicereview.PracticeReviewEvent;
import uk.org.casereview.projections.shared.History;
import uk.org.casereview.projections.shared.HistoryTable;
import uk.org.casereview.projections.shared.ReadModels;

import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps the practice_review table: each practice review's history and the columns its lists need. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class PracticeReviewProjection {

    private final HistoryTable<PracticeReviewEvent> table;

    public PracticeReviewProjection(PracticeReviewTables tables) {
        this.table = tables.practiceReviews();
    }

    @EventHandler
    void on(PracticeReviewCommissioned event, DomainEventMessage<?> message) {
        History<PracticeReviewEvent> history = table.append(event.practiceReviewId(), message, event, true);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("reference", event.reference());
        columns.put("kind", event.kind().name());
        columns.put("rapid_review_id", event.rapidReviewId());
        columns.put("decided_on", event.decidedOn());
        table.save(event.practiceReviewId(), history, columns, true);
    }

    @EventHandler
    void on(PracticeReviewEvent event, DomainEventMessage<?> message) {
        History<PracticeReviewEvent> history = table.append(event.practiceReviewId(), message, event, false);
        table.save(event.practiceReviewId(), history, Map.of(), false);
    }

    @ResetHandler
    void reset() {
        table.truncate();
    }
}
