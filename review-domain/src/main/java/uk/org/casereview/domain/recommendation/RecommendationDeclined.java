package uk.org.casereview.domain.recommendation;

import java.time.LocalDate;

/** The partnership declined the recommendation, with its rationale. */
public record RecommendationDeclined(String recommendationId, LocalDate respondedOn, String rationale) implements RecommendationEvent {

    @Override
    public LocalDate on() {
        return respondedOn;
    }
}
