package uk.org.casereview.domain.recommendation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record MakeRecommendation(@TargetAggregateIdentifier String recommendationId,
        String sourceId,
        String number,
        String text,
        List<String> themes,
        LocalDate madeOn) {
}
