package uk.org.casereview.projections.timeliness;

import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneState;

import java.time.LocalDate;
import java.util.List;

/**
 * Per statutory milestone falling due in a period: how many were met, missed, are overdue, still due or no longer
 * required, and which.
 */
public record StatutoryTimeliness(LocalDate from, LocalDate to, LocalDate asOf, List<MilestoneTimeliness> milestones) {

    public record MilestoneTimeliness(Milestone milestone, boolean statutory, long met, long missed, long overdue, long due,
                                      long notRequired, List<Review> reviews) {
    }

    public record Review(String reviewId, String reference, String kind, LocalDate dueOn, LocalDate doneOn, MilestoneState state) {
    }
}
