package uk.org.casereview.domain.practicereview;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record WithholdPublication(@TargetAggregateIdentifier String practiceReviewId, LocalDate decidedOn, String reason) {
}
