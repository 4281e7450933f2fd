package uk.org.casereview.domain.recommendation;

import java.time.LocalDate;

/** The subgroup returned the evidence, for the reason given: the action is back in progress. */
public record ActionEvidenceReturned(String recommendationId, String actionId, LocalDate reviewedOn, String reason) implements RecommendationEvent {

    @Override
    public LocalDate on() {
        return reviewedOn;
    }
}
