package uk.org.casereview.domain.recommendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record CloseRecommendation(@TargetAggregateIdentifier String recommendationId, LocalDate closedOn, String impactStatement) {
}
