package uk.org.casereview.projections.recommendation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.recommendation.RecommendationEvent;
import uk.org.casereview.projections.shared.HistoryCodec;
import uk.org.casereview.projections.shared.HistoryTable;
import uk.org.casereview.projections.shared.ReadModels;

/** The recommendation read model's tables. */
@Component
public class RecommendationTables {

    private final HistoryTable<RecommendationEvent> recommendations;

    public RecommendationTables(JdbcTemplate jdbc) {
        this.recommendations = new HistoryTable<>(jdbc, "recommendation",
                new HistoryCodec<>(ReadModels.json(), RecommendationEvent.class, RecommendationEvent::on));
    }

    public HistoryTable<RecommendationEvent> recommendations() {
        return recommendations;
    }
}
