package uk.org.casereview.domain.recommendation;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The subgroup closed the recommendation with its impact statement. {@code rationale} says why it was closed with no
 * action (accepted as already in place); null when it had actions (and in events recorded before it existed).
 */
@Revision("2")
public record RecommendationClosed(String recommendationId, LocalDate closedOn, String impactStatement, String rationale)
        implements RecommendationEvent {

    @Override
    public LocalDate on() {
        return closedOn;
    }
}
