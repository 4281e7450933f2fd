package uk.org.casereview.domain.recommendation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.org.casereview.domain.history.Correction;
import uk.org.casereview.domain.history.Corrections;
import uk.org.casereview.domain.history.EffectiveHistory;
import uk.org.casereview.domain.history.Fact;
import uk.org.casereview.domain.commandhandling.Check;
import uk.org.casereview.domain.commandhandling.InvalidCommandException;
import uk.org.casereview.domain.commandhandling.NotFoundException;
import uk.org.casereview.domain.referencedata.ReferenceData;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.org.casereview.domain.commandhandling.Check.refuseUnless;

/**
 * A numbered recommendation of a review, accepted or declined by the partnership, carried out through actions
 * assigned to agencies, closed with an impact statement, and perhaps reopened and reviewed for impact later.
 * <p>
 * Each command checks its own fields, then the fact it would record is put in its place among the recommendation's
 * effective facts (by business date) and the whole history is checked by {@link RecommendationState}: a fact recorded
 * late is accepted wherever it fits, and refused only when it cannot have happened. A correction is checked the same
 * way, with the corrected history.
 */
public class Recommendation {

    @AggregateIdentifier
    private String recommendationId;
    private final List<Fact<RecommendationEvent>> recorded = new ArrayList<>();
    private List<Fact<RecommendationEvent>> effective = new ArrayList<>();
    private RecommendationState state = new RecommendationState();
    private int actionsAssigned;

    protected Recommendation() {
        // for Axon
    }

    @CommandHandler
    public Recommendation(MakeRecommendation command, Clock clock, ReferenceData referenceData) {
        Check.text("recommendationId", command.recommendationId(), Check.SHORT_TEXT);
        apply(made(command, clock, referenceData));
    }

    @CommandHandler
    public void handle(RespondToRecommendation command, Clock clock) {
        record(response(command, clock));
    }

    @CommandHandler
    public String handle(AssignAction command, Clock clock, ReferenceData referenceData) {
        String actionId = String.valueOf(actionsAssigned + 1);
        record(assignment(command, actionId, clock, referenceData));
        return actionId;
    }

    @CommandHandler
    public void handle(ReportActionProgress command, Clock clock) {
        record(progress(command, existingAction(command.actionId()), clock));
    }

    @CommandHandler
    public void handle(ReviseActionDueDate command, Clock clock) {
        record(revision(command, existingAction(command.actionId()), clock));
    }

    @CommandHandler
    public void handle(SubmitActionEvidence command, Clock clock) {
        record(evidence(command, existingAction(command.actionId()), clock));
    }

    @CommandHandler
    public void handle(ReviewActionEvidence command, Clock clock) {
        record(evidenceReview(command, existingAction(command.actionId()), clock));
    }

    @CommandHandler
    public void handle(CancelAction command, Clock clock) {
        record(cancellation(command, existingAction(command.actionId()), clock));
    }

    @CommandHandler
    public void handle(ReassignAction command, Clock clock, ReferenceData referenceData) {
        record(reassignment(command, existingAction(command.actionId()), clock, referenceData));
    }

    @CommandHandler
    public void handle(CloseRecommendation command, Clock clock) {
        record(closure(command, clock));
    }

    @CommandHandler
    public void handle(ReopenRecommendation command, Clock clock) {
        record(reopening(command, clock));
    }

    @CommandHandler
    public void handle(RecordImpactReview command, Clock clock) {
        record(impactReview(command, clock));
    }

    @CommandHandler
    public void handle(CorrectRecommendationFact command, Clock clock, ReferenceData referenceData) {
        long sequence = Check.present("sequence", command.sequence());
        String reason = Check.text("reason", command.reason(), Check.LONG_TEXT);
        Fact<RecommendationEvent> original = Corrections.original(recorded, sequence, "recommendation " + state.number());
        RecommendationEvent replacement = command.replacement() == null ? null
                : replacementOf(original.event(), command.replacement(), clock, referenceData);
        refuseUnless(replacement != null || sequence != 0,
                "the making of recommendation " + state.number() + " cannot be struck out; correct it instead");
        RecommendationFactCorrected correction = new RecommendationFactCorrected(recommendationId, sequence, LocalDate.now(clock),
                reason, replacement);
        RecommendationState.checked(Corrections.effectiveWith(recorded, correction, RecommendationEvent::on));
        apply(correction);
    }

    /** The fact put in its place among the effective facts, the whole history checked, then recorded. */
    private void record(RecommendationEvent event) {
        Fact<RecommendationEvent> fact = new Fact<>(recorded.size(), event);
        List<Fact<RecommendationEvent>> after = EffectiveHistory.with(effective, fact, RecommendationEvent::on);
        RecommendationState.checked(EffectiveHistory.events(after), after.indexOf(fact));
        apply(event);
    }

    private ActionState existingAction(String actionId) {
        ActionState action = actionId == null ? null : state.actionOrNull(actionId);
        if (action == null) {
            throw new NotFoundException("recommendation " + state.number() + " has no action " + actionId);
        }
        return action;
    }

    // --- each command's own fields, and the fact it records (for a correction too)

