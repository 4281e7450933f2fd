package uk.org.casereview.projections.shared;

import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneState;
import uk.org.casereview.domain.calendar.StatutoryClock;

import java.time.LocalDate;

/**
 * A statutory milestone of a review as of a date. {@code note} says why a milestone reads as it does (a delay
 * recorded, publication withheld, the Panel's response being informational).
 */
public record MilestoneView(Milestone name, LocalDate dueOn, LocalDate doneOn, MilestoneState state, boolean statutory, String note) {

    public static MilestoneView of(Milestone name, LocalDate dueOn, LocalDate doneOn, LocalDate asOf, boolean statutory, String note) {
        LocalDate done = doneOn != null && !doneOn.isAfter(asOf) ? doneOn : null;
        return new MilestoneView(name, dueOn, done, StatutoryClock.state(dueOn, done, asOf), statutory, note);
    }
}
