package uk.org.casereview.domain.practicereview;

import java.time.LocalDate;

/** The final report went to the National Panel and the Secretary of State. */
public record FinalReportSent(String practiceReviewId, LocalDate sentOn) implements PracticeReviewEvent {

    @Override
    public LocalDate on() {
        return sentOn;
    }
}
