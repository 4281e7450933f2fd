package uk.org.casereview.domain.rapidreview;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.org.casereview.domain.history.Correction;
import uk.org.casereview.domain.history.Corrections;
import uk.org.casereview.domain.history.EffectiveHistory;
import uk.org.casereview.domain.history.Fact;
import uk.org.casereview.domain.commandhandling.Check;
import uk.org.casereview.domain.commandhandling.InvalidCommandException;
import uk.org.casereview.domain.referencedata.ReferenceData;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.org.casereview.domain.commandhandling.Check.refuseUnless;

/**
 * A rapid review, opened by the serious incident notification: the partners meet, decide whether a Child Safeguarding
 * Practice Review is needed (and may revise that at any time), send the rapid review to the National Panel (again when
 * the Panel asks for more information) and record its response; or find that no rapid review is needed. Each fact is
 * put in its place among the effective facts by business date and the whole history checked by
 * {@link RapidReviewState}: only what cannot have happened is refused.
 */
public class RapidReview {

    @AggregateIdentifier
    private String rapidReviewId;
    private final List<Fact<RapidReviewEvent>> recorded = new ArrayList<>();
    private List<Fact<RapidReviewEvent>> effective = new ArrayList<>();
    private RapidReviewState state = new RapidReviewState();

    protected RapidReview() {
        // for Axon
    }

    @CommandHandler
    public RapidReview(NotifySeriousIncident command, Clock clock, ReferenceData referenceData) {
        Check.text("rapidReviewId", command.rapidReviewId(), Check.SHORT_TEXT);
        apply(notification(command, clock, referenceData));
    }

    @CommandHandler
    public void handle(RecordRapidReviewMeeting command, Clock clock, ReferenceData referenceData) {
        record(meeting(command, clock, referenceData));
    }

    @CommandHandler
    public void handle(RecordRapidReviewDecision command, Clock clock) {
        record(decision(command, clock));
    }

    @CommandHandler
    public void handle(SubmitRapidReviewToPanel command, Clock clock) {
        record(submission(command, clock));
    }

    @CommandHandler
    public void handle(RecordPanelResponse command, Clock clock) {
        record(panelResponse(command, clock));
    }

    @CommandHandler
    public void handle(RecordRapidReviewNotRequired command, Clock clock) {
        record(notRequired(command, clock));
    }

    @CommandHandler
    public void handle(CorrectRapidReviewFact command, Clock clock, ReferenceData referenceData) {
        long sequence = Check.present("sequence", command.sequence());
        String reason = Check.text("reason", command.reason(), Check.LONG_TEXT);
        Fact<RapidReviewEvent> original = Corrections.original(recorded, sequence, "rapid review " + state.reference());
        RapidReviewEvent replacement = command.replacement() == null ? null
                : replacementOf(original.event(), command.replacement(), clock, referenceData);
        refuseUnless(replacement != null || sequence != 0,
                "the notification of rapid review " + state.reference() + " cannot be struck out; correct it instead");
        RapidReviewFactCorrected correction = new RapidReviewFactCorrected(rapidReviewId, sequence, LocalDate.now(clock), reason, replacement);
        RapidReviewState.checked(Corrections.effectiveWith(recorded, correction, RapidReviewEvent::on));
        apply(correction);
    }

    private void record(RapidReviewEvent event) {
        Fact<RapidReviewEvent> fact = new Fact<>(recorded.size(), event);
        List<Fact<RapidReviewEvent>> after = EffectiveHistory.with(effective, fact, RapidReviewEvent::on);
        RapidReviewState.checked(EffectiveHistory.events(after), after.indexOf(fact));
        apply(event);
    }

    // --- each command's own fields, and the fact it records (for a correction too)

    private static SeriousIncidentNotified notification(NotifySeriousIncident command, Clock clock, ReferenceData referenceData) {
        String reference = Check.text("reference", command.reference(), 100);
        var children = Check.texts("children", command.children(), 1, 4, 100);
        Check.present("outcome", command.outcome());
        LocalDate awareOn = Check.factDate("awareOn", command.awareOn(), clock);
        LocalDate notifiedOn = Check.factDate("notifiedOn", command.notifiedOn(), clock);
        Check.notBefore("notifiedOn", notifiedOn, awareOn, "the local authority became aware");
        var harmCategories = Check.list("harmCategories", command.harmCategories(), 1, HarmCategory.values().length);
        var themes = referenceData.requireThemes("themes", command.themes(), 0);
        return new SeriousIncidentNotified(command.rapidReviewId(), reference, children, command.outcome(), awareOn, notifiedOn,
                harmCategories, themes);
    }

