package uk.org.casereview.domain.rapidreview;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.casereview.domain.commandhandling.CommandRefusedException;
import uk.org.casereview.domain.commandhandling.InvalidCommandException;
import uk.org.casereview.domain.commandhandling.NotFoundException;
import uk.org.casereview.domain.referencedata.ReferenceData;
import uk.org.casereview.domain.calendar.TestClocks;
import uk.org.casereview.domain.referencedata.UnknownCodeException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RapidReviewTest {

    private static final String ID = "rr-1";
    private static final LocalDate AWARE = LocalDate.parse("2024-05-02");
    private static final LocalDate NOTIFIED = LocalDate.parse("2024-05-07");
    private static final LocalDate TODAY = LocalDate.parse("2024-06-30");

    private AggregateTestFixture<RapidReview> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RapidReview.class);
        fixture.registerInjectableResource(TestClocks.on("2024-06-30"));
        fixture.registerInjectableResource(ReferenceData.defaults());
    }

    private static NotifySeriousIncident notify(List<String> children, LocalDate awareOn, LocalDate notifiedOn, List<String> themes) {
        return new NotifySeriousIncident(ID, "RR-2024-01", children, Outcome.DIED, awareOn, notifiedOn,
                List.of(HarmCategory.NEGLECT), themes);
    }

    private static SeriousIncidentNotified notified() {
        return new SeriousIncidentNotified(ID, "RR-2024-01", List.of("Child A"), Outcome.DIED, AWARE, NOTIFIED,
                List.of(HarmCategory.NEGLECT), List.of("NEGLECT"));
    }

    private static RapidReviewDecisionRecorded decided(String on, RapidReviewDecision decision) {
        return new RapidReviewDecisionRecorded(ID, LocalDate.parse(on), decision, "learning about neglect");
    }

    private static RapidReviewSubmittedToPanel submitted(String on) {
        return new RapidReviewSubmittedToPanel(ID, LocalDate.parse(on));
    }

    private static NationalPanelResponded responded(String on, PanelResponse response) {
        return new NationalPanelResponded(ID, LocalDate.parse(on), response, null);
    }

    @Test
    void notificationOpensTheRapidReview() {
        fixture.givenNoPriorActivity()
                .when(notify(List.of("Child A"), AWARE, NOTIFIED, List.of("NEGLECT")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(notified());
    }

    @Test
    void aLateNotificationIsRecordedNotRefused() {
        LocalDate late = LocalDate.parse("2024-06-20");
        fixture.givenNoPriorActivity()
                .when(notify(List.of("Child A"), AWARE, late, List.of()))
                .expectEvents(new SeriousIncidentNotified(ID, "RR-2024-01", List.of("Child A"), Outcome.DIED, AWARE, late,
                        List.of(HarmCategory.NEGLECT), List.of()));
    }

    @Test
    void aNotificationCoversOneToFourChildren() {
        fixture.givenNoPriorActivity()
                .when(notify(List.of(), AWARE, NOTIFIED, List.of()))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("children needs at least one entry");
        fixture.givenNoPriorActivity()
                .when(notify(List.of("Child A", "Child B", "Child C", "Child D", "Child E"), AWARE, NOTIFIED, List.of()))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("children has 5 entries; at most 4 are allowed");
        fixture.givenNoPriorActivity()
                .when(notify(List.of("Child A", "Child B", "Child C", "Child D"), AWARE, NOTIFIED, List.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theAuthorityCannotNotifyBeforeItWasAware() {
        fixture.givenNoPriorActivity()
                .when(notify(List.of("Child A"), NOTIFIED, AWARE, List.of()))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("notifiedOn 2024-05-02 is before the local authority became aware (2024-05-07)")
                .expectNoEvents();
    }

    @Test
    void noFactIsDatedAfterToday() {
        fixture.givenNoPriorActivity()
                .when(notify(List.of("Child A"), AWARE, LocalDate.parse("2024-07-01"), List.of()))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("notifiedOn 2024-07-01 is in the future (today is 2024-06-30)");
    }

    @Test
    void themesMustBeKnownCodes() {
        fixture.givenNoPriorActivity()
                .when(notify(List.of("Child A"), AWARE, NOTIFIED, List.of("NEGLECT", "ASTROLOGY")))
                .expectException(UnknownCodeException.class)
                .expectException(Matchers.<UnknownCodeException>predicate(unknown -> {
                    assertThat(unknown.unknown()).containsExactly("ASTROLOGY");
                    assertThat(unknown.valid()).contains("NEGLECT", "ONLINE_HARM");
                    assertThat(unknown.field()).isEqualTo("themes");
                    return true;
                }));
    }

    @Test
    void outcomeAndHarmCategoriesAreRequired() {
        fixture.givenNoPriorActivity()
                .when(new NotifySeriousIncident(ID, "RR-1", List.of("Child A"), null, AWARE, NOTIFIED, List.of(HarmCategory.NEGLECT), List.of()))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("outcome is required");
        fixture.givenNoPriorActivity()
                .when(new NotifySeriousIncident(ID, "RR-1", List.of("Child A"), Outcome.DIED, AWARE, NOTIFIED, List.of(), List.of()))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("harmCategories needs at least one entry");
    }

    @Test
    void aMeetingRecordsTheAgenciesPresent() {
        fixture.given(notified())
                .when(new RecordRapidReviewMeeting(ID, LocalDate.parse("2024-05-14"), List.of("POLICE", "CHILDRENS_SOCIAL_CARE")))
                .expectEvents(new RapidReviewMeetingHeld(ID, LocalDate.parse("2024-05-14"), List.of("POLICE", "CHILDRENS_SOCIAL_CARE")));
    }

    @Test
    void aMeetingNeedsKnownAgencies() {
        fixture.given(notified())
                .when(new RecordRapidReviewMeeting(ID, LocalDate.parse("2024-05-14"), List.of("MI5")))
                .expectException(UnknownCodeException.class)
                .expectNoEvents();
        fixture.given(notified())
                .when(new RecordRapidReviewMeeting(ID, LocalDate.parse("2024-05-01"), List.of("POLICE")))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("heldOn 2024-05-01 is before the local authority became aware of the incident (2024-05-02)");
    }

    @Test
    void aDecisionNeedsARationale() {
        fixture.given(notified())
                .when(new RecordRapidReviewDecision(ID, LocalDate.parse("2024-05-20"), RapidReviewDecision.CSPR, " "))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("rationale is required");
        fixture.given(notified())
                .when(new RecordRapidReviewDecision(ID, LocalDate.parse("2024-05-20"), RapidReviewDecision.CSPR, "learning about neglect"))
                .expectEvents(decided("2024-05-20", RapidReviewDecision.CSPR));
    }

    @Test
    void aDecisionCanBeRevisedBeforeSubmission() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.NO_CSPR))
                .when(new RecordRapidReviewDecision(ID, LocalDate.parse("2024-05-21"), RapidReviewDecision.CSPR, "learning about neglect"))
                .expectEvents(decided("2024-05-21", RapidReviewDecision.CSPR));
    }

    @Test
    void aDecisionRevisedWhileThePanelConsidersItIsAccepted() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.NO_CSPR), submitted("2024-05-24"))
                .when(new RecordRapidReviewDecision(ID, LocalDate.parse("2024-05-25"), RapidReviewDecision.CSPR, "changed our minds"))
                .expectEvents(new RapidReviewDecisionRecorded(ID, LocalDate.parse("2024-05-25"), RapidReviewDecision.CSPR, "changed our minds"));
    }

    @Test
    void aDecisionRevisedAfterThePanelAgreedIsAccepted() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.NO_CSPR), submitted("2024-05-24"),
                        responded("2024-06-10", PanelResponse.AGREED))
                .when(new RecordRapidReviewDecision(ID, LocalDate.parse("2024-06-11"), RapidReviewDecision.CSPR, "new information from the trial"))
                .expectEvents(new RapidReviewDecisionRecorded(ID, LocalDate.parse("2024-06-11"), RapidReviewDecision.CSPR,
                        "new information from the trial"));
    }

    @Test
    void aDecisionCanBeRevisedAfterThePanelDisagreedAndResubmitted() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.NO_CSPR), submitted("2024-05-24"),
                        responded("2024-06-10", PanelResponse.DISAGREED))
                .when(new RecordRapidReviewDecision(ID, LocalDate.parse("2024-06-12"), RapidReviewDecision.CSPR, "learning about neglect"))
                .expectEvents(decided("2024-06-12", RapidReviewDecision.CSPR));
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.NO_CSPR), submitted("2024-05-24"),
                        responded("2024-06-10", PanelResponse.DISAGREED), decided("2024-06-12", RapidReviewDecision.CSPR))
                .when(new SubmitRapidReviewToPanel(ID, LocalDate.parse("2024-06-13")))
                .expectEvents(submitted("2024-06-13"));
    }

    @Test
    void aDecisionRecordedLateIsAcceptedInItsPlace() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.NO_CSPR), submitted("2024-05-24"),
                        responded("2024-06-10", PanelResponse.DISAGREED))
                .when(new RecordRapidReviewDecision(ID, LocalDate.parse("2024-06-09"), RapidReviewDecision.CSPR, "learning about neglect"))
                .expectEvents(decided("2024-06-09", RapidReviewDecision.CSPR));
    }

    @Test
    void aMeetingRecordedAfterLaterFactsIsAcceptedInItsPlace() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.CSPR), submitted("2024-05-24"),
                        responded("2024-06-10", PanelResponse.AGREED))
                .when(new RecordRapidReviewMeeting(ID, LocalDate.parse("2024-05-14"), List.of("POLICE")))
                .expectEvents(new RapidReviewMeetingHeld(ID, LocalDate.parse("2024-05-14"), List.of("POLICE")));
    }

    @Test
    void aSubmissionWithoutADecisionIsAccepted() {
        fixture.given(notified())
                .when(new SubmitRapidReviewToPanel(ID, LocalDate.parse("2024-05-24")))
                .expectEvents(submitted("2024-05-24"));
    }

    @Test
    void aSubmissionDatedBeforeTheDecisionIsAccepted() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.CSPR))
                .when(new SubmitRapidReviewToPanel(ID, LocalDate.parse("2024-05-19")))
                .expectEvents(submitted("2024-05-19"));
    }

    @Test
    void aResubmissionIsAccepted() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.CSPR), submitted("2024-05-24"))
                .when(new SubmitRapidReviewToPanel(ID, LocalDate.parse("2024-05-25")))
                .expectEvents(submitted("2024-05-25"));
    }

    @Test
    void aSubmissionNeedsItsDateNotBeforeAwareness() {
        fixture.given(notified())
                .when(new SubmitRapidReviewToPanel(ID, null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("submittedOn is required");
        fixture.given(notified())
                .when(new SubmitRapidReviewToPanel(ID, LocalDate.parse("2024-05-01")))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("submittedOn 2024-05-01 is before the local authority became aware of the incident (2024-05-02)")
                .expectNoEvents();
    }

    @Test
    void thePanelRespondsOnlyAfterSubmission() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.CSPR))
                .when(new RecordPanelResponse(ID, LocalDate.parse("2024-06-10"), PanelResponse.AGREED, null))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("the National Panel's response cannot be recorded: rapid review RR-2024-01 has not been submitted");
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.CSPR), submitted("2024-05-24"))
                .when(new RecordPanelResponse(ID, LocalDate.parse("2024-06-10"), PanelResponse.AGREED, "agreed"))
                .expectEvents(new NationalPanelResponded(ID, LocalDate.parse("2024-06-10"), PanelResponse.AGREED, "agreed"));
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.CSPR), submitted("2024-05-24"))
                .when(new RecordPanelResponse(ID, LocalDate.parse("2024-06-10"), null, null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("response is required");
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.CSPR), submitted("2024-05-24"))
                .when(new RecordPanelResponse(ID, LocalDate.parse("2024-06-10"), PanelResponse.AGREED, "x".repeat(10_001)))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("comments is longer than 10000 characters");
    }

    @Test
    void aResponseDatedBeforeTheSubmissionNamesItsDate() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.CSPR), submitted("2024-05-24"))
                .when(new RecordPanelResponse(ID, LocalDate.parse("2024-05-23"), PanelResponse.AGREED, null))
                .expectException(InvalidCommandException.class)
                .expectException(Matchers.<InvalidCommandException>predicate(e -> "respondedOn".equals(e.field())))
                .expectExceptionMessage("respondedOn 2024-05-23 is before the submission to the Panel (2024-05-24)")
                .expectNoEvents();
    }

    @Test
    void aSecondResponseToTheSameSubmissionIsRefused() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.CSPR), submitted("2024-05-24"),
                        responded("2024-06-10", PanelResponse.AGREED))
                .when(new RecordPanelResponse(ID, LocalDate.parse("2024-06-11"), PanelResponse.DISAGREED, null))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("the National Panel already responded to rapid review RR-2024-01 on 2024-06-10 (to the submission of "
                        + "2024-05-24); record the resubmission first, or correct the response")
                .expectNoEvents();
        fixture.given(notified(), submitted("2024-05-24"), responded("2024-06-10", PanelResponse.MORE_INFORMATION_REQUESTED))
                .when(new RecordPanelResponse(ID, LocalDate.parse("2024-06-11"), PanelResponse.AGREED, null))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void thePanelAsksForMoreInformationThenTheResubmissionGetsAFinalResponse() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.CSPR), submitted("2024-05-24"))
                .when(new RecordPanelResponse(ID, LocalDate.parse("2024-06-03"), PanelResponse.MORE_INFORMATION_REQUESTED, "send the chronology"))
                .expectEvents(new NationalPanelResponded(ID, LocalDate.parse("2024-06-03"), PanelResponse.MORE_INFORMATION_REQUESTED,
                        "send the chronology"));
        var asked = new NationalPanelResponded(ID, LocalDate.parse("2024-06-03"), PanelResponse.MORE_INFORMATION_REQUESTED, "send the chronology");
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.CSPR), submitted("2024-05-24"), asked)
                .when(new SubmitRapidReviewToPanel(ID, LocalDate.parse("2024-06-07")))
                .expectEvents(submitted("2024-06-07"));
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.CSPR), submitted("2024-05-24"), asked, submitted("2024-06-07"))
                .when(new RecordPanelResponse(ID, LocalDate.parse("2024-06-20"), PanelResponse.AGREED, null))
                .expectEvents(responded("2024-06-20", PanelResponse.AGREED));
    }

    // --- found not required

    @Test
    void aRapidReviewCanBeFoundNotRequired() {
        fixture.given(notified())
                .when(new RecordRapidReviewNotRequired(ID, LocalDate.parse("2024-05-10"), NotRequiredBasis.ANOTHER_AREA_LEADS, "Kent leads"))
                .expectEvents(new RapidReviewFoundNotRequired(ID, LocalDate.parse("2024-05-10"), NotRequiredBasis.ANOTHER_AREA_LEADS, "Kent leads"));
    }

    @Test
    void findingNotRequiredNeedsABasisAReasonAndADateNotBeforeAwareness() {
        fixture.given(notified())
                .when(new RecordRapidReviewNotRequired(ID, LocalDate.parse("2024-05-10"), null, "Kent leads"))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("basis is required");
        fixture.given(notified())
                .when(new RecordRapidReviewNotRequired(ID, LocalDate.parse("2024-05-10"), NotRequiredBasis.OTHER, " "))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("reason is required");
        fixture.given(notified())
                .when(new RecordRapidReviewNotRequired(ID, LocalDate.parse("2024-05-01"), NotRequiredBasis.OTHER, "reason"))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("decidedOn 2024-05-01 is before the local authority became aware of the incident (2024-05-02)");
        fixture.given(notified())
                .when(new RecordRapidReviewNotRequired(ID, LocalDate.parse("2024-07-01"), NotRequiredBasis.OTHER, "reason"))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("decidedOn 2024-07-01 is in the future (today is 2024-06-30)");
    }

    @Test
    void aRapidReviewIsFoundNotRequiredOnce() {
        fixture.given(notified(), new RapidReviewFoundNotRequired(ID, LocalDate.parse("2024-05-10"), NotRequiredBasis.CRITERIA_NOT_MET, "criteria"))
                .when(new RecordRapidReviewNotRequired(ID, LocalDate.parse("2024-05-12"), NotRequiredBasis.OTHER, "again"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("rapid review RR-2024-01 was already found not required on 2024-05-10")
                .expectNoEvents();
    }

    // --- corrections

    private static RapidReviewFactCorrected corrected(long sequence, String reason, RapidReviewEvent replacement) {
        return new RapidReviewFactCorrected(ID, sequence, TODAY, reason, replacement);
    }

    @Test
    void aCorrectionReplacesAFact() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.NO_CSPR))
                .when(new CorrectRapidReviewFact(ID, 1L, "the decision was CSPR",
                        new RecordRapidReviewDecision("ignored", LocalDate.parse("2024-05-20"), RapidReviewDecision.CSPR, "learning about neglect")))
                .expectEvents(corrected(1, "the decision was CSPR", decided("2024-05-20", RapidReviewDecision.CSPR)));
    }

    @Test
    void aCorrectionCanReplaceTheNotification() {
        fixture.given(notified())
                .when(new CorrectRapidReviewFact(ID, 0L, "wrong reference",
                        new NotifySeriousIncident("ignored", "RR-2024-02", List.of("Child A"), Outcome.DIED, AWARE, NOTIFIED,
                                List.of(HarmCategory.NEGLECT), List.of("NEGLECT"))))
                .expectEvents(corrected(0, "wrong reference", new SeriousIncidentNotified(ID, "RR-2024-02", List.of("Child A"), Outcome.DIED,
                        AWARE, NOTIFIED, List.of(HarmCategory.NEGLECT), List.of("NEGLECT"))));
    }

    @Test
    void everyKindOfFactCanBeReplaced() {
        fixture.given(notified(), new RapidReviewMeetingHeld(ID, LocalDate.parse("2024-05-14"), List.of("POLICE")))
                .when(new CorrectRapidReviewFact(ID, 1L, "health was there too",
                        new RecordRapidReviewMeeting(ID, LocalDate.parse("2024-05-14"), List.of("POLICE", "ACUTE_HOSPITAL"))))
                .expectEvents(corrected(1, "health was there too",
                        new RapidReviewMeetingHeld(ID, LocalDate.parse("2024-05-14"), List.of("POLICE", "ACUTE_HOSPITAL"))));
        fixture.given(notified(), submitted("2024-05-24"))
                .when(new CorrectRapidReviewFact(ID, 1L, "typo", new SubmitRapidReviewToPanel(ID, LocalDate.parse("2024-05-23"))))
                .expectEvents(corrected(1, "typo", submitted("2024-05-23")));
        fixture.given(notified(), submitted("2024-05-24"), responded("2024-06-10", PanelResponse.AGREED))
                .when(new CorrectRapidReviewFact(ID, 2L, "they disagreed",
                        new RecordPanelResponse(ID, LocalDate.parse("2024-06-10"), PanelResponse.DISAGREED, "see letter")))
                .expectEvents(corrected(2, "they disagreed",
                        new NationalPanelResponded(ID, LocalDate.parse("2024-06-10"), PanelResponse.DISAGREED, "see letter")));
        fixture.given(notified(), new RapidReviewFoundNotRequired(ID, LocalDate.parse("2024-05-10"), NotRequiredBasis.OTHER, "reason"))
                .when(new CorrectRapidReviewFact(ID, 1L, "basis",
                        new RecordRapidReviewNotRequired(ID, LocalDate.parse("2024-05-10"), NotRequiredBasis.CRITERIA_NOT_MET, "reason")))
                .expectEvents(corrected(1, "basis",
                        new RapidReviewFoundNotRequired(ID, LocalDate.parse("2024-05-10"), NotRequiredBasis.CRITERIA_NOT_MET, "reason")));
    }

    @Test
    void aCorrectionStrikesAFactOut() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.NO_CSPR))
                .when(new CorrectRapidReviewFact(ID, 1L, "recorded on the wrong review", null))
                .expectEvents(corrected(1, "recorded on the wrong review", null));
    }

    @Test
    void afterAResponseIsStruckOutANewOneCanBeRecorded() {
        fixture.given(notified(), submitted("2024-05-24"), responded("2024-06-10", PanelResponse.AGREED),
                        corrected(2, "recorded on the wrong review", null))
                .when(new RecordPanelResponse(ID, LocalDate.parse("2024-06-12"), PanelResponse.DISAGREED, null))
                .expectEvents(responded("2024-06-12", PanelResponse.DISAGREED));
    }

    @Test
    void aCorrectionThatWouldMakeTheHistoryImpossibleIsRefusedAndRecordsNothing() {
        fixture.given(notified(), submitted("2024-05-24"), responded("2024-06-10", PanelResponse.AGREED))
                .when(new CorrectRapidReviewFact(ID, 1L, "never submitted", null))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("the National Panel's response cannot be recorded: rapid review RR-2024-01 has not been submitted")
                .expectNoEvents();
        fixture.given(notified(), submitted("2024-05-24"), responded("2024-06-10", PanelResponse.AGREED))
                .when(new CorrectRapidReviewFact(ID, 1L, "submitted later", new SubmitRapidReviewToPanel(ID, LocalDate.parse("2024-06-15"))))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("respondedOn 2024-06-10 is before the submission to the Panel (2024-06-15)")
                .expectNoEvents();
        fixture.given(notified(), new RapidReviewMeetingHeld(ID, LocalDate.parse("2024-05-03"), List.of("POLICE")))
                .when(new CorrectRapidReviewFact(ID, 0L, "aware later", new NotifySeriousIncident(ID, "RR-2024-01", List.of("Child A"),
                        Outcome.DIED, LocalDate.parse("2024-05-06"), NOTIFIED, List.of(HarmCategory.NEGLECT), List.of())))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("heldOn 2024-05-03 is before the local authority became aware of the incident (2024-05-06)")
                .expectNoEvents();
    }

    @Test
    void aReplacementIsCheckedLikeTheCommandItReplaces() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.NO_CSPR))
                .when(new CorrectRapidReviewFact(ID, 1L, "reason",
                        new RecordRapidReviewDecision(ID, LocalDate.parse("2024-05-20"), RapidReviewDecision.CSPR, "")))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("rationale is required")
                .expectNoEvents();
    }

    @Test
    void correctingACorrectionIsRefused() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.NO_CSPR), corrected(1, "wrong review", null))
                .when(new CorrectRapidReviewFact(ID, 2L, "undo", null))
                .expectException(InvalidCommandException.class)
                .expectException(Matchers.<InvalidCommandException>predicate(e -> "sequence".equals(e.field())))
                .expectExceptionMessage("fact 2 is itself a correction: correct fact 1 instead")
                .expectNoEvents();
    }

    @Test
    void theNotificationCannotBeStruckOut() {
        fixture.given(notified())
                .when(new CorrectRapidReviewFact(ID, 0L, "never happened", null))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("the notification of rapid review RR-2024-01 cannot be struck out; correct it instead")
                .expectNoEvents();
    }

    @Test
    void aCorrectionOfAnUnknownFactIsNotFound() {
        fixture.given(notified())
                .when(new CorrectRapidReviewFact(ID, 9L, "reason", null))
                .expectException(NotFoundException.class)
                .expectExceptionMessage("rapid review RR-2024-01 has no fact 9");
    }

    @Test
    void aReplacementOfTheWrongKindIsRefused() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.NO_CSPR))
                .when(new CorrectRapidReviewFact(ID, 1L, "reason", new SubmitRapidReviewToPanel(ID, LocalDate.parse("2024-05-24"))))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("the replacement must have the fields of the request that recorded the fact (a RapidReviewDecisionRecorded)")
                .expectNoEvents();
    }

    @Test
    void aCorrectionNeedsASequenceAndAReason() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.NO_CSPR))
                .when(new CorrectRapidReviewFact(ID, null, "reason", null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("sequence is required");
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.NO_CSPR))
                .when(new CorrectRapidReviewFact(ID, 1L, " ", null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("reason is required");
    }
}
