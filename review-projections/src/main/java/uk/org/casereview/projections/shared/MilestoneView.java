package uk.org.casereview.projections.shared;

import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneState;
import uk.org.casereview.domain.calendar.StatutoryClock;

import java.time.LocalDate;

/**
 * A statutory milestone of a review as of a date. {@code note} says why a milestone reads as it does (a delay
 * recorded, publication withheld, the Panel's response being informational). {@code onHold} is true while a delay
 * recorded with no expected date holds the clock: the milestone is DUE until done, then MET.
 */
public record MilestoneView(Milestone name, LocalDate dueOn, LocalDate doneOn, MilestoneState state, boolean statutory,
                           boolean onHold, String note) {

    public static MilestoneView of(Milestone name, LocalDate dueOn, LocalDate doneOn, LocalDate asOf, boolean statutory, String note) {
        LocalDate done = doneOn != null && !doneOn.isAfter(asOf) ? doneOn : null;
        return new MilestoneView(name, dueOn, done, StatutoryClock.state(dueOn, done, asOf), statutory, false, note);
    }

    /** The milestone with its clock held: DUE until done, then MET. */
    public MilestoneView held(String note) {
        return new MilestoneView(name, dueOn, doneOn, doneOn == null ? MilestoneState.DUE : MilestoneState.MET, statutory, true, note);
    }

    /** The state of a milestone with the given dates as of a date, the clock held or not. */
    public static MilestoneState state(LocalDate dueOn, LocalDate doneOn, boolean onHold, LocalDate asOf) {
        LocalDate done = doneOn != null && !doneOn.isAfter(asOf) ? doneOn : null;
        if (onHold) {
            return done == null ? MilestoneState.DUE : MilestoneState.MET;
        }
        return StatutoryClock.state(dueOn, done, asOf);
    }
}
