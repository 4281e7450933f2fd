package uk.org.casereview.domain.recommendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ReopenRecommendation(@TargetAggregateIdentifier String recommendationId, LocalDate reopenedOn, String reason) {
}
