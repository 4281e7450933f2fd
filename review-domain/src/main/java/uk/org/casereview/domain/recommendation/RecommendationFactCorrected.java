package uk.org.casereview.domain.recommendation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import uk.org.casereview.domain.history.Correction;

import java.time.LocalDate;

/**
 * A fact of the recommendation recorded in error was corrected on {@code correctedOn}: the fact with {@code sequence}
 * is replaced by {@code replacement}, or struck out when it is null. The original stays in the record.
 */
public record RecommendationFactCorrected(
        String recommendationId,
        long sequence,
        LocalDate correctedOn,
        String reason,
        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "fact")
        @JsonSubTypes({
                @JsonSubTypes.Type(value = RecommendationMade.class, name = "RecommendationMade"),
                @JsonSubTypes.Type(value = RecommendationAccepted.class, name = "RecommendationAccepted"),
                @JsonSubTypes.Type(value = RecommendationDeclined.class, name = "RecommendationDeclined"),
                @JsonSubTypes.Type(value = ActionAssigned.class, name = "ActionAssigned"),
                @JsonSubTypes.Type(value = ActionProgressReported.class, name = "ActionProgressReported"),
                @JsonSubTypes.Type(value = ActionDueDateRevised.class, name = "ActionDueDateRevised"),
                @JsonSubTypes.Type(value = ActionEvidenced.class, name = "ActionEvidenced"),
                @JsonSubTypes.Type(value = ActionEvidenceAccepted.class, name = "ActionEvidenceAccepted"),
                @JsonSubTypes.Type(value = ActionEvidenceReturned.class, name = "ActionEvidenceReturned"),
                @JsonSubTypes.Type(value = ActionCancelled.class, name = "ActionCancelled"),
                @JsonSubTypes.Type(value = ActionReassigned.class, name = "ActionReassigned"),
                @JsonSubTypes.Type(value = RecommendationClosed.class, name = "RecommendationClosed"),
                @JsonSubTypes.Type(value = RecommendationReopened.class, name = "RecommendationReopened"),
                @JsonSubTypes.Type(value = ImpactReviewed.class, name = "ImpactReviewed")})
        RecommendationEvent replacement) implements RecommendationEvent, Correction<RecommendationEvent> {

    @Override
    public LocalDate on() {
        return correctedOn;
    }
}
