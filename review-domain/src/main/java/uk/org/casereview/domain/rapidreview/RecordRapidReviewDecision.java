package uk.org.casereview.domain.rapidreview;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecordRapidReviewDecision(
        @TargetAggregateIdentifier String rapidReviewId,
        LocalDate decidedOn,
        RapidReviewDecision decision,
        String rationale) {
}
