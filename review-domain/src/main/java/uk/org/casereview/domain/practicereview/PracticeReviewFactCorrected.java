package uk.org.casereview.domain.practicereview;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import uk.org.casereview.domain.history.Correction;

import java.time.LocalDate;

/**
 * A fact of the practice review recorded in error was corrected on {@code correctedOn}: the fact with {@code sequence}
 * is replaced by {@code replacement}, or struck out when it is null. The original stays in the record.
 */
public record PracticeReviewFactCorrected(
        String practiceReviewId,
        long sequence,
        LocalDate correctedOn,
        String reason,
        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "fact")
        @JsonSubTypes({
                @JsonSubTypes.Type(value = PracticeReviewCommissioned.class, name = "PracticeReviewCommissioned"),
                @JsonSubTypes.Type(value = ReviewerAppointed.class, name = "ReviewerAppointed"),
                @JsonSubTypes.Type(value = PublicationDelayRecorded.class, name = "PublicationDelayRecorded"),
                @JsonSubTypes.Type(value = FinalReportSent.class, name = "FinalReportSent"),
                @JsonSubTypes.Type(value = PracticeReviewPublished.class, name = "PracticeReviewPublished"),
                @JsonSubTypes.Type(value = PublicationWithheld.class, name = "PublicationWithheld")})
        PracticeReviewEvent replacement) implements PracticeReviewEvent, Correction<PracticeReviewEvent> {

    @Override
    public LocalDate on() {
        return correctedOn;
    }
}
