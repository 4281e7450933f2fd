package uk.org.casereview.domain.recommendation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.org.casereview.domain.shared.Check;
import uk.org.casereview.domain.shared.NotFoundException;
import uk.org.casereview.domain.shared.ReferenceData;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.org.casereview.domain.shared.Check.refuseUnless;

/**
 * A numbered recommendation of a review, accepted or declined by the partnership, carried out through actions
 * assigned to agencies, and closed with an impact statement once every action is complete.
 */
public class Recommendation {

    @AggregateIdentifier
    private String recommendationId;
    private String number;
    private LocalDate madeOn;
    private LocalDate respondedOn;
    private boolean accepted;
    private LocalDate declinedOn;
    private LocalDate closedOn;
    private final Map<String, Action> actions = new LinkedHashMap<>();

    protected Recommendation() {
        // for Axon
    }

    @CommandHandler
    public Recommendation(MakeRecommendation command, Clock clock, ReferenceData referenceData) {
        Check.text("recommendationId", command.recommendationId(), Check.SHORT_TEXT);
        String sourceId = Check.text("sourceId", command.sourceId(), Check.SHORT_TEXT);
        String number = Check.text("number", command.number(), 20);
        String text = Check.text("text", command.text(), Check.LONG_TEXT);
        var themes = referenceData.requireThemes("themes", command.themes(), 1);
        LocalDate madeOn = Check.factDate("madeOn", command.madeOn(), clock);
        apply(new RecommendationMade(command.recommendationId(), sourceId, number, text, themes, madeOn));
    }

    @CommandHandler
    public void handle(RespondToRecommendation command, Clock clock) {
        LocalDate respondedOn = Check.factDate("respondedOn", command.respondedOn(), clock);
        boolean accept = Check.present("accepted", command.accepted());
        String rationale = accept
                ? Check.optionalText("rationale", command.rationale(), Check.LONG_TEXT)
                : Check.text("rationale", command.rationale(), Check.LONG_TEXT);
        refuseUnless(this.respondedOn == null, "recommendation " + number + " was already "
                + (accepted ? "accepted" : "declined") + " on " + this.respondedOn);
        Check.notBefore("respondedOn", respondedOn, madeOn, "the recommendation was made");
        apply(accept
                ? new RecommendationAccepted(recommendationId, respondedOn, rationale)
                : new RecommendationDeclined(recommendationId, respondedOn, rationale));
    }

    @CommandHandler
    public String handle(AssignAction command, Clock clock, ReferenceData referenceData) {
        String description = Check.text("description", command.description(), Check.LONG_TEXT);
        String agency = referenceData.requireAgency("agency", command.agency());
        String owner = Check.text("owner", command.owner(), Check.SHORT_TEXT);
        LocalDate assignedOn = Check.factDate("assignedOn", command.assignedOn(), clock);
        LocalDate dueOn = Check.present("dueOn", command.dueOn());
        refuseUnlessOpen("an action cannot be assigned");
        refuseUnless(accepted, "an action cannot be assigned: recommendation " + number + " has not been accepted");
        Check.notBefore("assignedOn", assignedOn, respondedOn, "the recommendation was accepted");
        Check.notBefore("dueOn", dueOn, assignedOn, "the action is assigned");
        String actionId = String.valueOf(actions.size() + 1);
        apply(new ActionAssigned(recommendationId, actionId, description, agency, owner, assignedOn, dueOn));
        return actionId;
    }

    @CommandHandler
    public void handle(ReportActionProgress command, Clock clock) {
        LocalDate reportedOn = Check.factDate("reportedOn", command.reportedOn(), clock);
        String note = Check.text("note", command.note(), Check.LONG_TEXT);
        refuseUnlessOpen("progress cannot be reported");
        action(command.actionId()).checkCanReportProgress(reportedOn);
        apply(new ActionProgressReported(recommendationId, command.actionId(), reportedOn, note));
    }

    @CommandHandler
    public void handle(ReviseActionDueDate command, Clock clock) {
        LocalDate revisedOn = Check.factDate("revisedOn", command.revisedOn(), clock);
        LocalDate dueOn = Check.present("dueOn", command.dueOn());
        String reason = Check.text("reason", command.reason(), Check.LONG_TEXT);
        refuseUnlessOpen("the due date cannot be revised");
        Action action = action(command.actionId());
        action.checkCanReviseDueDate(revisedOn, dueOn);
        apply(new ActionDueDateRevised(recommendationId, command.actionId(), revisedOn, action.dueOn(), dueOn, reason));
    }

