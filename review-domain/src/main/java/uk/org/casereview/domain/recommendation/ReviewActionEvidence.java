package uk.org.casereview.domain.recommendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ReviewActionEvidence(@TargetAggregateIdentifier String recommendationId, String actionId, LocalDate reviewedOn, Boolean accepted, String comment) {
}
