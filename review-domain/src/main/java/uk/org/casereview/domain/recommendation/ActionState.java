package uk.org.casereview.domain.recommendation;

import uk.org.casereview.domain.calendar.Rag;
import uk.org.casereview.domain.calendar.StatutoryClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One action of a recommendation as its facts leave it: the step of {@link RecommendationState}'s fold for actions. */
public final class ActionState {

    public record Revision(LocalDate revisedOn, LocalDate previousDueOn, LocalDate dueOn, String reason) {
    }

    public record Progress(LocalDate reportedOn, String note) {
    }

    public record Evidence(LocalDate submittedOn, String summary, String link, LocalDate reviewedOn, Boolean accepted, String comment) {
    }

    /** Who held the action before a reassignment, and since when the next holder has it. */
    public record Reassignment(LocalDate reassignedOn, String fromAgency, String fromOwner, String agency, String owner, String reason) {
    }

    private final ActionAssigned assigned;
    private String agency;
    private String owner;
    private LocalDate dueOn;
    private ActionStatus status = ActionStatus.ASSIGNED;
    private LocalDate completedOn;
    private LocalDate cancelledOn;
    private String cancellationReason;
    private final List<Revision> revisions = new ArrayList<>();
    private final List<Progress> progress = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<Reassignment> reassignments = new ArrayList<>();

    ActionState(ActionAssigned assigned) {
        this.assigned = assigned;
        this.agency = assigned.agency();
        this.owner = assigned.owner();
        this.dueOn = assigned.dueOn();
    }

    void progressReported(ActionProgressReported e) {
        progress.add(new Progress(e.reportedOn(), e.note()));
        if (status == ActionStatus.ASSIGNED) {
            status = ActionStatus.IN_PROGRESS;
        }
    }

    void dueDateRevised(ActionDueDateRevised e) {
        revisions.add(new Revision(e.revisedOn(), dueOn, e.dueOn(), e.reason()));
        dueOn = e.dueOn();
    }

    void evidenced(ActionEvidenced e) {
        evidence.add(new Evidence(e.submittedOn(), e.summary(), e.link(), null, null, null));
        status = ActionStatus.EVIDENCE_SUBMITTED;
    }

    void reviewed(LocalDate reviewedOn, boolean accepted, String comment) {
        if (evidence.isEmpty()) {
            return; // dated before any evidence was submitted: it cannot have happened, and the check says so
        }
        int last = evidence.size() - 1;
        Evidence pending = evidence.get(last);
        evidence.set(last, new Evidence(pending.submittedOn(), pending.summary(), pending.link(), reviewedOn, accepted, comment));
        status = accepted ? ActionStatus.COMPLETE : ActionStatus.IN_PROGRESS;
        completedOn = accepted ? reviewedOn : null;
    }

    void cancelled(ActionCancelled e) {
        status = ActionStatus.CANCELLED;
        cancelledOn = e.cancelledOn();
        cancellationReason = e.reason();
    }

    void reassigned(ActionReassigned e) {
        reassignments.add(new Reassignment(e.reassignedOn(), agency, owner, e.agency(), e.owner(), e.reason()));
        agency = e.agency();
        owner = e.owner();
    }

    public String actionId() {
        return assigned.actionId();
    }

    public String description() {
        return assigned.description();
    }

    /** The agency that holds the action now (after any reassignment). */
    public String agency() {
        return agency;
    }

    public String owner() {
        return owner;
    }

    public LocalDate assignedOn() {
        return assigned.assignedOn();
    }

    public LocalDate originalDueOn() {
        return assigned.dueOn();
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public ActionStatus status() {
        return status;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    /** Complete or cancelled: the date it was settled. */
    public LocalDate settledOn() {
        return completedOn != null ? completedOn : cancelledOn;
    }

    public boolean isOpen() {
        return !status.isSettled();
    }

    /** The submission date of the evidence awaiting review, or null. */
    public LocalDate pendingEvidenceOn() {
        return status == ActionStatus.EVIDENCE_SUBMITTED ? evidence.get(evidence.size() - 1).submittedOn() : null;
    }

    public LocalDate lastRevisedOn() {
        return revisions.isEmpty() ? null : revisions.get(revisions.size() - 1).revisedOn();
    }

    public List<Revision> revisions() {
        return List.copyOf(revisions);
    }

    public List<Progress> progress() {
        return List.copyOf(progress);
    }

    public List<Evidence> evidence() {
        return List.copyOf(evidence);
    }

    public List<Reassignment> reassignments() {
        return List.copyOf(reassignments);
    }

    public Rag rag(StatutoryClock clock, LocalDate asOf) {
        return clock.rag(dueOn, completedOn, cancelledOn, asOf);
    }

    /** Two actions are equal when the same facts leave them the same (the aggregate's state is compared with its replay). */
    @Override
    public boolean equals(Object other) {
        return other instanceof ActionState that && assigned.equals(that.assigned) && Objects.equals(agency, that.agency)
                && Objects.equals(owner, that.owner) && Objects.equals(dueOn, that.dueOn) && status == that.status
                && Objects.equals(completedOn, that.completedOn) && Objects.equals(cancelledOn, that.cancelledOn)
                && Objects.equals(cancellationReason, that.cancellationReason) && revisions.equals(that.revisions)
                && progress.equals(that.progress) && evidence.equals(that.evidence) && reassignments.equals(that.reassignments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assigned, agency, owner, dueOn, status, completedOn, cancelledOn);
    }
}
