package uk.org.casereview.domain.practicereview;

import java.time.LocalDate;
import java.util.List;

/** A practice review was commissioned, on the date of the decision to initiate it. */
public record PracticeReviewCommissioned(String practiceReviewId,
        String reference,
        PracticeReviewKind kind,
        String rapidReviewId,
        String title,
        LocalDate decidedOn,
        List<String> children,
        List<String> themes) implements PracticeReviewEvent {

    @Override
    public LocalDate on() {
        return decidedOn;
    }
}
