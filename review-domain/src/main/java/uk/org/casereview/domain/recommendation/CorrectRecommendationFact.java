package uk.org.casereview.domain.recommendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Correct the fact with {@code sequence}: {@code replacement} is the command that would have recorded it rightly (of
 * the same kind as the one that recorded it), or null to strike the fact out.
 */
public record CorrectRecommendationFact(@TargetAggregateIdentifier String recommendationId, Long sequence, String reason, Object replacement) {
}
