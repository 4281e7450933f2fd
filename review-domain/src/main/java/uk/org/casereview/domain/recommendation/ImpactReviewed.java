package uk.org.casereview.domain.recommendation;

import java.time.LocalDate;

/** Months after closure, the subgroup checked whether the change lasted: what it found, and whether it is embedded. */
public record ImpactReviewed(String recommendationId, LocalDate reviewedOn, String finding, boolean embedded) implements RecommendationEvent {

    @Override
    public LocalDate on() {
        return reviewedOn;
    }
}
