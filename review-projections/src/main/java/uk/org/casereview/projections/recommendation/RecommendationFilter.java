package uk.org.casereview.projections.recommendation;

import uk.org.casereview.domain.recommendation.RecommendationStatus;
import uk.org.casereview.domain.calendar.Rag;

/** Which recommendations to list: each filter is optional; status and RAG are as of the date asked. */
public record RecommendationFilter(String sourceId, String agency, String theme, RecommendationStatus status, Rag rag) {

    public static RecommendationFilter none() {
        return new RecommendationFilter(null, null, null, null, null);
    }
}
