package uk.org.casereview.domain.recommendation;

import java.time.LocalDate;

/** A closed recommendation was reopened: it is IN_PROGRESS again until it is closed again. */
public record RecommendationReopened(String recommendationId, LocalDate reopenedOn, String reason) implements RecommendationEvent {

    @Override
    public LocalDate on() {
        return reopenedOn;
    }
}
