package uk.org.casereview.domain.rapidreview;

import java.time.LocalDate;
import java.util.List;

/** A serious incident was notified to the National Panel. Children are pseudonyms only ("Child R"). */
public record SeriousIncidentNotified(
        String rapidReviewId,
        String reference,
        List<String> children,
        Outcome outcome,
        LocalDate awareOn,
        LocalDate notifiedOn,
        List<HarmCategory> harmCategories,
        List<String> themes) implements RapidReviewEvent {

    @Override
    public LocalDate on() {
        return notifiedOn;
    }
}
