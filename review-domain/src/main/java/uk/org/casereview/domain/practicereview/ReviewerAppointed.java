package uk.org.casereview.domain.practicereview;

import java.time.LocalDate;

/** A lead reviewer was appointed (a later one replaces the earlier). */
public record ReviewerAppointed(String practiceReviewId, String reviewer, LocalDate appointedOn) implements PracticeReviewEvent {

    @Override
    public LocalDate on() {
        return appointedOn;
    }
}
