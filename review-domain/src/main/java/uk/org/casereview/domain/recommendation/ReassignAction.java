package uk.org.casereview.domain.recommendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ReassignAction(@TargetAggregateIdentifier String recommendationId, String actionId, LocalDate reassignedOn,
                             String agency, String owner, String reason) {
}
