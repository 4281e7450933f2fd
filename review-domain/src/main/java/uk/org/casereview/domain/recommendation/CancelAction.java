package uk.org.casereview.domain.recommendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record CancelAction(@TargetAggregateIdentifier String recommendationId, String actionId, LocalDate cancelledOn, String reason) {
}
