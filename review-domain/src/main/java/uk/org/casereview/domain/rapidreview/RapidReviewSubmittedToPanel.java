package uk.org.casereview.domain.rapidreview;

import java.time.LocalDate;

/** The rapid review was sent to the National Panel. */
public record RapidReviewSubmittedToPanel(String rapidReviewId, LocalDate submittedOn) implements RapidReviewEvent {

    @Override
    public LocalDate on() {
        return submittedOn;
    }
}
