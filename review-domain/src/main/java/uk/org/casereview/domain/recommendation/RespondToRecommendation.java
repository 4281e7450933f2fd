package uk.org.casereview.domain.recommendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RespondToRecommendation(@TargetAggregateIdentifier String recommendationId, LocalDate respondedOn, Boolean accepted, String rationale) {
}
