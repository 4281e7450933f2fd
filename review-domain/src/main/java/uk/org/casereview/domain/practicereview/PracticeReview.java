package uk.org.casereview.domain.practicereview;

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
 * A Child Safeguarding Practice Review, a legacy SCR, a national review, a local learning review, a multi-agency audit
 * or a joint review: commissioned, a lead reviewer appointed, the final report sent to the National Panel and the
 * Secretary of State, published (the improvements only, then in full perhaps) or withheld. Facts come in any real
 * order; {@link PracticeReviewState} refuses only what cannot have happened.
 */
public class PracticeReview {

    @AggregateIdentifier
    private String practiceReviewId;
    private final List<Fact<PracticeReviewEvent>> recorded = new ArrayList<>();
    private List<Fact<PracticeReviewEvent>> effective = new ArrayList<>();
    private PracticeReviewState state = new PracticeReviewState();

    protected PracticeReview() {
        // for Axon
    }

    @CommandHandler
    public PracticeReview(CommissionPracticeReview command, Clock clock, ReferenceData referenceData) {
        Check.text("practiceReviewId", command.practiceReviewId(), Check.SHORT_TEXT);
        apply(commission(command, clock, referenceData));
    }

    @CommandHandler
    public void handle(AppointReviewer command, Clock clock) {
        record(appointment(command, clock));
    }

    @CommandHandler
    public void handle(RecordPublicationDelay command, Clock clock) {
        record(delay(command, clock));
    }

    @CommandHandler
    public void handle(SendFinalReport command, Clock clock) {
        record(finalReport(command, clock));
    }

    @CommandHandler
    public void handle(PublishPracticeReview command, Clock clock) {
        record(publication(command, clock));
    }

    @CommandHandler
    public void handle(WithholdPublication command, Clock clock) {
        record(withholding(command, clock));
    }

    @CommandHandler
    public void handle(CorrectPracticeReviewFact command, Clock clock, ReferenceData referenceData) {
        long sequence = Check.present("sequence", command.sequence());
        String reason = Check.text("reason", command.reason(), Check.LONG_TEXT);
        Fact<PracticeReviewEvent> original = Corrections.original(recorded, sequence, state.reference());
        PracticeReviewEvent replacement = command.replacement() == null ? null
                : replacementOf(original.event(), command.replacement(), clock, referenceData);
        refuseUnless(replacement != null || sequence != 0,
                "the commissioning of " + state.reference() + " cannot be struck out; correct it instead");
        PracticeReviewFactCorrected correction = new PracticeReviewFactCorrected(practiceReviewId, sequence, LocalDate.now(clock), reason,
                replacement);
        PracticeReviewState.checked(Corrections.effectiveWith(recorded, correction, PracticeReviewEvent::on));
        apply(correction);
    }

    private void record(PracticeReviewEvent event) {
        Fact<PracticeReviewEvent> fact = new Fact<>(recorded.size(), event);
        List<Fact<PracticeReviewEvent>> after = EffectiveHistory.with(effective, fact, PracticeReviewEvent::on);
        PracticeReviewState.checked(EffectiveHistory.events(after), after.indexOf(fact));
        apply(event);
    }

    // --- each command's own fields, and the fact it records (for a correction too)

    private static PracticeReviewCommissioned commission(CommissionPracticeReview command, Clock clock, ReferenceData referenceData) {
        String reference = Check.text("reference", command.reference(), 100);
        PracticeReviewKind kind = Check.present("kind", command.kind());
        String rapidReviewId = Check.optionalText("rapidReviewId", command.rapidReviewId(), Check.SHORT_TEXT);
        String title = Check.text("title", command.title(), 500);
        LocalDate decidedOn = Check.factDate("decidedOn", command.decidedOn(), clock);
        var children = Check.texts("children", command.children(), 0, 10, 100);
        var themes = referenceData.requireThemes("themes", command.themes(), 0);
        List<JointPartner> jointWith;
        if (kind == PracticeReviewKind.JOINT_REVIEW) {
            jointWith = Check.list("jointWith", command.jointWith(), 1, JointPartner.values().length);
        } else {
            if (!Check.isBlank(command.jointWith())) {
                throw new InvalidCommandException("jointWith", "jointWith is only for a JOINT_REVIEW, not a " + kind);
            }
            jointWith = List.of();
        }
        return new PracticeReviewCommissioned(command.practiceReviewId(), reference, kind, rapidReviewId, title, decidedOn, children,
                themes, jointWith);
    }

