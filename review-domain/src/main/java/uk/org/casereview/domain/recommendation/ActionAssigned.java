package uk.org.casereview.domain.recommendation;

import java.time.LocalDate;

/** An action was assigned to one agency, with an owner and a due date. */
public record ActionAssigned(String recommendationId,
        String actionId,
        String description,
        String agency,
        String owner,
        LocalDate assignedOn,
        LocalDate dueOn) implements RecommendationEvent {

    @Override
    public LocalDate on() {
        return assignedOn;
    }
}
