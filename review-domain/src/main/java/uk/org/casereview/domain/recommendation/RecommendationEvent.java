package uk.org.casereview.domain.recommendation;

import java.time.LocalDate;

/** An event of one recommendation: every one is a fact with the business date the user gave. */
public sealed interface RecommendationEvent permits RecommendationMade, RecommendationAccepted, RecommendationDeclined,
        ActionAssigned, ActionProgressReported, ActionDueDateRevised, ActionEvidenced, ActionEvidenceAccepted,
        ActionEvidenceReturned, ActionCancelled, ActionReassigned, RecommendationClosed, RecommendationReopened,
        ImpactReviewed, RecommendationFactCorrected {

    String recommendationId();

    /** The business date of the fact (not when it was recorded). */
    LocalDate on();
}
