package uk.org.casereview.domain.rapidreview;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record SubmitRapidReviewToPanel(@TargetAggregateIdentifier String rapidReviewId, LocalDate submittedOn) {
}
