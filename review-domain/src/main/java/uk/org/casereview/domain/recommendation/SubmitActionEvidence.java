package uk.org.casereview.domain.recommendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record SubmitActionEvidence(@TargetAggregateIdentifier String recommendationId, String actionId, LocalDate submittedOn, String summary, String link) {
}
