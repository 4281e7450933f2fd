package uk.org.casereview.domain.recommendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ReportActionProgress(@TargetAggregateIdentifier String recommendationId, String actionId, LocalDate reportedOn, String note) {
}
