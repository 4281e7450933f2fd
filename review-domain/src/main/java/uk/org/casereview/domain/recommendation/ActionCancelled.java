package uk.org.casereview.domain.recommendation;

import java.time.LocalDate;

/** An action was withdrawn or superseded: it is never overdue and does not hold up closure. */
public record ActionCancelled(String recommendationId, String actionId, LocalDate cancelledOn, String reason) implements RecommendationEvent {

    @Override
    public LocalDate on() {
        return cancelledOn;
    }
}
