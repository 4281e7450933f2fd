package uk.org.casereview.domain.practicereview;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record AppointReviewer(@TargetAggregateIdentifier String practiceReviewId, String reviewer, LocalDate appointedOn) {
}
