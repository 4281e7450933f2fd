package uk.org.casereview.domain.recommendation;

import org.junit.jupiter.api.Test;
import uk.org.casereview.domain.calendar.Rag;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.commandhandling.CommandRefusedException;
import uk.org.casereview.domain.commandhandling.InvalidCommandException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecommendationStateTest {

    private static final String ID = "rec-1";
    private static final StatutoryClock CLOCK = StatutoryClock.defaults();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static RecommendationMade made() {
        return new RecommendationMade(ID, "pr-1", "3", "Health visitors see fathers", List.of("FATHERS_AND_MALE_CARERS"), d("2025-01-10"));
    }

    private static RecommendationAccepted accepted() {
        return new RecommendationAccepted(ID, d("2025-01-20"), "agreed");
    }

    private static ActionAssigned assigned(String actionId, String on, String dueOn) {
        return new ActionAssigned(ID, actionId, "Audit " + actionId, "COMMUNITY_HEALTH", "Head of health visiting", d(on), d(dueOn));
    }

    private static ActionAssigned assigned(String actionId) {
        return assigned(actionId, "2025-02-01", "2025-05-31");
    }

    private static List<RecommendationEvent> completed(String actionId, String evidencedOn, String acceptedOn) {
        return List.of(new ActionEvidenced(ID, actionId, d(evidencedOn), "audit", null), new ActionEvidenceAccepted(ID, actionId, d(acceptedOn), "good"));
    }

    private static RecommendationState state(Object... facts) {
        List<RecommendationEvent> events = new ArrayList<>();
        events.add(made());
        for (Object fact : facts) {
            if (fact instanceof List<?> list) {
                list.forEach(e -> events.add((RecommendationEvent) e));
            } else {
                events.add((RecommendationEvent) fact);
            }
        }
        return RecommendationState.checked(events);
    }

    private static RecommendationClosed closed(String on) {
        return new RecommendationClosed(ID, d(on), "impact", null);
    }

    /** The record as it stands is not checked again: an irregular fact already recorded does not block the next one. */
    @Test
    void onlyTheFactsFromTheNewOneOnAreChecked() {
        // recorded by an earlier release: accepted twice (version 2 refuses a repeated acceptance)
        List<RecommendationEvent> events = List.of(made(), accepted(), new RecommendationAccepted(ID, d("2025-01-21"), "again"),
                assigned("1"));
        assertThatThrownBy(() -> RecommendationState.checked(events)).isInstanceOf(CommandRefusedException.class)
                .hasMessageContaining("already accepted");
        assertThatThrownBy(() -> RecommendationState.checked(events, 2)).isInstanceOf(CommandRefusedException.class);
        assertThat(RecommendationState.checked(events, 3).actions()).hasSize(1);
        assertThat(RecommendationState.checked(events, 4).status()).isEqualTo(RecommendationStatus.IN_PROGRESS);
    }

    @Test
    void anEmptyHistoryIsNoRecommendation() {
        RecommendationState state = RecommendationState.of(List.of());
        assertThat(state.exists()).isFalse();
        assertThat(state.recommendationId()).isNull();
        assertThat(state.number()).isNull();
        assertThat(state.madeOn()).isNull();
        assertThat(state.response()).isNull();
        assertThat(state.isAccepted()).isFalse();
        assertThat(state.worstRag(CLOCK, d("2025-01-01"))).isNull();
    }

    @Test
    void theStatusFollowsTheResponseAndTheActions() {
        assertThat(state().status()).isEqualTo(RecommendationStatus.MADE);
        assertThat(state(accepted()).status()).isEqualTo(RecommendationStatus.ACCEPTED);
        assertThat(state(new RecommendationDeclined(ID, d("2025-01-20"), "covered")).status()).isEqualTo(RecommendationStatus.DECLINED);
        assertThat(state(accepted(), assigned("1")).status()).isEqualTo(RecommendationStatus.IN_PROGRESS);
        assertThat(state(accepted(), assigned("1"), completed("1", "2025-04-01", "2025-04-10")).status())
                .isEqualTo(RecommendationStatus.ACTIONS_COMPLETE);
        assertThat(state(accepted(), assigned("1"), completed("1", "2025-04-01", "2025-04-10"), closed("2025-05-01")).status())
                .isEqualTo(RecommendationStatus.CLOSED);
    }

    @Test
    void cancelledActionsDoNotCount() {
        var cancelled = new ActionCancelled(ID, "2", d("2025-03-01"), "superseded");
        assertThat(state(accepted(), assigned("1"), assigned("2"), completed("1", "2025-04-01", "2025-04-10"), cancelled).status())
                .isEqualTo(RecommendationStatus.ACTIONS_COMPLETE);
        assertThat(state(accepted(), assigned("2"), cancelled).status()).as("every action cancelled").isEqualTo(RecommendationStatus.ACCEPTED);
        assertThat(state(accepted(), assigned("1"), assigned("2"), cancelled).status()).isEqualTo(RecommendationStatus.IN_PROGRESS);
    }

    @Test
    void aReopenedRecommendationIsInProgressUntilClosedAgain() {
        var reopened = new RecommendationReopened(ID, d("2025-06-01"), "did not last");
        RecommendationState state = state(accepted(), assigned("1"), completed("1", "2025-04-01", "2025-04-10"), closed("2025-05-01"), reopened);
        assertThat(state.status()).isEqualTo(RecommendationStatus.IN_PROGRESS);
        assertThat(state.closure()).isNull();
        assertThat(state.closures()).hasSize(1);
        assertThat(state.reopenings()).containsExactly(new RecommendationState.Reopening(d("2025-06-01"), "did not last"));
        assertThat(state(accepted(), closedWithRationale("2025-05-01"), reopened).status()).isEqualTo(RecommendationStatus.IN_PROGRESS);
        RecommendationState again = state(accepted(), assigned("1"), completed("1", "2025-04-01", "2025-04-10"), closed("2025-05-01"), reopened,
                assigned("2", "2025-06-02", "2025-09-30"), completed("2", "2025-06-10", "2025-06-12"));
        assertThat(again.status()).as("its new actions complete").isEqualTo(RecommendationStatus.ACTIONS_COMPLETE);
        RecommendationState closedAgain = state(accepted(), assigned("1"), completed("1", "2025-04-01", "2025-04-10"), closed("2025-05-01"), reopened,
                closed("2025-06-10"));
        assertThat(closedAgain.status()).isEqualTo(RecommendationStatus.CLOSED);
        assertThat(closedAgain.closures()).hasSize(2);
        assertThat(closedAgain.closure().closedOn()).isEqualTo(d("2025-06-10"));
        RecommendationState declinedAfterReopening = state(accepted(), closedWithRationale("2025-05-01"), reopened,
                new RecommendationDeclined(ID, d("2025-06-05"), "no longer relevant"));
        assertThat(declinedAfterReopening.status()).isEqualTo(RecommendationStatus.DECLINED);
    }

    private static RecommendationClosed closedWithRationale(String on) {
        return new RecommendationClosed(ID, d(on), "impact", "already in place");
    }

    @Test
    void theStateTellsItsFacts() {
        var impact = new ImpactReviewed(ID, d("2025-06-20"), "embedded", true);
        RecommendationState state = state(new RecommendationDeclined(ID, d("2025-01-15"), "covered"), accepted(), closedWithRationale("2025-05-01"), impact);
        assertThat(state.exists()).isTrue();
        assertThat(state.recommendationId()).isEqualTo(ID);
        assertThat(state.sourceId()).isEqualTo("pr-1");
        assertThat(state.number()).isEqualTo("3");
        assertThat(state.text()).isEqualTo("Health visitors see fathers");
        assertThat(state.themes()).containsExactly("FATHERS_AND_MALE_CARERS");
        assertThat(state.madeOn()).isEqualTo(d("2025-01-10"));
        assertThat(state.responses()).containsExactly(new RecommendationState.Response(d("2025-01-15"), false, "covered"),
                new RecommendationState.Response(d("2025-01-20"), true, "agreed"));
        assertThat(state.response().accepted()).as("the latest response counts").isTrue();
        assertThat(state.isAccepted()).isTrue();
        assertThat(state.closure()).isEqualTo(new RecommendationState.Closure(d("2025-05-01"), "impact", "already in place"));
        assertThat(state.impactReviews()).containsExactly(new RecommendationState.ImpactReview(d("2025-06-20"), "embedded", true));
        assertThat(state.actions()).isEmpty();
        assertThat(state.hasAction("1")).isFalse();
        assertThat(state.actionOrNull("1")).isNull();
        RecommendationState withActions = state(accepted(), assigned("1"), assigned("2"));
        assertThat(withActions.actions()).extracting(ActionState::actionId).containsExactly("1", "2");
        assertThat(withActions.hasAction("2")).isTrue();
    }

    @Test
    void theFoldStepsOnTheSameState() {
        RecommendationState state = RecommendationState.of(List.of(made()));
        assertThat(state.evolve(accepted())).isSameAs(state);
        assertThat(state.evolve(assigned("1"))).isSameAs(state);
        assertThat(state.evolve(new ActionProgressReported(ID, "9", d("2025-03-01"), "no such action"))).isSameAs(state);
        assertThat(state.evolve(new RecommendationFactCorrected(ID, 1, d("2025-06-30"), "r", null))).isSameAs(state);
        assertThat(state.status()).isEqualTo(RecommendationStatus.IN_PROGRESS);
    }

    @Test
    void anActionGoesFromAssignedToComplete() {
        var progress = new ActionProgressReported(ID, "1", d("2025-03-01"), "20 of 50");
        var moreProgress = new ActionProgressReported(ID, "1", d("2025-03-05"), "30 of 50");
        var evidence = new ActionEvidenced(ID, "1", d("2025-04-01"), "audit", "https://x.example.org/a");
        var returned = new ActionEvidenceReturned(ID, "1", d("2025-04-05"), "too small");
        var evidenceAgain = new ActionEvidenced(ID, "1", d("2025-04-08"), "bigger audit", null);
        var acceptedEvidence = new ActionEvidenceAccepted(ID, "1", d("2025-04-10"), "good");

        assertThat(state(accepted(), assigned("1")).actionOrNull("1").status()).isEqualTo(ActionStatus.ASSIGNED);
        assertThat(state(accepted(), assigned("1"), progress).actionOrNull("1").status()).isEqualTo(ActionStatus.IN_PROGRESS);
        ActionState pending = state(accepted(), assigned("1"), progress, moreProgress, evidence).actionOrNull("1");
        assertThat(pending.status()).isEqualTo(ActionStatus.EVIDENCE_SUBMITTED);
        assertThat(pending.pendingEvidenceOn()).isEqualTo(d("2025-04-01"));
        assertThat(pending.isOpen()).isTrue();
        ActionState back = state(accepted(), assigned("1"), evidence, returned).actionOrNull("1");
        assertThat(back.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(back.pendingEvidenceOn()).isNull();
        assertThat(back.completedOn()).isNull();
        ActionState done = state(accepted(), assigned("1"), progress, moreProgress, evidence, returned, evidenceAgain, acceptedEvidence).actionOrNull("1");
        assertThat(done.status()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(done.completedOn()).isEqualTo(d("2025-04-10"));
        assertThat(done.settledOn()).isEqualTo(d("2025-04-10"));
        assertThat(done.isOpen()).isFalse();
        assertThat(done.progress()).containsExactly(new ActionState.Progress(d("2025-03-01"), "20 of 50"), new ActionState.Progress(d("2025-03-05"), "30 of 50"));
        assertThat(done.evidence()).containsExactly(
                new ActionState.Evidence(d("2025-04-01"), "audit", "https://x.example.org/a", d("2025-04-05"), false, "too small"),
                new ActionState.Evidence(d("2025-04-08"), "bigger audit", null, d("2025-04-10"), true, "good"));
        assertThat(done.actionId()).isEqualTo("1");
        assertThat(done.description()).isEqualTo("Audit 1");
        assertThat(done.assignedOn()).isEqualTo(d("2025-02-01"));
    }

    @Test
    void progressAfterReturnedEvidenceKeepsTheActionInProgress() {
        var evidence = new ActionEvidenced(ID, "1", d("2025-04-01"), "audit", null);
        var returned = new ActionEvidenceReturned(ID, "1", d("2025-04-05"), "too small");
        var progress = new ActionProgressReported(ID, "1", d("2025-04-06"), "more");
        assertThat(state(accepted(), assigned("1"), evidence, progress).actionOrNull("1").status())
                .as("progress while evidence is pending").isEqualTo(ActionStatus.EVIDENCE_SUBMITTED);
        assertThat(state(accepted(), assigned("1"), evidence, returned, progress).actionOrNull("1").status()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void aDueDateRevisionKeepsTheOriginalAndTheChain() {
        ActionState action = state(accepted(), assigned("1"),
                new ActionDueDateRevised(ID, "1", d("2025-05-20"), d("2025-05-31"), d("2025-08-31"), "system change"),
                new ActionDueDateRevised(ID, "1", d("2025-08-01"), d("2025-08-31"), d("2025-09-30"), "staff")).actionOrNull("1");
        assertThat(action.originalDueOn()).isEqualTo(d("2025-05-31"));
        assertThat(action.dueOn()).isEqualTo(d("2025-09-30"));
        assertThat(action.lastRevisedOn()).isEqualTo(d("2025-08-01"));
        assertThat(action.revisions()).containsExactly(
                new ActionState.Revision(d("2025-05-20"), d("2025-05-31"), d("2025-08-31"), "system change"),
                new ActionState.Revision(d("2025-08-01"), d("2025-08-31"), d("2025-09-30"), "staff"));
        assertThat(state(accepted(), assigned("1")).actionOrNull("1").lastRevisedOn()).isNull();
    }

    @Test
    void aReassignmentKeepsWhoHeldTheAction() {
        ActionState action = state(accepted(), assigned("1"),
                new ActionReassigned(ID, "1", d("2025-03-01"), "ACUTE_HOSPITAL", "Named nurse", "service moved")).actionOrNull("1");
        assertThat(action.agency()).isEqualTo("ACUTE_HOSPITAL");
        assertThat(action.owner()).isEqualTo("Named nurse");
        assertThat(action.reassignments()).containsExactly(new ActionState.Reassignment(d("2025-03-01"), "COMMUNITY_HEALTH",
                "Head of health visiting", "ACUTE_HOSPITAL", "Named nurse", "service moved"));
    }

    @Test
    void aCancelledActionIsSettledAndItsRagIsCancelled() {
        ActionState action = state(accepted(), assigned("1"), new ActionCancelled(ID, "1", d("2025-03-01"), "superseded")).actionOrNull("1");
        assertThat(action.status()).isEqualTo(ActionStatus.CANCELLED);
        assertThat(action.cancelledOn()).isEqualTo(d("2025-03-01"));
        assertThat(action.cancellationReason()).isEqualTo("superseded");
        assertThat(action.settledOn()).isEqualTo(d("2025-03-01"));
        assertThat(action.completedOn()).isNull();
        assertThat(action.isOpen()).isFalse();
        assertThat(action.rag(CLOCK, d("2025-07-01"))).as("never overdue").isEqualTo(Rag.CANCELLED);
        assertThat(action.rag(CLOCK, d("2025-02-28"))).as("before its cancellation").isEqualTo(Rag.GREEN);
    }

    @Test
    void theRagOfAnActionAsOfADate() {
        ActionState action = state(accepted(), assigned("1"), completed("1", "2025-06-01", "2025-06-10")).actionOrNull("1");
        assertThat(action.rag(CLOCK, d("2025-04-01"))).isEqualTo(Rag.GREEN);
        assertThat(action.rag(CLOCK, d("2025-05-10"))).isEqualTo(Rag.AMBER);
        assertThat(action.rag(CLOCK, d("2025-06-05"))).isEqualTo(Rag.RED);
        assertThat(action.rag(CLOCK, d("2025-06-10"))).isEqualTo(Rag.COMPLETE);
    }

    @Test
    void theWorstRagOfTheActions() {
        var cancelled = new ActionCancelled(ID, "1", d("2025-03-01"), "superseded");
        assertThat(state(accepted()).worstRag(CLOCK, d("2025-04-01"))).isNull();
        assertThat(state(accepted(), assigned("1"), cancelled).worstRag(CLOCK, d("2025-04-01"))).isEqualTo(Rag.CANCELLED);
        assertThat(state(accepted(), assigned("1"), cancelled, assigned("2"), completed("2", "2025-03-02", "2025-03-03"))
                .worstRag(CLOCK, d("2025-04-01"))).isEqualTo(Rag.COMPLETE);
        assertThat(state(accepted(), assigned("1"), completed("1", "2025-03-02", "2025-03-03"), assigned("2", "2025-02-01", "2025-12-31"))
                .worstRag(CLOCK, d("2025-04-01"))).isEqualTo(Rag.GREEN);
        assertThat(state(accepted(), assigned("1", "2025-02-01", "2025-12-31"), assigned("2", "2025-02-01", "2025-04-10"),
                assigned("3", "2025-02-01", "2025-12-31")).worstRag(CLOCK, d("2025-04-01"))).isEqualTo(Rag.AMBER);
        assertThat(state(accepted(), assigned("1", "2025-02-01", "2025-04-10"), assigned("2", "2025-02-01", "2025-03-10"),
                assigned("3", "2025-02-01", "2025-04-10")).worstRag(CLOCK, d("2025-04-01"))).isEqualTo(Rag.RED);
    }

    @Test
    void actionsAreEqualWhenTheSameFactsLeaveThemTheSame() {
        ActionState one = state(accepted(), assigned("1"), new ActionProgressReported(ID, "1", d("2025-03-01"), "note")).actionOrNull("1");
        ActionState same = state(accepted(), assigned("1"), new ActionProgressReported(ID, "1", d("2025-03-01"), "note")).actionOrNull("1");
        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo("1").isNotEqualTo(null);
        List<ActionState> others = List.of(
                state(accepted(), assigned("1")).actionOrNull("1"),
                state(accepted(), assigned("1"), new ActionProgressReported(ID, "1", d("2025-03-01"), "other note")).actionOrNull("1"),
                state(accepted(), assigned("1"), new ActionProgressReported(ID, "1", d("2025-03-01"), "note"),
                        new ActionReassigned(ID, "1", d("2025-03-02"), "POLICE", "Head of health visiting", "r")).actionOrNull("1"),
                state(accepted(), assigned("1"), new ActionProgressReported(ID, "1", d("2025-03-01"), "note"),
                        new ActionReassigned(ID, "1", d("2025-03-02"), "COMMUNITY_HEALTH", "Someone else", "r")).actionOrNull("1"),
                state(accepted(), assigned("1"), new ActionProgressReported(ID, "1", d("2025-03-01"), "note"),
                        new ActionDueDateRevised(ID, "1", d("2025-03-02"), d("2025-05-31"), d("2025-06-30"), "r")).actionOrNull("1"),
                state(accepted(), assigned("1"), new ActionProgressReported(ID, "1", d("2025-03-01"), "note"),
                        new ActionEvidenced(ID, "1", d("2025-03-02"), "s", null)).actionOrNull("1"),
                state(accepted(), assigned("1"), new ActionProgressReported(ID, "1", d("2025-03-01"), "note"),
                        new ActionCancelled(ID, "1", d("2025-03-02"), "r")).actionOrNull("1"));
        for (ActionState other : others) {
            assertThat(one).isNotEqualTo(other);
        }
        ActionState cancelled = state(accepted(), assigned("1"), new ActionCancelled(ID, "1", d("2025-03-02"), "r")).actionOrNull("1");
        assertThat(cancelled).isNotEqualTo(state(accepted(), assigned("1"), new ActionCancelled(ID, "1", d("2025-03-03"), "r")).actionOrNull("1"))
                .isNotEqualTo(state(accepted(), assigned("1"), new ActionCancelled(ID, "1", d("2025-03-02"), "other")).actionOrNull("1"));
        ActionState complete = state(accepted(), assigned("1"), completed("1", "2025-03-02", "2025-03-03")).actionOrNull("1");
        ActionState returned = state(accepted(), assigned("1"), new ActionEvidenced(ID, "1", d("2025-03-02"), "audit", null),
                new ActionEvidenceReturned(ID, "1", d("2025-03-03"), "good")).actionOrNull("1");
        assertThat(complete).isNotEqualTo(returned);
        assertThat(complete.hashCode()).isNotEqualTo(returned.hashCode());
    }

    @Test
    void aFactOfAnActionDatedBeforeItsAssignmentIsPassedOverByTheFoldAndNamedByTheCheck() {
        var early = new ActionProgressReported(ID, "1", d("2025-01-25"), "note");
        RecommendationState folded = RecommendationState.of(List.of(made(), accepted(), early, assigned("1")));
        assertThat(folded.actionOrNull("1").progress()).isEmpty();
        assertThatThrownBy(() -> RecommendationState.checked(List.of(made(), accepted(), early, assigned("1"))))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessage("reportedOn 2025-01-25 is before action 1 was assigned (2025-02-01)");
        var review = new ActionEvidenceAccepted(ID, "1", d("2025-03-01"), "good");
        assertThat(RecommendationState.of(List.of(made(), accepted(), assigned("1"), review)).actionOrNull("1").status())
                .isEqualTo(ActionStatus.ASSIGNED);
    }

    @Test
    void aSecondMakingCannotHappenAndNothingComesBeforeIt() {
        assertThatThrownBy(() -> RecommendationState.checked(List.of(made(), made())))
                .isInstanceOf(CommandRefusedException.class)
                .hasMessage("recommendation 3 was already made");
        assertThatThrownBy(() -> RecommendationState.checked(List.of(accepted(), made())))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessage("respondedOn 2025-01-20 is before the recommendation was made (2025-01-10)");
        assertThatThrownBy(() -> RecommendationState.checked(List.of(made(), new RecommendationAccepted(ID, d("2025-01-09"), null))))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessage("respondedOn 2025-01-09 is before the recommendation was made (2025-01-10)");
        RecommendationState sameDay = RecommendationState.checked(List.of(made(), new RecommendationAccepted(ID, d("2025-01-10"), null)));
        assertThat(sameDay.isAccepted()).isTrue();
    }

    @Test
    void aCorrectionInTheFactsIsNotCheckedAsAFact() {
        RecommendationState state = RecommendationState.checked(List.of(made(), new RecommendationFactCorrected(ID, 0, d("2020-01-01"), "r", null)));
        assertThat(state.status()).isEqualTo(RecommendationStatus.MADE);
    }

    @Test
    void anActionNumberIsUsedOnce() {
        assertThatThrownBy(() -> state(accepted(), assigned("1"), assigned("1")))
                .isInstanceOf(CommandRefusedException.class)
                .hasMessage("recommendation 3 already has an action 1");
    }

    @Test
    void eachFactNamesItsDateFieldAndItsAction() {
        List<RecommendationEvent> actionFacts = List.of(new ActionProgressReported(ID, "1", d("2025-03-01"), "n"),
                new ActionDueDateRevised(ID, "1", d("2025-03-02"), d("2025-05-31"), d("2025-06-30"), "r"),
                new ActionEvidenced(ID, "1", d("2025-03-03"), "s", null), new ActionEvidenceAccepted(ID, "1", d("2025-03-04"), null),
                new ActionEvidenceReturned(ID, "1", d("2025-03-05"), "r"), new ActionCancelled(ID, "1", d("2025-03-06"), "r"),
                new ActionReassigned(ID, "1", d("2025-03-07"), "POLICE", "o", "r"));
        assertThat(actionFacts).extracting(RecommendationState::dateField)
                .containsExactly("reportedOn", "revisedOn", "submittedOn", "reviewedOn", "reviewedOn", "cancelledOn", "reassignedOn");
        assertThat(actionFacts).allMatch(RecommendationState::isOfAnAction).extracting(RecommendationState::actionIdOf).containsOnly("1");
        assertThat(actionFacts).extracting(RecommendationEvent::on).containsExactly(d("2025-03-01"), d("2025-03-02"), d("2025-03-03"),
                d("2025-03-04"), d("2025-03-05"), d("2025-03-06"), d("2025-03-07"));
        List<RecommendationEvent> others = List.of(made(), accepted(), new RecommendationDeclined(ID, d("2025-01-21"), "r"), assigned("1"),
                closed("2025-05-01"), new RecommendationReopened(ID, d("2025-05-02"), "r"), new ImpactReviewed(ID, d("2025-05-03"), "f", true));
        assertThat(others).extracting(RecommendationState::dateField)
                .containsExactly("madeOn", "respondedOn", "respondedOn", "assignedOn", "closedOn", "reopenedOn", "reviewedOn");
        assertThat(others).noneMatch(RecommendationState::isOfAnAction);
        assertThat(others).extracting(RecommendationEvent::on).containsExactly(d("2025-01-10"), d("2025-01-20"), d("2025-01-21"), d("2025-02-01"),
                d("2025-05-01"), d("2025-05-02"), d("2025-05-03"));
        assertThat(new RecommendationFactCorrected(ID, 1, d("2025-06-30"), "r", null).on()).isEqualTo(d("2025-06-30"));
        assertThatThrownBy(() -> RecommendationState.actionIdOf(made())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settledStatuses() {
        assertThat(RecommendationStatus.CLOSED.isSettled()).isTrue();
        assertThat(RecommendationStatus.DECLINED.isSettled()).isTrue();
        assertThat(RecommendationStatus.IN_PROGRESS.isSettled()).isFalse();
        assertThat(RecommendationStatus.ACTIONS_COMPLETE.isSettled()).isFalse();
        assertThat(ActionStatus.COMPLETE.isSettled()).isTrue();
        assertThat(ActionStatus.CANCELLED.isSettled()).isTrue();
        assertThat(ActionStatus.EVIDENCE_SUBMITTED.isSettled()).isFalse();
        assertThat(ActionStatus.ASSIGNED.isSettled()).isFalse();
    }
}
