package uk.org.casereview.domain.practicereview;

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
 * A Child Safeguarding Practice Review (or a legacy SCR, a national review, a local learning review): commissioned,
 * a lead reviewer appointed, the final report sent to the National Panel and the Secretary of State, then published
 * or withheld. Publication or withholding is final.
 */
public class PracticeReview {

    @AggregateIdentifier
    private String practiceReviewId;
    private String reference;
    private LocalDate decidedOn;
    private LocalDate reviewerAppointedOn;
    private LocalDate finalReportSentOn;
    private LocalDate publishedOn;
    private LocalDate withheldOn;

    protected PracticeReview() {
        // for Axon
    }

    @CommandHandler
    public PracticeReview(CommissionPracticeReview command, Clock clock, ReferenceData referenceData) {
        Check.text("practiceReviewId", command.practiceReviewId(), Check.SHORT_TEXT);
        String reference = Check.text("reference", command.reference(), 100);
        Check.present("kind", command.kind());
        String rapidReviewId = Check.optionalText("rapidReviewId", command.rapidReviewId(), Check.SHORT_TEXT);
        String title = Check.text("title", command.title(), 500);
        LocalDate decidedOn = Check.factDate("decidedOn", command.decidedOn(), clock);
        var children = Check.texts("children", command.children(), 0, 10, 100);
        var themes = referenceData.requireThemes("themes", command.themes(), 0);
        apply(new PracticeReviewCommissioned(command.practiceReviewId(), reference, command.kind(), rapidReviewId, title,
                decidedOn, children, themes));
    }

    @CommandHandler
    public void handle(AppointReviewer command, Clock clock) {
        String reviewer = Check.text("reviewer", command.reviewer(), Check.SHORT_TEXT);
        LocalDate appointedOn = Check.factDate("appointedOn", command.appointedOn(), clock);
        refuseUnlessOpen("a reviewer cannot be appointed");
        refuseUnless(finalReportSentOn == null, "a reviewer cannot be appointed: the final report of " + reference
                + " was sent on " + finalReportSentOn);
        Check.notBefore("appointedOn", appointedOn, decidedOn, "the decision to initiate the review");
        apply(new ReviewerAppointed(practiceReviewId, reviewer, appointedOn));
    }

    @CommandHandler
    public void handle(RecordPublicationDelay command, Clock clock) {
        LocalDate recordedOn = Check.factDate("recordedOn", command.recordedOn(), clock);
        String reason = Check.text("reason", command.reason(), Check.LONG_TEXT);
        refuseUnlessOpen("a publication delay cannot be recorded");
        Check.notBefore("recordedOn", recordedOn, decidedOn, "the decision to initiate the review");
        if (command.expectedOn() != null) {
            Check.notBefore("expectedOn", command.expectedOn(), recordedOn, "the date the delay was recorded");
        }
        apply(new PublicationDelayRecorded(practiceReviewId, recordedOn, reason, command.expectedOn()));
    }

    @CommandHandler
    public void handle(SendFinalReport command, Clock clock) {
        LocalDate sentOn = Check.factDate("sentOn", command.sentOn(), clock);
        refuseUnlessOpen("the final report cannot be sent");
        refuseUnless(reviewerAppointedOn != null, "the final report of " + reference
                + " cannot be sent: no lead reviewer has been appointed");
        refuseUnless(finalReportSentOn == null, "the final report of " + reference + " was already sent on " + finalReportSentOn);
        Check.notBefore("sentOn", sentOn, reviewerAppointedOn, "the lead reviewer's appointment");
        apply(new FinalReportSent(practiceReviewId, sentOn));
    }

    @CommandHandler
    public void handle(PublishPracticeReview command, Clock clock) {
        LocalDate publishedOn = Check.factDate("publishedOn", command.publishedOn(), clock);
        String url = Check.httpUrl("url", command.url());
        Check.present("scope", command.scope());
        refuseUnlessOpen("it cannot be published");
        refuseUnless(finalReportSentOn != null, reference
                + " cannot be published: the final report has not been sent to the National Panel and the Secretary of State");
        Check.notBefore("publishedOn", publishedOn, finalReportSentOn, "the final report was sent");
        apply(new PracticeReviewPublished(practiceReviewId, publishedOn, url, command.scope()));
    }

    @CommandHandler
    public void handle(WithholdPublication command, Clock clock) {
        LocalDate withheldOn = Check.factDate("decidedOn", command.decidedOn(), clock);
        String reason = Check.text("reason", command.reason(), Check.LONG_TEXT);
        refuseUnlessOpen("publication cannot be withheld");
        Check.notBefore("decidedOn", withheldOn, decidedOn, "the decision to initiate the review");
        apply(new PublicationWithheld(practiceReviewId, withheldOn, reason));
    }

    private void refuseUnlessOpen(String what) {
        refuseUnless(publishedOn == null, what + ": " + reference + " was published on " + publishedOn);
        refuseUnless(withheldOn == null, what + ": publication of " + reference + " was withheld on " + withheldOn);
    }

    @EventSourcingHandler
    void on(PracticeReviewCommissioned event) {
        practiceReviewId = event.practiceReviewId();
        reference = event.reference();
        decidedOn = event.decidedOn();
    }

    @EventSourcingHandler
    void on(ReviewerAppointed event) {
        reviewerAppointedOn = event.appointedOn();
    }

    @EventSourcingHandler
    void on(FinalReportSent event) {
        finalReportSentOn = event.sentOn();
    }

    @EventSourcingHandler
    void on(PracticeReviewPublished event) {
        publishedOn = event.publishedOn();
    }

    @EventSourcingHandler
    void on(PublicationWithheld event) {
        withheldOn = event.decidedOn();
    }
}
