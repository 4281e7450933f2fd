package uk.org.casereview.domain.rapidreview;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.org.casereview.domain.shared.Check;
import uk.org.casereview.domain.shared.ReferenceData;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.org.casereview.domain.shared.Check.refuseUnless;

/**
 * A rapid review, opened by the serious incident notification: the partners meet, decide whether a
 * Child Safeguarding Practice Review is needed, send the rapid review to the National Panel and record
 * its response. Late facts are recorded as they are; only impossible sequences are refused.
 */
public class RapidReview {

    /** Where the rapid review stands, as far as the order of its steps goes. */
    private enum Stage { AWAITING_DECISION, DECIDED, SUBMITTED, PANEL_RESPONDED }

    @AggregateIdentifier
    private String rapidReviewId;
    private String reference;
    private LocalDate awareOn;
    private Stage stage;
    private LocalDate decidedOn;
    private LocalDate submittedOn;
    private PanelResponse panelResponse;
    private LocalDate respondedOn;

    protected RapidReview() {
        // for Axon
    }

    @CommandHandler
    public RapidReview(NotifySeriousIncident command, Clock clock, ReferenceData referenceData) {
        Check.text("rapidReviewId", command.rapidReviewId(), Check.SHORT_TEXT);
        String reference = Check.text("reference", command.reference(), 100);
        var children = Check.texts("children", command.children(), 1, 4, 100);
        Check.present("outcome", command.outcome());
        LocalDate awareOn = Check.factDate("awareOn", command.awareOn(), clock);
        LocalDate notifiedOn = Check.factDate("notifiedOn", command.notifiedOn(), clock);
        Check.notBefore("notifiedOn", notifiedOn, awareOn, "the local authority became aware");
        var harmCategories = Check.list("harmCategories", command.harmCategories(), 1, HarmCategory.values().length);
        var themes = referenceData.requireThemes("themes", command.themes(), 0);
        apply(new SeriousIncidentNotified(command.rapidReviewId(), reference, children, command.outcome(),
                awareOn, notifiedOn, harmCategories, themes));
    }

    @CommandHandler
    public void handle(RecordRapidReviewMeeting command, Clock clock, ReferenceData referenceData) {
        LocalDate heldOn = Check.factDate("heldOn", command.heldOn(), clock);
        Check.notBefore("heldOn", heldOn, awareOn, "the local authority became aware of the incident");
        var agencies = referenceData.requireAgencies("agencies", command.agencies(), 1);
        apply(new RapidReviewMeetingHeld(rapidReviewId, heldOn, agencies));
    }

    @CommandHandler
    public void handle(RecordRapidReviewDecision command, Clock clock) {
        LocalDate decidedOn = Check.factDate("decidedOn", command.decidedOn(), clock);
        Check.present("decision", command.decision());
        String rationale = Check.text("rationale", command.rationale(), Check.LONG_TEXT);
        refuseUnless(stage == Stage.AWAITING_DECISION || stage == Stage.DECIDED
                        || (stage == Stage.PANEL_RESPONDED && panelResponse == PanelResponse.DISAGREED),
                stage == Stage.SUBMITTED
                        ? "decision cannot be revised: rapid review " + reference + " was submitted to the National Panel on "
                          + submittedOn + " and the Panel has not responded"
                        : "decision cannot be revised: the National Panel responded " + panelResponse + " on " + respondedOn
                          + "; a decision can be revised only before submission or after the Panel disagreed");
        Check.notBefore("decidedOn", decidedOn, awareOn, "the local authority became aware of the incident");
        Check.notBefore("decidedOn", decidedOn, respondedOn, "the National Panel's response");
        apply(new RapidReviewDecisionRecorded(rapidReviewId, decidedOn, command.decision(), rationale));
    }

    @CommandHandler
    public void handle(SubmitRapidReviewToPanel command, Clock clock) {
        LocalDate submittedOn = Check.factDate("submittedOn", command.submittedOn(), clock);
        refuseUnless(stage != Stage.AWAITING_DECISION,
                "rapid review " + reference + " cannot be submitted: no decision has been recorded");
        refuseUnless(stage == Stage.DECIDED,
                "rapid review " + reference + " was already submitted on " + this.submittedOn
                + "; record a revised decision before submitting it again");
        Check.notBefore("submittedOn", submittedOn, decidedOn, "the decision");
        apply(new RapidReviewSubmittedToPanel(rapidReviewId, submittedOn));
    }

    @CommandHandler
    public void handle(RecordPanelResponse command, Clock clock) {
        LocalDate respondedOn = Check.factDate("respondedOn", command.respondedOn(), clock);
        Check.present("response", command.response());
        String comments = Check.optionalText("comments", command.comments(), Check.LONG_TEXT);
        refuseUnless(stage == Stage.SUBMITTED, stage == Stage.PANEL_RESPONDED
                ? "the National Panel already responded to rapid review " + reference + " on " + this.respondedOn
                : "the National Panel's response cannot be recorded: rapid review " + reference + " has not been submitted");
        Check.notBefore("respondedOn", respondedOn, submittedOn, "the submission to the Panel");
        apply(new NationalPanelResponded(rapidReviewId, respondedOn, command.response(), comments));
    }

    @EventSourcingHandler
    void on(SeriousIncidentNotified event) {
        rapidReviewId = event.rapidReviewId();
        reference = event.reference();
        awareOn = event.awareOn();
        stage = Stage.AWAITING_DECISION;
    }

    @EventSourcingHandler
    void on(RapidReviewDecisionRecorded event) {
        decidedOn = event.decidedOn();
        stage = Stage.DECIDED;
    }

    @EventSourcingHandler
    void on(RapidReviewSubmittedToPanel event) {
        submittedOn = event.submittedOn();
        stage = Stage.SUBMITTED;
    }

    @EventSourcingHandler
    void on(NationalPanelResponded event) {
        panelResponse = event.response();
        respondedOn = event.respondedOn();
        stage = Stage.PANEL_RESPONDED;
    }
}
