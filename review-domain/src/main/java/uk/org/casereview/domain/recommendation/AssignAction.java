package uk.org.casereview.domain.recommendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The aggregate numbers the action. */
public record AssignAction(@TargetAggregateIdentifier String recommendationId,
        String description,
        String agency,
        String owner,
        LocalDate assignedOn,
        LocalDate dueOn) {
}
