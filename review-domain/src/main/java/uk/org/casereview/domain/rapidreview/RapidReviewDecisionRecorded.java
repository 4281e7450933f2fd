package uk.org.casereview.domain.rapidreview;

import java.time.LocalDate;

/** The partners decided whether to commission a CSPR; a later one of these revises the decision. */
public record RapidReviewDecisionRecorded(
        String rapidReviewId,
        LocalDate decidedOn,
        RapidReviewDecision decision,
        String rationale) implements RapidReviewEvent {

    @Override
    public LocalDate on() {
        return decidedOn;
    }
}
