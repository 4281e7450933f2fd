package uk.org.casereview.domain.recommendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Close with an impact statement; {@code rationale} is required when the recommendation has no action at all. */
public record CloseRecommendation(@TargetAggregateIdentifier String recommendationId, LocalDate closedOn, String impactStatement,
                                  String rationale) {
}
