package uk.org.casereview.domain.recommendation;

import java.time.LocalDate;

/** The due date of an action was revised on revisedOn, for the reason given; the original stays on ActionAssigned. */
public record ActionDueDateRevised(String recommendationId,
        String actionId,
        LocalDate revisedOn,
        LocalDate previousDueOn,
        LocalDate dueOn,
        String reason) implements RecommendationEvent {

    @Override
    public LocalDate on() {
        return revisedOn;
    }
}
