package uk.org.casereview.domain.recommendation;

import java.time.LocalDate;

/** The agency submitted evidence that the action is done. */
public record ActionEvidenced(String recommendationId, String actionId, LocalDate submittedOn, String summary, String link) implements RecommendationEvent {

    @Override
    public LocalDate on() {
        return submittedOn;
    }
}