    private static RecommendationMade made(MakeRecommendation command, Clock clock, ReferenceData referenceData) {
        String sourceId = Check.text("sourceId", command.sourceId(), Check.SHORT_TEXT);
        String number = Check.text("number", command.number(), 20);
        String text = Check.text("text", command.text(), Check.LONG_TEXT);
        var themes = referenceData.requireThemes("themes", command.themes(), 1);
        LocalDate madeOn = Check.factDate("madeOn", command.madeOn(), clock);
        return new RecommendationMade(command.recommendationId(), sourceId, number, text, themes, madeOn);
    }

    private RecommendationEvent response(RespondToRecommendation command, Clock clock) {
        LocalDate respondedOn = Check.factDate("respondedOn", command.respondedOn(), clock);
        boolean accept = Check.present("accepted", command.accepted());
        String rationale = accept
                ? Check.optionalText("rationale", command.rationale(), Check.LONG_TEXT)
                : Check.text("rationale", command.rationale(), Check.LONG_TEXT);
        return accept
                ? new RecommendationAccepted(recommendationId, respondedOn, rationale)
                : new RecommendationDeclined(recommendationId, respondedOn, rationale);
    }

    private ActionAssigned assignment(AssignAction command, String actionId, Clock clock, ReferenceData referenceData) {
        String description = Check.text("description", command.description(), Check.LONG_TEXT);
        String agency = referenceData.requireAgency("agency", command.agency());
        String owner = Check.text("owner", command.owner(), Check.SHORT_TEXT);
        LocalDate assignedOn = Check.factDate("assignedOn", command.assignedOn(), clock);
        LocalDate dueOn = Check.present("dueOn", command.dueOn());
        Check.notBefore("dueOn", dueOn, assignedOn, "the action is assigned");
        return new ActionAssigned(recommendationId, actionId, description, agency, owner, assignedOn, dueOn);
    }

    private ActionProgressReported progress(ReportActionProgress command, ActionState action, Clock clock) {
        LocalDate reportedOn = Check.factDate("reportedOn", command.reportedOn(), clock);
        String note = Check.text("note", command.note(), Check.LONG_TEXT);
        return new ActionProgressReported(recommendationId, action.actionId(), reportedOn, note);
    }

    private ActionDueDateRevised revision(ReviseActionDueDate command, ActionState action, Clock clock) {
        LocalDate revisedOn = Check.factDate("revisedOn", command.revisedOn(), clock);
        LocalDate dueOn = Check.present("dueOn", command.dueOn());
        String reason = Check.text("reason", command.reason(), Check.LONG_TEXT);
        return new ActionDueDateRevised(recommendationId, action.actionId(), revisedOn, dueOnAsAt(action, revisedOn), dueOn, reason);
    }

    /** The action's due date in force on a day: a revision recorded late revises the due date of its day. */
    private LocalDate dueOnAsAt(ActionState action, LocalDate day) {
        List<RecommendationEvent> upToDay = effective.stream().map(Fact::event).filter(e -> !e.on().isAfter(day)).toList();
        ActionState then = RecommendationState.of(upToDay).actionOrNull(action.actionId());
        return then == null ? action.dueOn() : then.dueOn();
    }

    private ActionEvidenced evidence(SubmitActionEvidence command, ActionState action, Clock clock) {
        LocalDate submittedOn = Check.factDate("submittedOn", command.submittedOn(), clock);
        String summary = Check.text("summary", command.summary(), Check.LONG_TEXT);
        String link = Check.optionalHttpUrl("link", command.link());
        return new ActionEvidenced(recommendationId, action.actionId(), submittedOn, summary, link);
    }

    private RecommendationEvent evidenceReview(ReviewActionEvidence command, ActionState action, Clock clock) {
        LocalDate reviewedOn = Check.factDate("reviewedOn", command.reviewedOn(), clock);
        boolean accept = Check.present("accepted", command.accepted());
        String comment = accept
                ? Check.optionalText("comment", command.comment(), Check.LONG_TEXT)
                : Check.text("comment", command.comment(), Check.LONG_TEXT);
        return accept
                ? new ActionEvidenceAccepted(recommendationId, action.actionId(), reviewedOn, comment)
                : new ActionEvidenceReturned(recommendationId, action.actionId(), reviewedOn, comment);
    }

    private ActionCancelled cancellation(CancelAction command, ActionState action, Clock clock) {
        LocalDate cancelledOn = Check.factDate("cancelledOn", command.cancelledOn(), clock);
        String reason = Check.text("reason", command.reason(), Check.LONG_TEXT);
        return new ActionCancelled(recommendationId, action.actionId(), cancelledOn, reason);
    }

    private ActionReassigned reassignment(ReassignAction command, ActionState action, Clock clock, ReferenceData referenceData) {
        LocalDate reassignedOn = Check.factDate("reassignedOn", command.reassignedOn(), clock);
        String agency = referenceData.requireAgency("agency", command.agency());
        String owner = Check.text("owner", command.owner(), Check.SHORT_TEXT);
        String reason = Check.text("reason", command.reason(), Check.LONG_TEXT);
        return new ActionReassigned(recommendationId, action.actionId(), reassignedOn, agency, owner, reason);
    }