    @CommandHandler
    public void handle(SubmitActionEvidence command, Clock clock) {
        LocalDate submittedOn = Check.factDate("submittedOn", command.submittedOn(), clock);
        String summary = Check.text("summary", command.summary(), Check.LONG_TEXT);
        String link = Check.optionalHttpUrl("link", command.link());
        refuseUnlessOpen("evidence cannot be submitted");
        action(command.actionId()).checkCanSubmitEvidence(submittedOn);
        apply(new ActionEvidenced(recommendationId, command.actionId(), submittedOn, summary, link));
    }

    @CommandHandler
    public void handle(ReviewActionEvidence command, Clock clock) {
        LocalDate reviewedOn = Check.factDate("reviewedOn", command.reviewedOn(), clock);
        boolean accept = Check.present("accepted", command.accepted());
        String comment = accept
                ? Check.optionalText("comment", command.comment(), Check.LONG_TEXT)
                : Check.text("comment", command.comment(), Check.LONG_TEXT);
        refuseUnlessOpen("evidence cannot be reviewed");
        action(command.actionId()).checkCanReviewEvidence(reviewedOn);
        apply(accept
                ? new ActionEvidenceAccepted(recommendationId, command.actionId(), reviewedOn, comment)
                : new ActionEvidenceReturned(recommendationId, command.actionId(), reviewedOn, comment));
    }

    @CommandHandler
    public void handle(CloseRecommendation command, Clock clock) {
        LocalDate closedOn = Check.factDate("closedOn", command.closedOn(), clock);
        String impactStatement = Check.text("impactStatement", command.impactStatement(), Check.LONG_TEXT);
        refuseUnlessOpen("it cannot be closed");
        refuseUnless(accepted, "recommendation " + number + " cannot be closed: it has not been accepted");
        refuseUnless(!actions.isEmpty(), "recommendation " + number + " cannot be closed: it has no actions");
        long open = actions.values().stream().filter(a -> !a.isComplete()).count();
        refuseUnless(open == 0, "recommendation " + number + " cannot be closed: " + open + " of its "
                + actions.size() + " actions are not complete");
        LocalDate lastCompletion = actions.values().stream().map(Action::completedOn).max(LocalDate::compareTo).orElseThrow();
        Check.notBefore("closedOn", closedOn, lastCompletion, "the last action was completed");
        apply(new RecommendationClosed(recommendationId, closedOn, impactStatement));
    }

    private Action action(String actionId) {
        Action action = actionId == null ? null : actions.get(actionId);
        if (action == null) {
            throw new NotFoundException("recommendation " + number + " has no action " + actionId);
        }
        return action;
    }

    private void refuseUnlessOpen(String what) {
        refuseUnless(closedOn == null, what + ": recommendation " + number + " was closed on " + closedOn
                + " and nothing changes after closure");
        refuseUnless(declinedOn == null, what + ": recommendation " + number + " was declined on " + declinedOn);
    }

    @EventSourcingHandler
    void on(RecommendationMade event) {
        recommendationId = event.recommendationId();
        number = event.number();
        madeOn = event.madeOn();
    }

    @EventSourcingHandler
    void on(RecommendationAccepted event) {
        respondedOn = event.respondedOn();
        accepted = true;
    }

    @EventSourcingHandler
    void on(RecommendationDeclined event) {
        respondedOn = event.respondedOn();
        declinedOn = event.respondedOn();
    }

    @EventSourcingHandler
    void on(ActionAssigned event) {
        actions.put(event.actionId(), new Action(event));
    }

    @EventSourcingHandler
    void on(ActionProgressReported event) {
        actions.get(event.actionId()).progressReported();
    }

    @EventSourcingHandler
    void on(ActionDueDateRevised event) {
        actions.get(event.actionId()).dueDateRevised(event.revisedOn(), event.dueOn());
    }

    @EventSourcingHandler
    void on(ActionEvidenced event) {
        actions.get(event.actionId()).evidenceSubmitted(event.submittedOn());
    }

    @EventSourcingHandler
    void on(ActionEvidenceAccepted event) {
        actions.get(event.actionId()).evidenceAccepted(event.reviewedOn());
    }

    @EventSourcingHandler
    void on(ActionEvidenceReturned event) {
        actions.get(event.actionId()).evidenceReturned(event.reviewedOn());
    }

    @EventSourcingHandler
    void on(RecommendationClosed event) {
        closedOn = event.closedOn();
    }
}
