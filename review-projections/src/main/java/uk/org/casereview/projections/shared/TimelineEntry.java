package uk.org.casereview.projections.shared;

import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneState;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a timeline: something that happened (a FACT, with who recorded it and when) or a statutory MILESTONE
 * falling due, with its state as of the date asked.
 */
public record TimelineEntry(LocalDate on, String entry, String what, String recordedBy, Instant recordedAt,
                            Milestone milestone, MilestoneState state) {

    public static final String FACT = "FACT";
    public static final String MILESTONE = "MILESTONE";

    public static TimelineEntry fact(Recorded<?> recorded, LocalDate on, String what) {
        return new TimelineEntry(on, FACT, what, recorded.recordedBy(), recorded.recordedAt(), null, null);
    }

    public static TimelineEntry milestone(MilestoneView milestone, String what) {
        String state = switch (milestone.state()) {
            case MET -> "met on " + milestone.doneOn();
            case MISSED -> "missed: done on " + milestone.doneOn();
            case DUE -> "due";
            case OVERDUE -> "overdue";
        };
        String note = milestone.note() == null ? "" : " (" + milestone.note() + ")";
        return new TimelineEntry(milestone.dueOn(), MILESTONE, what + ": " + state + note, null, null, milestone.name(), milestone.state());
    }
}
