package uk.org.casereview.domain.practicereview;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record PublishPracticeReview(@TargetAggregateIdentifier String practiceReviewId, LocalDate publishedOn, String url, PublicationScope scope) {
}
