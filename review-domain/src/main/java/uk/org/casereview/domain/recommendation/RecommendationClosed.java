package uk.org.casereview.domain.recommendation;

import java.time.LocalDate;

/** Every action is complete; the subgroup closed the recommendation with what difference it made for children. */
public record RecommendationClosed(String recommendationId, LocalDate closedOn, String impactStatement) implements RecommendationEvent {

    @Override
    public LocalDate on() {
        return closedOn;
    }
}
