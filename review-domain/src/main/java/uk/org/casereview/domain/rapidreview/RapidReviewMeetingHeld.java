package uk.org.casereview.domain.rapidreview;

import java.time.LocalDate;
import java.util.List;

/** The safeguarding partners met for the rapid review, with the agencies that took part. */
public record RapidReviewMeetingHeld(String rapidReviewId, LocalDate heldOn, List<String> agencies) implements RapidReviewEvent {

    @Override
    public LocalDate on() {
        return heldOn;
    }
}
