package uk.org.casereview.domain.rapidreview;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecordPanelResponse(
        @TargetAggregateIdentifier String rapidReviewId,
        LocalDate respondedOn,
        PanelResponse response,
        String comments) {
}
