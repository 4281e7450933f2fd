package uk.org.casereview.domain.calendar;

import java.time.LocalDate;

/**
 * A statutory milestone of one review: when it is due, when it was done, from when it is no longer required, and from
 * when it can no longer be met (the final report, once the review was published without it). Its state as of any date
 * follows from these dates alone, so views, lists, reports and metrics agree.
 *
 * @param dueOn         the due date; null only for a milestone that was never due (not required before it could be)
 * @param doneOn        the date it was done, or null
 * @param notRequiredOn from this date the milestone is NOT_REQUIRED (unless done), or null
 * @param lapsedOn      from this date the milestone is MISSED if not done by then, or null
 * @param statutory     false for the Panel's response, which has no statutory time
 */
public record MilestoneDates(Milestone name, LocalDate dueOn, LocalDate doneOn, LocalDate notRequiredOn, LocalDate lapsedOn,
                             boolean statutory) {

    public MilestoneDates {
        if (name == null || (dueOn == null && notRequiredOn == null)) {
            throw new IllegalArgumentException("a milestone needs a name and a due date: " + name);
        }
    }

    /** The milestone as it stood on {@code asOf}: only what was done by then counts. */
    public MilestoneState stateOn(LocalDate asOf) {
        return state(dueOn, doneOn, notRequiredOn, lapsedOn, asOf);
    }

    /** The date it was done, if done by {@code asOf}. */
    public LocalDate doneBy(LocalDate asOf) {
        return doneOn != null && !doneOn.isAfter(asOf) ? doneOn : null;
    }

    /** The one rule for a milestone's state, for rows read back from a table as well. */
    public static MilestoneState state(LocalDate dueOn, LocalDate doneOn, LocalDate notRequiredOn, LocalDate lapsedOn, LocalDate asOf) {
        if (doneOn != null && !doneOn.isAfter(asOf)) {
            return dueOn != null && doneOn.isAfter(dueOn) ? MilestoneState.MISSED : MilestoneState.MET;
        }
        if (notRequiredOn != null && !notRequiredOn.isAfter(asOf)) {
            return MilestoneState.NOT_REQUIRED;
        }
        if (dueOn == null) {
            return MilestoneState.DUE;
        }
        if (lapsedOn != null && !lapsedOn.isAfter(asOf)) {
            return MilestoneState.MISSED;
        }
        return asOf.isAfter(dueOn) ? MilestoneState.OVERDUE : MilestoneState.DUE;
    }
}
