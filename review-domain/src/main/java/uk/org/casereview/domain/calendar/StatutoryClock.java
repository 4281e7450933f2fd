package uk.org.casereview.domain.calendar;

import java.time.LocalDate;

/** Due dates of the statutory milestones on the working-day calendar, and their state or RAG as of a date. */
public final class StatutoryClock {

    private final WorkingDayCalendar calendar;
    private final Timescales timescales;

    public StatutoryClock(WorkingDayCalendar calendar, Timescales timescales) {
        this.calendar = calendar;
        this.timescales = timescales;
    }

    public static StatutoryClock defaults() {
        return new StatutoryClock(WorkingDayCalendar.englandAndWales(), Timescales.workingTogether2023());
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public Timescales timescales() {
        return timescales;
    }

    public LocalDate notificationDue(LocalDate awareOn) {
        return calendar.addWorkingDays(awareOn, timescales.notificationWorkingDays());
    }

    public LocalDate rapidReviewDue(LocalDate notifiedOn) {
        return calendar.addWorkingDays(notifiedOn, timescales.rapidReviewWorkingDays());
    }

    public LocalDate panelResponseExpected(LocalDate submittedOn) {
        return calendar.addWorkingDays(submittedOn, timescales.panelResponseWorkingDays());
    }

    public LocalDate publicationDue(LocalDate decidedOn) {
        return decidedOn.plusMonths(timescales.publicationMonths());
    }

    /** The last day the final report may go to the Panel and the Secretary of State before publication on the given day. */
    public LocalDate finalReportDue(LocalDate publicationOn) {
        return calendar.subtractWorkingDays(publicationOn, timescales.finalReportWorkingDaysBeforePublication());
    }

    /** MET or MISSED once done (by asOf); otherwise OVERDUE after the due date, DUE until then. */
    public static MilestoneState state(LocalDate dueOn, LocalDate doneOn, LocalDate asOf) {
        if (doneOn != null && !doneOn.isAfter(asOf)) {
            return doneOn.isAfter(dueOn) ? MilestoneState.MISSED : MilestoneState.MET;
        }
        return asOf.isAfter(dueOn) ? MilestoneState.OVERDUE : MilestoneState.DUE;
    }

    /** COMPLETE once done (by asOf); RED after the due date; AMBER when due within the amber window; GREEN otherwise. */
    public Rag rag(LocalDate dueOn, LocalDate completedOn, LocalDate asOf) {
        if (completedOn != null && !completedOn.isAfter(asOf)) {
            return Rag.COMPLETE;
        }
        if (asOf.isAfter(dueOn)) {
            return Rag.RED;
        }
        return dueOn.isAfter(asOf.plusDays(timescales.amberWithinDays())) ? Rag.GREEN : Rag.AMBER;
    }
}
