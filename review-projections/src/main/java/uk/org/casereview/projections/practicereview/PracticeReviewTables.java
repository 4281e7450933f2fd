package uk.org.casereview.projections.practicereview;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.practicereview.PracticeReviewEvent;
import uk.org.casereview.projections.shared.HistoryCodec;
import uk.org.casereview.projections.shared.HistoryTable;
import uk.org.casereview.projections.shared.ReadModels;

/** The practice review read model's tables. */
@Component
public class PracticeReviewTables {

    private final HistoryTable<PracticeReviewEvent> practiceReviews;

    public PracticeReviewTables(JdbcTemplate jdbc) {
        this.practiceReviews = new HistoryTable<>(jdbc, "practice_review",
                new HistoryCodec<>(ReadModels.json(), PracticeReviewEvent.class, PracticeReviewEvent::on));
    }

    public HistoryTable<PracticeReviewEvent> practiceReviews() {
        return practiceReviews;
    }
}
