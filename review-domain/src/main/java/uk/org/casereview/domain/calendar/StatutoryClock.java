package uk.org.casereview.domain.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Due dates of the statutory milestones on the working-day calendar, and their state or RAG as of a date. */
public final class StatutoryClock {

    private final WorkingDayCalendar calendar;
    private final Timescales timescales;
    private final Map<String, List<Milestone>> reviewMilestones;

    public StatutoryClock(WorkingDayCalendar calendar, Timescales timescales) {
        this(calendar, timescales, defaultReviewMilestones());
    }

    /**
     * @param reviewMilestones the statutory milestones of each kind of practice review, by the kind's name; a kind not
     *                         listed has none
     */
    public StatutoryClock(WorkingDayCalendar calendar, Timescales timescales, Map<String, List<Milestone>> reviewMilestones) {
        this.calendar = calendar;
        this.timescales = timescales;
        // in a stable order (the kinds' names), so that every instance describes them alike
        this.reviewMilestones = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(reviewMilestones));
    }

    public static StatutoryClock defaults() {
        return new StatutoryClock(WorkingDayCalendar.englandAndWales(), Timescales.workingTogether2023());
    }

    /** Working Together 2023: a CSPR has a final report and a publication due; a legacy SCR its publication; others none. */
    public static Map<String, List<Milestone>> defaultReviewMilestones() {
        Map<String, List<Milestone>> milestones = new LinkedHashMap<>();
        milestones.put("CSPR", List.of(Milestone.FINAL_REPORT, Milestone.PUBLICATION));
        milestones.put("SERIOUS_CASE_REVIEW", List.of(Milestone.PUBLICATION));
        return milestones;
    }

    /** The statutory milestones of a kind of practice review. */
    public List<Milestone> reviewMilestones(String kind) {
        return reviewMilestones.getOrDefault(kind, List.of());
    }

    public Map<String, List<Milestone>> reviewMilestones() {
        return reviewMilestones;
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
        return MilestoneDates.state(dueOn, doneOn, null, null, asOf);
    }

    /** COMPLETE once done (by asOf); RED after the due date; AMBER when due within the amber window; GREEN otherwise. */
    public Rag rag(LocalDate dueOn, LocalDate completedOn, LocalDate asOf) {
        return rag(dueOn, completedOn, null, asOf);
    }

    /** As {@link #rag(LocalDate, LocalDate, LocalDate)}, and CANCELLED once withdrawn (by asOf): never overdue. */
    public Rag rag(LocalDate dueOn, LocalDate completedOn, LocalDate cancelledOn, LocalDate asOf) {
        if (completedOn != null && !completedOn.isAfter(asOf)) {
            return Rag.COMPLETE;
        }
        if (cancelledOn != null && !cancelledOn.isAfter(asOf)) {
            return Rag.CANCELLED;
        }
        if (asOf.isAfter(dueOn)) {
            return Rag.RED;
        }
        return dueOn.isAfter(asOf.plusDays(timescales.amberWithinDays())) ? Rag.GREEN : Rag.AMBER;
    }
}
