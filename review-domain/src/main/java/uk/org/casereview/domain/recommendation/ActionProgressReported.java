package uk.org.casereview.domain.recommendation;

import java.time.LocalDate;

/** The agency reported progress on its action. */
public record ActionProgressReported(String recommendationId, String actionId, LocalDate reportedOn, String note) implements RecommendationEvent {

    @Override
    public LocalDate on() {
        return reportedOn;
    }
}
