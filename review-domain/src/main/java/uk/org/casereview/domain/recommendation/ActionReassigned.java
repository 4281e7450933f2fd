package uk.org.casereview.domain.recommendation;

import java.time.LocalDate;

/** An action moved to another agency or owner; the timeline keeps who held it before. */
public record ActionReassigned(String recommendationId, String actionId, LocalDate reassignedOn, String agency, String owner,
                               String reason) implements RecommendationEvent {

    @Override
    public LocalDate on() {
        return reassignedOn;
    }
}