    private ReviewerAppointed appointment(AppointReviewer command, Clock clock) {
        String reviewer = Check.text("reviewer", command.reviewer(), Check.SHORT_TEXT);
        LocalDate appointedOn = Check.factDate("appointedOn", command.appointedOn(), clock);
        return new ReviewerAppointed(practiceReviewId, reviewer, appointedOn);
    }

    private PublicationDelayRecorded delay(RecordPublicationDelay command, Clock clock) {
        LocalDate recordedOn = Check.factDate("recordedOn", command.recordedOn(), clock);
        String reason = Check.text("reason", command.reason(), Check.LONG_TEXT);
        if (command.expectedOn() != null) {
            Check.notBefore("expectedOn", command.expectedOn(), recordedOn, "the date the delay was recorded");
        }
        return new PublicationDelayRecorded(practiceReviewId, recordedOn, reason, command.expectedOn());
    }

    private FinalReportSent finalReport(SendFinalReport command, Clock clock) {
        return new FinalReportSent(practiceReviewId, Check.factDate("sentOn", command.sentOn(), clock));
    }

    private PracticeReviewPublished publication(PublishPracticeReview command, Clock clock) {
        LocalDate publishedOn = Check.factDate("publishedOn", command.publishedOn(), clock);
        String url = Check.httpUrl("url", command.url());
        Check.present("scope", command.scope());
        return new PracticeReviewPublished(practiceReviewId, publishedOn, url, command.scope());
    }

    private PublicationWithheld withholding(WithholdPublication command, Clock clock) {
        LocalDate withheldOn = Check.factDate("decidedOn", command.decidedOn(), clock);
        String reason = Check.text("reason", command.reason(), Check.LONG_TEXT);
        return new PublicationWithheld(practiceReviewId, withheldOn, reason);
    }

    private PracticeReviewEvent replacementOf(PracticeReviewEvent original, Object command, Clock clock, ReferenceData referenceData) {
        if (original instanceof PracticeReviewCommissioned && command instanceof CommissionPracticeReview c) {
            return commission(new CommissionPracticeReview(practiceReviewId, c.reference(), c.kind(), c.rapidReviewId(), c.title(),
                    c.decidedOn(), c.children(), c.themes(), c.jointWith()), clock, referenceData);
        }
        if (original instanceof ReviewerAppointed && command instanceof AppointReviewer c) {
            return appointment(c, clock);
        }
        if (original instanceof PublicationDelayRecorded && command instanceof RecordPublicationDelay c) {
            return delay(c, clock);
        }
        if (original instanceof FinalReportSent && command instanceof SendFinalReport c) {
            return finalReport(c, clock);
        }
        if (original instanceof PracticeReviewPublished && command instanceof PublishPracticeReview c) {
            return publication(c, clock);
        }
        if (original instanceof PublicationWithheld && command instanceof WithholdPublication c) {
            return withholding(c, clock);
        }
        throw new InvalidCommandException("replacement", "the replacement must have the fields of the request that recorded the fact"
                + " (a " + original.getClass().getSimpleName() + ")");
    }

    @EventSourcingHandler
    void on(PracticeReviewEvent event) {
        Fact<PracticeReviewEvent> fact = new Fact<>(recorded.size(), event);
        recorded.add(fact);
        if (event instanceof Correction<?> || !EffectiveHistory.comesLast(effective, fact, PracticeReviewEvent::on)) {
            effective = EffectiveHistory.of(recorded, PracticeReviewEvent::on);
            state = PracticeReviewState.of(EffectiveHistory.events(effective));
        } else {
            effective.add(fact);
            state.evolve(event);
        }
        if (practiceReviewId == null) {
            practiceReviewId = event.practiceReviewId();
        }
    }
}