    private RapidReviewMeetingHeld meeting(RecordRapidReviewMeeting command, Clock clock, ReferenceData referenceData) {
        LocalDate heldOn = Check.factDate("heldOn", command.heldOn(), clock);
        var agencies = referenceData.requireAgencies("agencies", command.agencies(), 1);
        return new RapidReviewMeetingHeld(rapidReviewId, heldOn, agencies);
    }

    private RapidReviewDecisionRecorded decision(RecordRapidReviewDecision command, Clock clock) {
        LocalDate decidedOn = Check.factDate("decidedOn", command.decidedOn(), clock);
        Check.present("decision", command.decision());
        String rationale = Check.text("rationale", command.rationale(), Check.LONG_TEXT);
        return new RapidReviewDecisionRecorded(rapidReviewId, decidedOn, command.decision(), rationale);
    }

    private RapidReviewSubmittedToPanel submission(SubmitRapidReviewToPanel command, Clock clock) {
        LocalDate submittedOn = Check.factDate("submittedOn", command.submittedOn(), clock);
        return new RapidReviewSubmittedToPanel(rapidReviewId, submittedOn);
    }

    private NationalPanelResponded panelResponse(RecordPanelResponse command, Clock clock) {
        LocalDate respondedOn = Check.factDate("respondedOn", command.respondedOn(), clock);
        Check.present("response", command.response());
        String comments = Check.optionalText("comments", command.comments(), Check.LONG_TEXT);
        return new NationalPanelResponded(rapidReviewId, respondedOn, command.response(), comments);
    }

    private RapidReviewFoundNotRequired notRequired(RecordRapidReviewNotRequired command, Clock clock) {
        LocalDate decidedOn = Check.factDate("decidedOn", command.decidedOn(), clock);
        Check.present("basis", command.basis());
        String reason = Check.text("reason", command.reason(), Check.LONG_TEXT);
        return new RapidReviewFoundNotRequired(rapidReviewId, decidedOn, command.basis(), reason);
    }

    private RapidReviewEvent replacementOf(RapidReviewEvent original, Object command, Clock clock, ReferenceData referenceData) {
        if (original instanceof SeriousIncidentNotified && command instanceof NotifySeriousIncident c) {
            return notification(new NotifySeriousIncident(rapidReviewId, c.reference(), c.children(), c.outcome(), c.awareOn(),
                    c.notifiedOn(), c.harmCategories(), c.themes()), clock, referenceData);
        }
        if (original instanceof RapidReviewMeetingHeld && command instanceof RecordRapidReviewMeeting c) {
            return meeting(c, clock, referenceData);
        }
        if (original instanceof RapidReviewDecisionRecorded && command instanceof RecordRapidReviewDecision c) {
            return decision(c, clock);
        }
        if (original instanceof RapidReviewSubmittedToPanel && command instanceof SubmitRapidReviewToPanel c) {
            return submission(c, clock);
        }
        if (original instanceof NationalPanelResponded && command instanceof RecordPanelResponse c) {
            return panelResponse(c, clock);
        }
        if (original instanceof RapidReviewFoundNotRequired && command instanceof RecordRapidReviewNotRequired c) {
            return notRequired(c, clock);
        }
        throw new InvalidCommandException("replacement", "the replacement must have the fields of the request that recorded the fact"
                + " (a " + original.getClass().getSimpleName() + ")");
    }

    @EventSourcingHandler
    void on(RapidReviewEvent event) {
        Fact<RapidReviewEvent> fact = new Fact<>(recorded.size(), event);
        recorded.add(fact);
        if (event instanceof Correction<?> || !EffectiveHistory.comesLast(effective, fact, RapidReviewEvent::on)) {
            effective = EffectiveHistory.of(recorded, RapidReviewEvent::on);
            state = RapidReviewState.of(EffectiveHistory.events(effective));
        } else {
            effective.add(fact);
            state.evolve(event);
        }
        if (rapidReviewId == null) {
            rapidReviewId = event.rapidReviewId();
        }
    }
}
