package uk.org.casereview.domain.recommendation;

import java.time.LocalDate;
import java.util.List;

/** A review (rapid or practice) made a numbered recommendation. */
public record RecommendationMade(String recommendationId,
        String sourceId,
        String number,
        String text,
        List<String> themes,
        LocalDate madeOn) implements RecommendationEvent {

    @Override
    public LocalDate on() {
        return madeOn;
    }
}
