package uk.org.casereview.domain.recommendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ReviseActionDueDate(@TargetAggregateIdentifier String recommendationId, String actionId, LocalDate revisedOn, LocalDate dueOn, String reason) {
}
