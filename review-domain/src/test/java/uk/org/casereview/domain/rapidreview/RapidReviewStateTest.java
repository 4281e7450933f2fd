package uk.org.casereview.domain.rapidreview;

import org.junit.jupiter.api.Test;
import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneDates;
import uk.org.casereview.domain.calendar.MilestoneState;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.commandhandling.CommandRefusedException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RapidReviewStateTest {

    private static final String ID = "rr-1";
    private static final LocalDate AWARE = d("2024-05-02");
    private static final LocalDate NOTIFIED = d("2024-05-07");
    private static final StatutoryClock CLOCK = StatutoryClock.defaults();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static SeriousIncidentNotified notified() {
        return new SeriousIncidentNotified(ID, "RR-2024-01", List.of("Child A"), Outcome.DIED, AWARE, NOTIFIED,
                List.of(HarmCategory.NEGLECT), List.of("NEGLECT"));
    }

    private static RapidReviewState state(RapidReviewEvent... events) {
        List<RapidReviewEvent> all = new ArrayList<>();
        all.add(notified());
        all.addAll(List.of(events));
        return RapidReviewState.checked(all);
    }

    private static MilestoneDates milestone(RapidReviewState state, Milestone name) {
        return state.milestones(CLOCK).stream().filter(m -> m.name() == name).findFirst().orElse(null);
    }

    private static RapidReviewSubmittedToPanel submitted(String on) {
        return new RapidReviewSubmittedToPanel(ID, d(on));
    }

    private static NationalPanelResponded responded(String on, PanelResponse response) {
        return new NationalPanelResponded(ID, d(on), response, "comments");
    }

    @Test
    void anEmptyHistoryIsNoRapidReview() {
        RapidReviewState state = RapidReviewState.of(List.of());
        assertThat(state.exists()).isFalse();
        assertThat(state.reference()).isNull();
        assertThat(state.rapidReviewId()).isNull();
        assertThat(state.status()).isNull();
        assertThat(state.decision()).isNull();
        assertThat(state.latestSubmission()).isNull();
        assertThat(state.notRequired()).isNull();
    }

    @Test
    void theFoldStepsOnTheSameState() {
        RapidReviewState state = RapidReviewState.of(List.of(notified()));
        assertThat(state.evolve(submitted("2024-05-24"))).isSameAs(state);
        assertThat(state.evolve(new RapidReviewFactCorrected(ID, 1, d("2024-06-30"), "r", null))).isSameAs(state);
        assertThat(state.status()).isEqualTo(RapidReviewStatus.SUBMITTED_TO_PANEL);
    }

    @Test
    void theStatusIsTheLastStepTheFactsReach() {
        var meeting = new RapidReviewMeetingHeld(ID, d("2024-05-14"), List.of("POLICE"));
        var decision = new RapidReviewDecisionRecorded(ID, d("2024-05-20"), RapidReviewDecision.CSPR, "learning");
        assertThat(state().status()).isEqualTo(RapidReviewStatus.NOTIFIED);
        assertThat(state(meeting).status()).isEqualTo(RapidReviewStatus.MEETING_HELD);
        assertThat(state(meeting, decision).status()).isEqualTo(RapidReviewStatus.DECIDED);
        assertThat(state(decision, new RapidReviewMeetingHeld(ID, d("2024-05-21"), List.of("POLICE"))).status())
                .as("a later meeting does not go back").isEqualTo(RapidReviewStatus.DECIDED);
        assertThat(state(decision, submitted("2024-05-24")).status()).isEqualTo(RapidReviewStatus.SUBMITTED_TO_PANEL);
        assertThat(state(submitted("2024-05-24"), responded("2024-06-10", PanelResponse.AGREED)).status()).isEqualTo(RapidReviewStatus.PANEL_AGREED);
        assertThat(state(submitted("2024-05-24"), responded("2024-06-10", PanelResponse.DISAGREED)).status())
                .isEqualTo(RapidReviewStatus.PANEL_DISAGREED);
        assertThat(state(submitted("2024-05-24"), responded("2024-06-10", PanelResponse.NATIONAL_REVIEW)).status())
                .isEqualTo(RapidReviewStatus.NATIONAL_REVIEW);
        assertThat(state(submitted("2024-05-24"), responded("2024-06-10", PanelResponse.MORE_INFORMATION_REQUESTED)).status())
                .isEqualTo(RapidReviewStatus.MORE_INFORMATION_REQUESTED);
        assertThat(state(new RapidReviewFoundNotRequired(ID, d("2024-05-10"), NotRequiredBasis.OTHER, "reason")).status())
                .isEqualTo(RapidReviewStatus.NOT_REQUIRED);
    }

    @Test
    void theStateTellsItsFacts() {
        var meeting = new RapidReviewMeetingHeld(ID, d("2024-05-14"), List.of("POLICE"));
        var first = new RapidReviewDecisionRecorded(ID, d("2024-05-20"), RapidReviewDecision.NO_CSPR, "no learning");
        var revised = new RapidReviewDecisionRecorded(ID, d("2024-06-12"), RapidReviewDecision.CSPR, "new information");
        RapidReviewState state = state(meeting, first, submitted("2024-05-24"), responded("2024-06-03", PanelResponse.MORE_INFORMATION_REQUESTED),
                submitted("2024-06-07"), revised);
        assertThat(state.exists()).isTrue();
        assertThat(state.notification()).isEqualTo(notified());
        assertThat(state.rapidReviewId()).isEqualTo(ID);
        assertThat(state.reference()).isEqualTo("RR-2024-01");
        assertThat(state.meetings()).containsExactly(new RapidReviewState.Meeting(d("2024-05-14"), List.of("POLICE")));
        assertThat(state.decisions()).containsExactly(new RapidReviewState.Decision(d("2024-05-20"), RapidReviewDecision.NO_CSPR, "no learning"),
                new RapidReviewState.Decision(d("2024-06-12"), RapidReviewDecision.CSPR, "new information"));
        assertThat(state.decision().decision()).as("the latest decision counts").isEqualTo(RapidReviewDecision.CSPR);
        assertThat(state.submissions()).containsExactly(d("2024-05-24"), d("2024-06-07"));
        assertThat(state.latestSubmission()).isEqualTo(d("2024-06-07"));
        assertThat(state.responses()).containsExactly(new RapidReviewState.Response(d("2024-06-03"), PanelResponse.MORE_INFORMATION_REQUESTED, "comments"));
        var notRequired = state(new RapidReviewFoundNotRequired(ID, d("2024-05-10"), NotRequiredBasis.ANOTHER_AREA_LEADS, "Kent")).notRequired();
        assertThat(notRequired).isEqualTo(new RapidReviewState.NotRequired(d("2024-05-10"), NotRequiredBasis.ANOTHER_AREA_LEADS, "Kent"));
    }

    @Test
    void notificationAndRapidReviewAreDueByTheClock() {
        RapidReviewState state = state();
        assertThat(state.milestones(CLOCK)).extracting(MilestoneDates::name).containsExactly(Milestone.NOTIFICATION, Milestone.RAPID_REVIEW);
        MilestoneDates notification = milestone(state, Milestone.NOTIFICATION);
        assertThat(notification.dueOn()).isEqualTo(CLOCK.notificationDue(AWARE));
        assertThat(notification.doneOn()).isEqualTo(NOTIFIED);
        assertThat(notification.statutory()).isTrue();
        assertThat(notification.stateOn(NOTIFIED)).isEqualTo(MilestoneState.MET);
        MilestoneDates rapidReview = milestone(state, Milestone.RAPID_REVIEW);
        assertThat(rapidReview.dueOn()).isEqualTo(CLOCK.rapidReviewDue(NOTIFIED));
        assertThat(rapidReview.doneOn()).isNull();
        assertThat(rapidReview.statutory()).isTrue();
        assertThat(rapidReview.stateOn(rapidReview.dueOn().plusDays(1))).isEqualTo(MilestoneState.OVERDUE);
    }

    @Test
    void theRapidReviewIsDoneAtTheFirstSubmissionAndThePanelResponseExpectedFromTheLatest() {
        RapidReviewState state = state(submitted("2024-05-24"), responded("2024-06-03", PanelResponse.MORE_INFORMATION_REQUESTED),
                submitted("2024-06-07"));
        assertThat(milestone(state, Milestone.RAPID_REVIEW).doneOn()).isEqualTo(d("2024-05-24"));
        MilestoneDates panel = milestone(state, Milestone.PANEL_RESPONSE);
        assertThat(panel.dueOn()).isEqualTo(CLOCK.panelResponseExpected(d("2024-06-07")));
        assertThat(panel.doneOn()).as("more information is not a response that settles it").isNull();
        assertThat(panel.statutory()).isFalse();
        assertThat(panel.stateOn(d("2024-06-10"))).isEqualTo(MilestoneState.DUE);

        RapidReviewState answered = state(submitted("2024-05-24"), responded("2024-06-03", PanelResponse.MORE_INFORMATION_REQUESTED),
                submitted("2024-06-07"), responded("2024-06-20", PanelResponse.AGREED));
        assertThat(milestone(answered, Milestone.PANEL_RESPONSE).doneOn()).isEqualTo(d("2024-06-20"));
        assertThat(milestone(answered, Milestone.PANEL_RESPONSE).stateOn(d("2024-06-20"))).isEqualTo(MilestoneState.MET);
    }

    @Test
    void aMoreInformationRequestAloneLeavesThePanelResponseOpen() {
        RapidReviewState state = state(submitted("2024-05-24"), responded("2024-06-03", PanelResponse.MORE_INFORMATION_REQUESTED));
        MilestoneDates panel = milestone(state, Milestone.PANEL_RESPONSE);
        assertThat(panel.dueOn()).isEqualTo(CLOCK.panelResponseExpected(d("2024-05-24")));
        assertThat(panel.doneOn()).isNull();
        RapidReviewState decided = state(submitted("2024-05-24"), responded("2024-06-03", PanelResponse.DISAGREED));
        assertThat(milestone(decided, Milestone.PANEL_RESPONSE).doneOn()).isEqualTo(d("2024-06-03"));
    }

    @Test
    void foundNotRequiredTheRapidReviewAndPanelResponseAreNotRequiredFromThatDate() {
        RapidReviewState state = state(new RapidReviewFoundNotRequired(ID, d("2024-05-10"), NotRequiredBasis.CRITERIA_NOT_MET, "criteria"));
        MilestoneDates rapidReview = milestone(state, Milestone.RAPID_REVIEW);
        assertThat(rapidReview.stateOn(d("2024-05-09"))).isEqualTo(MilestoneState.DUE);
        assertThat(rapidReview.stateOn(d("2024-05-10"))).isEqualTo(MilestoneState.NOT_REQUIRED);
        assertThat(rapidReview.stateOn(d("2025-01-01"))).as("never overdue").isEqualTo(MilestoneState.NOT_REQUIRED);
        MilestoneDates panel = milestone(state, Milestone.PANEL_RESPONSE);
        assertThat(panel.dueOn()).isNull();
        assertThat(panel.notRequiredOn()).isEqualTo(d("2024-05-10"));
        assertThat(panel.stateOn(d("2024-05-10"))).isEqualTo(MilestoneState.NOT_REQUIRED);
        assertThat(milestone(state, Milestone.NOTIFICATION).stateOn(d("2024-05-10"))).isEqualTo(MilestoneState.MET);
    }

    @Test
    void foundNotRequiredAfterASubmissionKeepsTheSubmission() {
        RapidReviewState state = state(submitted("2024-05-24"),
                new RapidReviewFoundNotRequired(ID, d("2024-05-30"), NotRequiredBasis.ANOTHER_AREA_LEADS, "Kent leads"));
        assertThat(milestone(state, Milestone.RAPID_REVIEW).stateOn(d("2024-06-30"))).isEqualTo(MilestoneState.MET);
        MilestoneDates panel = milestone(state, Milestone.PANEL_RESPONSE);
        assertThat(panel.dueOn()).isEqualTo(CLOCK.panelResponseExpected(d("2024-05-24")));
        assertThat(panel.stateOn(d("2024-07-30"))).isEqualTo(MilestoneState.NOT_REQUIRED);
    }

    @Test
    void aSecondNotificationCannotHappen() {
        assertThatThrownBy(() -> RapidReviewState.checked(List.of(notified(), notified())))
                .isInstanceOf(CommandRefusedException.class)
                .hasMessage("rapid review RR-2024-01 was already notified");
    }

    @Test
    void aCorrectionInTheFactsIsNotCheckedAsAFact() {
        RapidReviewState state = RapidReviewState.checked(List.of(notified(),
                new RapidReviewFactCorrected(ID, 0, d("2020-01-01"), "reason", null)));
        assertThat(state.status()).isEqualTo(RapidReviewStatus.NOTIFIED);
    }

    @Test
    void eachFactNamesItsDateField() {
        assertThat(RapidReviewState.dateField(new RapidReviewMeetingHeld(ID, NOTIFIED, List.of()))).isEqualTo("heldOn");
        assertThat(RapidReviewState.dateField(new RapidReviewDecisionRecorded(ID, NOTIFIED, RapidReviewDecision.CSPR, "r"))).isEqualTo("decidedOn");
        assertThat(RapidReviewState.dateField(new RapidReviewFoundNotRequired(ID, NOTIFIED, NotRequiredBasis.OTHER, "r"))).isEqualTo("decidedOn");
        assertThat(RapidReviewState.dateField(submitted("2024-05-24"))).isEqualTo("submittedOn");
        assertThat(RapidReviewState.dateField(responded("2024-05-24", PanelResponse.AGREED))).isEqualTo("respondedOn");
        assertThat(RapidReviewState.dateField(notified())).isEqualTo("notifiedOn");
    }

    @Test
    void onlyMoreInformationLeavesTheSubmissionUnsettled() {
        assertThat(PanelResponse.MORE_INFORMATION_REQUESTED.isFinal()).isFalse();
        assertThat(PanelResponse.AGREED.isFinal()).isTrue();
        assertThat(PanelResponse.DISAGREED.isFinal()).isTrue();
        assertThat(PanelResponse.NATIONAL_REVIEW.isFinal()).isTrue();
    }

    @Test
    void everyFactCarriesItsBusinessDate() {
        assertThat(notified().on()).isEqualTo(NOTIFIED);
        assertThat(new RapidReviewMeetingHeld(ID, d("2024-05-14"), List.of()).on()).isEqualTo(d("2024-05-14"));
        assertThat(new RapidReviewDecisionRecorded(ID, d("2024-05-20"), RapidReviewDecision.CSPR, "r").on()).isEqualTo(d("2024-05-20"));
        assertThat(submitted("2024-05-24").on()).isEqualTo(d("2024-05-24"));
        assertThat(responded("2024-06-10", PanelResponse.AGREED).on()).isEqualTo(d("2024-06-10"));
        assertThat(new RapidReviewFoundNotRequired(ID, d("2024-05-10"), NotRequiredBasis.OTHER, "r").on()).isEqualTo(d("2024-05-10"));
        assertThat(new RapidReviewFactCorrected(ID, 1, d("2024-06-30"), "r", null).on()).isEqualTo(d("2024-06-30"));
    }
}
