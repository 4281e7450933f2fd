package uk.org.casereview.projections.readmodel;

import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneDates;
import uk.org.casereview.domain.calendar.MilestoneState;

import java.time.LocalDate;

/**
 * A statutory milestone of a review as of a date. {@code note} says why a milestone reads as it does (publication
 * withheld, the Panel's response being informational, the final report missing at publication). {@code delay} is the
 * latest publication delay recorded (PUBLICATION only): shown with the milestone, it never moves the due date.
 */
public record MilestoneView(Milestone name, LocalDate dueOn, LocalDate doneOn, MilestoneState state, boolean statutory, String note,
                            Delay delay) {

    /**
     * A publication delay as the milestone shows it; {@code reasonRecordedBeforeDue}: the reason was recorded on or
     * before the due date (reports count late publications with and without such a reason).
     */
    public record Delay(LocalDate recordedOn, String reason, LocalDate expectedOn, boolean reasonRecordedBeforeDue) {
    }

    public static MilestoneView of(MilestoneDates milestone, LocalDate asOf, String note, Delay delay) {
        return new MilestoneView(milestone.name(), milestone.dueOn(), milestone.doneBy(asOf), milestone.stateOn(asOf),
                milestone.statutory(), note, delay);
    }

    public static MilestoneView of(MilestoneDates milestone, LocalDate asOf, String note) {
        return of(milestone, asOf, note, null);
    }
}
