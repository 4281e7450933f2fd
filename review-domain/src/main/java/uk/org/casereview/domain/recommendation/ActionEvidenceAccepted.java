package uk.org.casereview.domain.recommendation;

import java.time.LocalDate;

/** The subgroup accepted the evidence: the action is complete. */
public record ActionEvidenceAccepted(String recommendationId, String actionId, LocalDate reviewedOn, String comment) implements RecommendationEvent {

    @Override
    public LocalDate on() {
        return reviewedOn;
    }
}
