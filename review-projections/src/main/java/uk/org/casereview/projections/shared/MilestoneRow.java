package uk.org.casereview.projections.shared;

import uk.org.casereview.domain.calendar.Milestone;

import java.time.LocalDate;
import java.util.List;

/** A statutory milestone of a review with its due date and the date it was done, for timeliness and metrics. */
public record MilestoneRow(String reviewId, Milestone milestone, String reviewKind, String reference, LocalDate dueOn,
                           LocalDate doneOn, boolean statutory, boolean onHold) implements DerivedRow {

    public static MilestoneRow of(String reviewId, String reviewKind, String reference, MilestoneView milestone) {
        return new MilestoneRow(reviewId, milestone.name(), reviewKind, reference, milestone.dueOn(), milestone.doneOn(),
                milestone.statutory(), milestone.onHold());
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
