package uk.org.casereview.domain.rapidreview;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import uk.org.casereview.domain.history.Correction;

import java.time.LocalDate;

/**
 * A fact of the rapid review recorded in error was corrected on {@code correctedOn}: the fact with {@code sequence} is
 * replaced by {@code replacement}, or struck out when it is null. The original stays in the record.
 */
public record RapidReviewFactCorrected(
        String rapidReviewId,
        long sequence,
        LocalDate correctedOn,
        String reason,
        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "fact")
        @JsonSubTypes({
                @JsonSubTypes.Type(value = SeriousIncidentNotified.class, name = "SeriousIncidentNotified"),
                @JsonSubTypes.Type(value = RapidReviewMeetingHeld.class, name = "RapidReviewMeetingHeld"),
                @JsonSubTypes.Type(value = RapidReviewDecisionRecorded.class, name = "RapidReviewDecisionRecorded"),
                @JsonSubTypes.Type(value = RapidReviewSubmittedToPanel.class, name = "RapidReviewSubmittedToPanel"),
                @JsonSubTypes.Type(value = NationalPanelResponded.class, name = "NationalPanelResponded"),
                @JsonSubTypes.Type(value = RapidReviewFoundNotRequired.class, name = "RapidReviewFoundNotRequired")})
        RapidReviewEvent replacement) implements RapidReviewEvent, Correction<RapidReviewEvent> {

    @Override
    public LocalDate on() {
        return correctedOn;
    }
}
