package uk.org.casereview.domain.recommendation;

import uk.org.casereview.domain.shared.Check;
import uk.org.casereview.domain.shared.InvalidCommandException;

import java.time.LocalDate;
import java.util.Objects;

import static uk.org.casereview.domain.shared.Check.refuseUnless;

/** An action inside a recommendation, assigned to one agency. It decides what may happen to it; the aggregate applies. */
class Action {

    private final String actionId;
    private final LocalDate assignedOn;
    private LocalDate dueOn;
    private ActionStatus status = ActionStatus.ASSIGNED;
    private LocalDate evidenceSubmittedOn;
    private LocalDate completedOn;
    private LocalDate lastReviewedOn;
    private LocalDate lastRevisedOn;

    Action(ActionAssigned event) {
        this.actionId = event.actionId();
        this.assignedOn = event.assignedOn();
        this.dueOn = event.dueOn();
    }

    void checkCanReportProgress(LocalDate reportedOn) {
        refuseUnlessOpen("progress cannot be reported");
        Check.notBefore("reportedOn", reportedOn, assignedOn, "action " + actionId + " was assigned");
    }

    void checkCanReviseDueDate(LocalDate revisedOn, LocalDate newDueOn) {
        refuseUnlessOpen("the due date cannot be revised");
        Check.notBefore("revisedOn", revisedOn, assignedOn, "action " + actionId + " was assigned");
        Check.notBefore("revisedOn", revisedOn, lastRevisedOn, "the last revision of its due date");
        Check.notBefore("dueOn", newDueOn, assignedOn, "action " + actionId + " was assigned");
        if (newDueOn.equals(dueOn)) {
            throw new InvalidCommandException("dueOn",
                    "action " + actionId + " is already due on " + dueOn);
        }
    }

    void checkCanSubmitEvidence(LocalDate submittedOn) {
        refuseUnlessOpen("evidence cannot be submitted");
        refuseUnless(status != ActionStatus.EVIDENCE_SUBMITTED, "evidence cannot be submitted: action " + actionId
                + " already has evidence awaiting review, submitted on " + evidenceSubmittedOn);
        Check.notBefore("submittedOn", submittedOn, assignedOn, "action " + actionId + " was assigned");
        Check.notBefore("submittedOn", submittedOn, lastReviewedOn, "the last evidence was reviewed");
    }

    void checkCanReviewEvidence(LocalDate reviewedOn) {
        refuseUnless(status == ActionStatus.EVIDENCE_SUBMITTED,
                "evidence cannot be reviewed: action " + actionId + " has no evidence pending");
        Check.notBefore("reviewedOn", reviewedOn, evidenceSubmittedOn, "the evidence was submitted");
    }

    private void refuseUnlessOpen(String what) {
        refuseUnless(status != ActionStatus.COMPLETE, what + ": action " + actionId + " was completed on " + completedOn);
    }

    void progressReported() {
        if (status == ActionStatus.ASSIGNED) {
            status = ActionStatus.IN_PROGRESS;
        }
    }

    void dueDateRevised(LocalDate revisedOn, LocalDate newDueOn) {
        dueOn = newDueOn;
        lastRevisedOn = revisedOn;
    }

    void evidenceSubmitted(LocalDate submittedOn) {
        status = ActionStatus.EVIDENCE_SUBMITTED;
        evidenceSubmittedOn = submittedOn;
    }

    void evidenceAccepted(LocalDate reviewedOn) {
        status = ActionStatus.COMPLETE;
        completedOn = reviewedOn;
        lastReviewedOn = reviewedOn;
    }

    void evidenceReturned(LocalDate reviewedOn) {
        status = ActionStatus.IN_PROGRESS;
        lastReviewedOn = reviewedOn;
    }

    boolean isComplete() {
        return status == ActionStatus.COMPLETE;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    LocalDate completedOn() {
        return completedOn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Action that
                && actionId.equals(that.actionId) && assignedOn.equals(that.assignedOn) && dueOn.equals(that.dueOn)
                && status == that.status && Objects.equals(evidenceSubmittedOn, that.evidenceSubmittedOn)
                && Objects.equals(completedOn, that.completedOn) && Objects.equals(lastReviewedOn, that.lastReviewedOn)
                && Objects.equals(lastRevisedOn, that.lastRevisedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(actionId, status, dueOn);
    }
}