    private RecommendationClosed closure(CloseRecommendation command, Clock clock) {
        LocalDate closedOn = Check.factDate("closedOn", command.closedOn(), clock);
        String impactStatement = Check.text("impactStatement", command.impactStatement(), Check.LONG_TEXT);
        String rationale = Check.optionalText("rationale", command.rationale(), Check.LONG_TEXT);
        return new RecommendationClosed(recommendationId, closedOn, impactStatement, rationale == null || rationale.isBlank() ? null : rationale);
    }

    private RecommendationReopened reopening(ReopenRecommendation command, Clock clock) {
        LocalDate reopenedOn = Check.factDate("reopenedOn", command.reopenedOn(), clock);
        String reason = Check.text("reason", command.reason(), Check.LONG_TEXT);
        return new RecommendationReopened(recommendationId, reopenedOn, reason);
    }

    private ImpactReviewed impactReview(RecordImpactReview command, Clock clock) {
        LocalDate reviewedOn = Check.factDate("reviewedOn", command.reviewedOn(), clock);
        String finding = Check.text("finding", command.finding(), Check.LONG_TEXT);
        boolean embedded = Check.present("embedded", command.embedded());
        return new ImpactReviewed(recommendationId, reviewedOn, finding, embedded);
    }

    /** The replacement fact from the command that would have recorded the original rightly (the same kind of command). */
    private RecommendationEvent replacementOf(RecommendationEvent original, Object command, Clock clock, ReferenceData referenceData) {
        if (original instanceof RecommendationMade o && command instanceof MakeRecommendation c) {
            RecommendationMade made = made(new MakeRecommendation(recommendationId, c.sourceId(), c.number(), c.text(), c.themes(), c.madeOn()),
                    clock, referenceData);
            if (!made.sourceId().equals(o.sourceId()) || !made.number().equals(o.number())) {
                throw new InvalidCommandException(made.sourceId().equals(o.sourceId()) ? "number" : "sourceId",
                        "the source and number of a recommendation cannot be corrected: strike its facts out and make it again");
            }
            return made;
        }
        if ((original instanceof RecommendationAccepted || original instanceof RecommendationDeclined)
                && command instanceof RespondToRecommendation c) {
            return response(c, clock);
        }
        if (original instanceof ActionAssigned o && command instanceof AssignAction c) {
            return assignment(c, o.actionId(), clock, referenceData);
        }
        ActionState action = RecommendationState.isOfAnAction(original) ? actionOf(original) : null;
        if (original instanceof ActionProgressReported && command instanceof ReportActionProgress c) {
            return progress(c, action, clock);
        }
        if (original instanceof ActionDueDateRevised o && command instanceof ReviseActionDueDate c) {
            LocalDate revisedOn = Check.factDate("revisedOn", c.revisedOn(), clock);
            return new ActionDueDateRevised(recommendationId, o.actionId(), revisedOn, o.previousDueOn(), Check.present("dueOn", c.dueOn()),
                    Check.text("reason", c.reason(), Check.LONG_TEXT));
        }
        if (original instanceof ActionEvidenced && command instanceof SubmitActionEvidence c) {
            return evidence(c, action, clock);
        }
        if ((original instanceof ActionEvidenceAccepted || original instanceof ActionEvidenceReturned)
                && command instanceof ReviewActionEvidence c) {
            return evidenceReview(c, action, clock);
        }
        if (original instanceof ActionCancelled && command instanceof CancelAction c) {
            return cancellation(c, action, clock);
        }
        if (original instanceof ActionReassigned && command instanceof ReassignAction c) {
            return reassignment(c, action, clock, referenceData);
        }
        if (original instanceof RecommendationClosed && command instanceof CloseRecommendation c) {
            return closure(c, clock);
        }
        if (original instanceof RecommendationReopened && command instanceof ReopenRecommendation c) {
            return reopening(c, clock);
        }
        if (original instanceof ImpactReviewed && command instanceof RecordImpactReview c) {
            return impactReview(c, clock);
        }
        throw new InvalidCommandException("replacement", "the replacement must have the fields of the request that recorded fact "
                + "(a " + original.getClass().getSimpleName() + ")");
    }

    private ActionState actionOf(RecommendationEvent event) {
        return existingAction(RecommendationState.actionIdOf(event));
    }

    @EventSourcingHandler
    void on(RecommendationEvent event) {
        Fact<RecommendationEvent> fact = new Fact<>(recorded.size(), event);
        recorded.add(fact);
        if (event instanceof ActionAssigned) {
            actionsAssigned++;
        }
        if (event instanceof Correction<?> || !EffectiveHistory.comesLast(effective, fact, RecommendationEvent::on)) {
            effective = EffectiveHistory.of(recorded, RecommendationEvent::on);
            state = RecommendationState.of(EffectiveHistory.events(effective));
        } else {
            effective.add(fact);
            state.evolve(event);
        }
        if (recommendationId == null) {
            recommendationId = event.recommendationId();
        }
    }
}
