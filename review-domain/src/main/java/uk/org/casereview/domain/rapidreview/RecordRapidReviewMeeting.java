package uk.org.casereview.domain.rapidreview;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record RecordRapidReviewMeeting(@TargetAggregateIdentifier String rapidReviewId, LocalDate heldOn, List<String> agencies) {
}
