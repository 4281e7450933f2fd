package uk.org.casereview.domain.rapidreview;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecordRapidReviewNotRequired(@TargetAggregateIdentifier String rapidReviewId, LocalDate decidedOn, NotRequiredBasis basis,
                                           String reason) {
}
