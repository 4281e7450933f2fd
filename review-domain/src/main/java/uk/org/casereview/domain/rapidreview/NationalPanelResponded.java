package uk.org.casereview.domain.rapidreview;

import java.time.LocalDate;

/** The National Panel responded to the rapid review. */
public record NationalPanelResponded(String rapidReviewId, LocalDate respondedOn, PanelResponse response, String comments) implements RapidReviewEvent {

    @Override
    public LocalDate on() {
        return respondedOn;
    }
}
