package uk.org.casereview.domain.practicereview;

import java.time.LocalDate;

/** The partners decided not to publish, for the reason given. */
public record PublicationWithheld(String practiceReviewId, LocalDate decidedOn, String reason) implements PracticeReviewEvent {

    @Override
    public LocalDate on() {
        return decidedOn;
    }
}
