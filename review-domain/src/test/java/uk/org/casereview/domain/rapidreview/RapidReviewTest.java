package uk.org.casereview.domain.rapidreview;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.casereview.domain.shared.CommandRefusedException;
import uk.org.casereview.domain.shared.InvalidCommandException;
import uk.org.casereview.domain.shared.ReferenceData;
import uk.org.casereview.domain.shared.TestClocks;
import uk.org.casereview.domain.shared.UnknownCodeException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RapidReviewTest {

    private static final String ID = "rr-1";
    private static final LocalDate AWARE = LocalDate.parse("2024-05-02");
    private static final LocalDate NOTIFIED = LocalDate.parse("2024-05-07");

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
    void aDecisionCannotBeRevisedWhileThePanelConsidersIt() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.NO_CSPR), submitted("2024-05-24"))
                .when(new RecordRapidReviewDecision(ID, LocalDate.parse("2024-05-25"), RapidReviewDecision.CSPR, "changed our minds"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("decision cannot be revised: rapid review RR-2024-01 was submitted to the National Panel on 2024-05-24 and the Panel has not responded");
    }

    @Test
    void aDecisionCannotBeRevisedAfterThePanelAgreed() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.NO_CSPR), submitted("2024-05-24"),
                        responded("2024-06-10", PanelResponse.AGREED))
                .when(new RecordRapidReviewDecision(ID, LocalDate.parse("2024-06-11"), RapidReviewDecision.CSPR, "changed our minds"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("decision cannot be revised: the National Panel responded AGREED on 2024-06-10; a decision can be revised only before submission or after the Panel disagreed");
    }

    @Test
    void aDecisionCanBeRevisedAfterThePanelDisagreedAndResubmitted() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.NO_CSPR), submitted("2024-05-24"),
                        responded("2024-06-10", PanelResponse.DISAGREED))
                .when(new RecordRapidReviewDecision(ID, LocalDate.parse("2024-06-12"), RapidReviewDecision.CSPR, "learning about neglect"))
                .expectEvents(decided("2024-06-12", RapidReviewDecision.CSPR));
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.NO_CSPR), submitted("2024-05-24"),
                        responded("2024-06-10", PanelResponse.DISAGREED))
                .when(new RecordRapidReviewDecision(ID, LocalDate.parse("2024-06-09"), RapidReviewDecision.CSPR, "learning about neglect"))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("decidedOn 2024-06-09 is before the National Panel's response (2024-06-10)");
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.NO_CSPR), submitted("2024-05-24"),
                        responded("2024-06-10", PanelResponse.DISAGREED), decided("2024-06-12", RapidReviewDecision.CSPR))
                .when(new SubmitRapidReviewToPanel(ID, LocalDate.parse("2024-06-13")))
                .expectEvents(submitted("2024-06-13"));
    }

    @Test
    void submissionNeedsADecision() {
        fixture.given(notified())
                .when(new SubmitRapidReviewToPanel(ID, LocalDate.parse("2024-05-24")))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("rapid review RR-2024-01 cannot be submitted: no decision has been recorded");
    }

    @Test
    void submissionHappensOncePerDecision() {
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.CSPR))
                .when(new SubmitRapidReviewToPanel(ID, LocalDate.parse("2024-05-24")))
                .expectEvents(submitted("2024-05-24"));
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.CSPR), submitted("2024-05-24"))
                .when(new SubmitRapidReviewToPanel(ID, LocalDate.parse("2024-05-25")))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("rapid review RR-2024-01 was already submitted on 2024-05-24; record a revised decision before submitting it again");
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.CSPR))
                .when(new SubmitRapidReviewToPanel(ID, LocalDate.parse("2024-05-19")))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("submittedOn 2024-05-19 is before the decision (2024-05-20)");
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
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.CSPR), submitted("2024-05-24"),
                        responded("2024-06-10", PanelResponse.AGREED))
                .when(new RecordPanelResponse(ID, LocalDate.parse("2024-06-11"), PanelResponse.DISAGREED, null))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("the National Panel already responded to rapid review RR-2024-01 on 2024-06-10");
        fixture.given(notified(), decided("2024-05-20", RapidReviewDecision.CSPR), submitted("2024-05-24"))
                .when(new RecordPanelResponse(ID, LocalDate.parse("2024-06-10"), null, null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("response is required");
    }
}
