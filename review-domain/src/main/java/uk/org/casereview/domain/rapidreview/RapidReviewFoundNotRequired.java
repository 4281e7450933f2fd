package uk.org.casereview.domain.rapidreview;

import java.time.LocalDate;

/** After notifying, the partners determined that no rapid review is needed: its milestones are NOT_REQUIRED from then. */
public record RapidReviewFoundNotRequired(String rapidReviewId, LocalDate decidedOn, NotRequiredBasis basis, String reason)
        implements RapidReviewEvent {

    @Override
    public LocalDate on() {
        return decidedOn;
    }
}
