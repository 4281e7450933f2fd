package uk.org.casereview.projections.rapidreview;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.rapidreview.RapidReviewEvent;
import uk.org.casereview.projections.shared.HistoryCodec;
import uk.org.casereview.projections.shared.HistoryTable;
import uk.org.casereview.projections.shared.ReadModels;

/** The rapid review read model's tables. */
@Component
public class RapidReviewTables {

    private final HistoryTable<RapidReviewEvent> rapidReviews;

    public RapidReviewTables(JdbcTemplate jdbc) {
        this.rapidReviews = new HistoryTable<>(jdbc, "rapid_review",
                new HistoryCodec<>(ReadModels.json(), RapidReviewEvent.class, RapidReviewEvent::on));
    }

    public HistoryTable<RapidReviewEvent> rapidReviews() {
        return rapidReviews;
    }
}
