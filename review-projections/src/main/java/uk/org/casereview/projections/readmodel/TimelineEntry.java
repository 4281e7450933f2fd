package uk.org.casereview.projections.readmodel;

import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneState;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a timeline: something that happened (a FACT, with who recorded it and when, and its {@code sequence}), a
 * CORRECTION of an earlier fact (what was put right, by whom and why), or a statutory MILESTONE falling due, with its
 * state as of the date asked. A fact that was later corrected or struck out stays, with {@code correctedBy}: the
 * sequence of the correction.
 */
public record TimelineEntry(LocalDate on, String entry, String what, String recordedBy, Instant recordedAt,
                            Milestone milestone, MilestoneState state, Long sequence, Long correctedBy) {

    public static final String FACT = "FACT";
    public static final String CORRECTION = "CORRECTION";
    public static final String MILESTONE = "MILESTONE";

    public static TimelineEntry fact(Recorded<?> recorded, LocalDate on, String what) {
        return new TimelineEntry(on, FACT, what, recorded.recordedBy(), recorded.recordedAt(), null, null, recorded.seq(), null);
    }

    public TimelineEntry correctedBy(long correction) {
        return new TimelineEntry(on, entry, what, recordedBy, recordedAt, milestone, state, sequence, correction);
    }

    public static TimelineEntry correction(Recorded<?> recorded, LocalDate on, String what) {
        return new TimelineEntry(on, CORRECTION, what, recorded.recordedBy(), recorded.recordedAt(), null, null, recorded.seq(), null);
    }

    public static TimelineEntry milestone(MilestoneView milestone, String what) {
        String state = switch (milestone.state()) {
            case MET -> "met on " + milestone.doneOn();
            case MISSED -> milestone.doneOn() == null ? "missed" : "missed: done on " + milestone.doneOn();
            case DUE -> "due";
            case OVERDUE -> "overdue";
            case NOT_REQUIRED -> "not required";
        };
        String note = milestone.note() == null ? "" : " (" + milestone.note() + ")";
        return new TimelineEntry(milestone.dueOn(), MILESTONE, what + ": " + state + note, null, null, milestone.name(),
                milestone.state(), null, null);
    }
}
