package uk.org.casereview.domain.practicereview;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record SendFinalReport(@TargetAggregateIdentifier String practiceReviewId, LocalDate sentOn) {
}
