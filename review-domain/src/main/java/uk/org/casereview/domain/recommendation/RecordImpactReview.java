package uk.org.casereview.domain.recommendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecordImpactReview(@TargetAggregateIdentifier String recommendationId, LocalDate reviewedOn, String finding, Boolean embedded) {
}
