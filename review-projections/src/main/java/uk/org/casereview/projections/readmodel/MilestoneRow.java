package uk.org.casereview.projections.readmodel;

import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneDates;

import java.time.LocalDate;
import java.util.List;

/**
 * A statutory milestone of a review with the dates its state follows from ({@link MilestoneDates#state}), for
 * timeliness and metrics.
 */
public record MilestoneRow(String reviewId, Milestone milestone, String reviewKind, String reference, LocalDate dueOn,
                           LocalDate doneOn, LocalDate notRequiredOn, LocalDate lapsedOn, boolean statutory) implements DerivedRow {

    public static MilestoneRow of(String reviewId, String reviewKind, String reference, MilestoneDates milestone) {
        return new MilestoneRow(reviewId, milestone.name(), reviewKind, reference, milestone.dueOn(), milestone.doneOn(),
                milestone.notRequiredOn(), milestone.lapsedOn(), milestone.statutory());
    }

    public MilestoneDates dates() {
        return new MilestoneDates(milestone, dueOn, doneOn, notRequiredOn, lapsedOn, statutory);
    }

    @Override
    public String table() {
        return "milestone";
    }

    @Override
    public List<String> key() {
        return List.of("review_id", "milestone");
    }
}
