package uk.org.casereview.domain.practicereview;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecordPublicationDelay(@TargetAggregateIdentifier String practiceReviewId, LocalDate recordedOn, String reason, LocalDate expectedOn) {
}
