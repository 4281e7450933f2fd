package uk.org.casereview.domain.rapidreview;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** The local authority notified the National Panel of a serious incident; this opens the rapid review. */
public record NotifySeriousIncident(
        @TargetAggregateIdentifier String rapidReviewId,
        String reference,
        List<String> children,
        Outcome outcome,
        LocalDate awareOn,
        LocalDate notifiedOn,
        List<HarmCategory> harmCategories,
        List<String> themes) {
}
