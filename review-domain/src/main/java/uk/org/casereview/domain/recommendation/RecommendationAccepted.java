package uk.org.casereview.domain.recommendation;

import java.time.LocalDate;

/** The partnership accepted the recommendation. */
public record RecommendationAccepted(String recommendationId, LocalDate respondedOn, String rationale) implements RecommendationEvent {

    @Override
    public LocalDate on() {
        return respondedOn;
    }
}
