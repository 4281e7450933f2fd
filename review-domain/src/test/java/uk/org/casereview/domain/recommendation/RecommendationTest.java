package uk.org.casereview.domain.recommendation;

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


class RecommendationTest {

    private static final String ID = "rec-1";
    private static final LocalDate TODAY = LocalDate.parse("2025-06-30");

    private AggregateTestFixture<Recommendation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Recommendation.class);
        fixture.registerInjectableResource(TestClocks.on("2025-06-30"));
        fixture.registerInjectableResource(ReferenceData.defaults());
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static RecommendationMade made() {
        return new RecommendationMade(ID, "pr-1", "3", "Health visitors see fathers and male carers", List.of("FATHERS_AND_MALE_CARERS"), d("2025-01-10"));
    }

    private static RecommendationAccepted accepted() {
        return new RecommendationAccepted(ID, d("2025-01-20"), null);
    }

    private static ActionAssigned assigned(String actionId) {
        return new ActionAssigned(ID, actionId, "Audit 50 case files", "COMMUNITY_HEALTH", "Head of health visiting", d("2025-02-01"), d("2025-05-31"));
    }

    private static ActionEvidenced evidenced(String actionId, String on) {
        return new ActionEvidenced(ID, actionId, d(on), "audit report", null);
    }

    private static ActionEvidenceAccepted evidenceAccepted(String actionId, String on) {
        return new ActionEvidenceAccepted(ID, actionId, d(on), null);
    }

    // --- making and responding

    @Test
    void aRecommendationIsMadeWithNumberTextAndThemes() {
        fixture.givenNoPriorActivity()
                .when(new MakeRecommendation(ID, "pr-1", "3", "Health visitors see fathers and male carers", List.of("FATHERS_AND_MALE_CARERS"), d("2025-01-10")))
                .expectEvents(made());
    }

    @Test
    void aRecommendationNeedsSourceNumberTextAndAtLeastOneKnownTheme() {
        fixture.givenNoPriorActivity()
                .when(new MakeRecommendation(ID, null, "3", "text", List.of("NEGLECT"), d("2025-01-10")))
                .expectException(InvalidCommandException.class).expectExceptionMessage("sourceId is required");
        fixture.givenNoPriorActivity()
                .when(new MakeRecommendation(ID, "pr-1", "", "text", List.of("NEGLECT"), d("2025-01-10")))
                .expectException(InvalidCommandException.class).expectExceptionMessage("number is required");
        fixture.givenNoPriorActivity()
                .when(new MakeRecommendation(ID, "pr-1", "3", null, List.of("NEGLECT"), d("2025-01-10")))
                .expectException(InvalidCommandException.class).expectExceptionMessage("text is required");
        fixture.givenNoPriorActivity()
                .when(new MakeRecommendation(ID, "pr-1", "3", "text", List.of(), d("2025-01-10")))
                .expectException(InvalidCommandException.class).expectExceptionMessage("themes needs at least one entry");
        fixture.givenNoPriorActivity()
                .when(new MakeRecommendation(ID, "pr-1", "3", "text", List.of("NEGLECT", "FOO"), d("2025-01-10")))
                .expectException(UnknownCodeException.class);
        fixture.givenNoPriorActivity()
                .when(new MakeRecommendation(ID, "pr-1", "3", "text", List.of("NEGLECT"), d("2025-07-01")))
                .expectException(InvalidCommandException.class).expectExceptionMessage("madeOn 2025-07-01 is in the future (today is 2025-06-30)");
    }

    @Test
    void acceptOrDeclineAndNotTheSameTwice() {
        fixture.given(made())
                .when(new RespondToRecommendation(ID, d("2025-01-20"), true, null))
                .expectEvents(accepted());
        fixture.given(made())
                .when(new RespondToRecommendation(ID, d("2025-01-20"), false, "already covered by the neglect strategy"))
                .expectEvents(new RecommendationDeclined(ID, d("2025-01-20"), "already covered by the neglect strategy"));
        fixture.given(made(), accepted())
                .when(new RespondToRecommendation(ID, d("2025-01-21"), true, "again"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("recommendation 3 was already accepted on 2025-01-20");
        fixture.given(made(), new RecommendationDeclined(ID, d("2025-01-20"), "covered elsewhere"))
                .when(new RespondToRecommendation(ID, d("2025-01-21"), false, "still covered"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("recommendation 3 was already declined on 2025-01-20");
        fixture.given(made())
                .when(new RespondToRecommendation(ID, d("2025-01-09"), true, null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("respondedOn 2025-01-09 is before the recommendation was made (2025-01-10)");
        fixture.given(made())
                .when(new RespondToRecommendation(ID, d("2025-01-20"), null, null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("accepted is required");
    }

    @Test
    void aDeclineNeedsARationale() {
        fixture.given(made())
                .when(new RespondToRecommendation(ID, d("2025-01-20"), false, ""))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("rationale is required")
                .expectNoEvents();
    }

    // --- actions

    @Test
    void actionsAreNumberedInTheOrderAssigned() {
        fixture.given(made(), accepted())
                .when(new AssignAction(ID, "Audit 50 case files", "COMMUNITY_HEALTH", "Head of health visiting", d("2025-02-01"), d("2025-05-31")))
                .expectEvents(assigned("1"))
                .expectResultMessagePayload("1");
        fixture.given(made(), accepted(), assigned("1"))
                .when(new AssignAction(ID, "Audit 50 case files", "COMMUNITY_HEALTH", "Head of health visiting", d("2025-02-01"), d("2025-05-31")))
                .expectEvents(assigned("2"))
                .expectResultMessagePayload("2");
    }

    @Test
    void actionsOnlyOnAnAcceptedRecommendation() {
        var assign = new AssignAction(ID, "Audit", "POLICE", "DI Smith", d("2025-02-01"), d("2025-05-31"));
        fixture.given(made())
                .when(assign)
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("an action cannot be assigned: recommendation 3 has not been accepted");
        fixture.given(made(), new RecommendationDeclined(ID, d("2025-01-20"), "covered elsewhere"))
                .when(assign)
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("an action cannot be assigned: recommendation 3 was declined on 2025-01-20");
    }

    @Test
    void anActionNeedsAKnownAgencyAnOwnerAndADueDateNotBeforeAssignment() {
        fixture.given(made(), accepted())
                .when(new AssignAction(ID, "Audit", "HOGWARTS", "DI Smith", d("2025-02-01"), d("2025-05-31")))
                .expectException(UnknownCodeException.class)
                .expectException(Matchers.<UnknownCodeException>predicate(e -> e.valid().contains("POLICE")));
        fixture.given(made(), accepted())
                .when(new AssignAction(ID, "Audit", "POLICE", "", d("2025-02-01"), d("2025-05-31")))
                .expectException(InvalidCommandException.class).expectExceptionMessage("owner is required");
        fixture.given(made(), accepted())
                .when(new AssignAction(ID, "Audit", "POLICE", "DI Smith", d("2025-02-01"), d("2025-01-31")))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("dueOn 2025-01-31 is before the action is assigned (2025-02-01)");
        fixture.given(made(), accepted())
                .when(new AssignAction(ID, "Audit", "POLICE", "DI Smith", d("2025-02-01"), null))
                .expectException(InvalidCommandException.class).expectExceptionMessage("dueOn is required");
        fixture.given(made(), accepted())
                .when(new AssignAction(ID, "Audit", "POLICE", "DI Smith", d("2025-01-19"), d("2025-03-01")))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("assignedOn 2025-01-19 is before the recommendation was accepted (2025-01-20)");
    }

    @Test
    void progressOnAnOpenAction() {
        fixture.given(made(), accepted(), assigned("1"))
                .when(new ReportActionProgress(ID, "1", d("2025-03-01"), "20 of 50 files audited"))
                .expectEvents(new ActionProgressReported(ID, "1", d("2025-03-01"), "20 of 50 files audited"));
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), evidenceAccepted("1", "2025-04-10"))
                .when(new ReportActionProgress(ID, "1", d("2025-04-11"), "more"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("progress cannot be reported: action 1 was completed on 2025-04-10");
        fixture.given(made(), accepted(), assigned("1"))
                .when(new ReportActionProgress(ID, "7", d("2025-03-01"), "note"))
                .expectException(NotFoundException.class)
                .expectExceptionMessage("recommendation 3 has no action 7");
        fixture.given(made(), accepted(), assigned("1"))
                .when(new ReportActionProgress(ID, "1", d("2025-03-01"), " "))
                .expectException(InvalidCommandException.class).expectExceptionMessage("note is required");
    }

    @Test
    void aDueDateRevisionKeepsTheOriginalAndNeedsAReasonAndADate() {
        fixture.given(made(), accepted(), assigned("1"))
                .when(new ReviseActionDueDate(ID, "1", d("2025-05-20"), d("2025-08-31"), "audit tool delayed by system change"))
                .expectEvents(new ActionDueDateRevised(ID, "1", d("2025-05-20"), d("2025-05-31"), d("2025-08-31"), "audit tool delayed by system change"));
        fixture.given(made(), accepted(), assigned("1"))
                .when(new ReviseActionDueDate(ID, "1", d("2025-05-20"), d("2025-08-31"), null))
                .expectException(InvalidCommandException.class).expectExceptionMessage("reason is required");
        fixture.given(made(), accepted(), assigned("1"))
                .when(new ReviseActionDueDate(ID, "1", null, d("2025-08-31"), "reason"))
                .expectException(InvalidCommandException.class).expectExceptionMessage("revisedOn is required");
        fixture.given(made(), accepted(), assigned("1"))
                .when(new ReviseActionDueDate(ID, "1", d("2025-05-20"), d("2025-05-31"), "reason"))
                .expectException(InvalidCommandException.class).expectExceptionMessage("action 1 is already due on 2025-05-31");
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), evidenceAccepted("1", "2025-04-10"))
                .when(new ReviseActionDueDate(ID, "1", d("2025-05-20"), d("2025-08-31"), "reason"))
                .expectException(CommandRefusedException.class);
    }

    @Test
    void aDueDateRevisionCannotComeBeforeTheAction() {
        fixture.given(made(), accepted(), assigned("1"))
                .when(new ReviseActionDueDate(ID, "1", d("2025-01-25"), d("2025-08-31"), "reason"))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("revisedOn 2025-01-25 is before action 1 was assigned (2025-02-01)")
                .expectNoEvents();
        fixture.given(made(), accepted(), assigned("1"))
                .when(new ReviseActionDueDate(ID, "1", d("2025-03-01"), d("2025-01-31"), "reason"))
                .expectException(InvalidCommandException.class)
                .expectException(Matchers.<InvalidCommandException>predicate(e -> "dueOn".equals(e.field())))
                .expectExceptionMessage("dueOn 2025-01-31 is before action 1 was assigned (2025-02-01)");
        fixture.given(made(), accepted(), assigned("1"))
                .when(new ReviseActionDueDate(ID, "1", d("2025-03-01"), d("2025-02-01"), "reason"))
                .expectEvents(new ActionDueDateRevised(ID, "1", d("2025-03-01"), d("2025-05-31"), d("2025-02-01"), "reason"));
    }

    @Test
    void aDueDateRevisionRecordedLateIsAcceptedInItsPlace() {
        fixture.given(made(), accepted(), assigned("1"),
                        new ActionDueDateRevised(ID, "1", d("2025-05-20"), d("2025-05-31"), d("2025-08-31"), "system change"))
                .when(new ReviseActionDueDate(ID, "1", d("2025-05-19"), d("2025-06-30"), "recorded late"))
                .expectEvents(new ActionDueDateRevised(ID, "1", d("2025-05-19"), d("2025-05-31"), d("2025-06-30"), "recorded late"));
    }

    @Test
    void evidenceOnlyOnAnOpenActionWithNothingPending() {
        fixture.given(made(), accepted(), assigned("1"))
                .when(new SubmitActionEvidence(ID, "1", d("2025-04-01"), "audit report", "https://sharepoint.example.org/audit.pdf"))
                .expectEvents(new ActionEvidenced(ID, "1", d("2025-04-01"), "audit report", "https://sharepoint.example.org/audit.pdf"));
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"))
                .when(new SubmitActionEvidence(ID, "1", d("2025-04-02"), "more", null))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("evidence cannot be submitted: action 1 already has evidence awaiting review, submitted on 2025-04-01");
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), evidenceAccepted("1", "2025-04-10"))
                .when(new SubmitActionEvidence(ID, "1", d("2025-04-11"), "more", null))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("evidence cannot be submitted: action 1 was completed on 2025-04-10");
        fixture.given(made(), accepted(), assigned("1"))
                .when(new SubmitActionEvidence(ID, "1", d("2025-04-01"), "report", "file://c:/secret"))
                .expectException(InvalidCommandException.class).expectExceptionMessage("link must be an http or https address");
    }

    @Test
    void evidenceReviewOnlyWhenEvidenceIsPending() {
        fixture.given(made(), accepted(), assigned("1"), assigned("2"), assigned("3"))
                .when(new ReviewActionEvidence(ID, "3", d("2025-04-10"), true, null))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("evidence cannot be reviewed: action 3 has no evidence pending");
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"))
                .when(new ReviewActionEvidence(ID, "1", d("2025-04-10"), true, "good audit"))
                .expectEvents(new ActionEvidenceAccepted(ID, "1", d("2025-04-10"), "good audit"));
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"))
                .when(new ReviewActionEvidence(ID, "1", d("2025-03-31"), true, null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("reviewedOn 2025-03-31 is before the evidence was submitted (2025-04-01)");
    }

    @Test
    void returnedEvidenceNeedsAReasonAndPutsTheActionBackInProgress() {
        var returned = new ActionEvidenceReturned(ID, "1", d("2025-04-10"), "audit sample too small");
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"))
                .when(new ReviewActionEvidence(ID, "1", d("2025-04-10"), false, null))
                .expectException(InvalidCommandException.class).expectExceptionMessage("comment is required");
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"))
                .when(new ReviewActionEvidence(ID, "1", d("2025-04-10"), false, "audit sample too small"))
                .expectEvents(returned);
        // back in progress: new evidence can be submitted, and it cannot be closed
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), returned)
                .when(new SubmitActionEvidence(ID, "1", d("2025-05-01"), "bigger audit", null))
                .expectSuccessfulHandlerExecution();
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), returned)
                .when(new SubmitActionEvidence(ID, "1", d("2025-04-09"), "bigger audit", null))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("evidence cannot be submitted: action 1 already has evidence awaiting review, submitted on 2025-04-01");
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), returned)
                .when(new CloseRecommendation(ID, d("2025-06-01"), "impact", null))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("recommendation 3 cannot be closed: 1 of its 1 actions are not complete or cancelled");
    }

    // --- cancellation and reassignment

    @Test
    void anActionIsCancelledWithAReason() {
        fixture.given(made(), accepted(), assigned("1"))
                .when(new CancelAction(ID, "1", d("2025-03-01"), "superseded by the neglect strategy"))
                .expectEvents(new ActionCancelled(ID, "1", d("2025-03-01"), "superseded by the neglect strategy"));
        fixture.given(made(), accepted(), assigned("1"))
                .when(new CancelAction(ID, "1", d("2025-03-01"), ""))
                .expectException(InvalidCommandException.class).expectExceptionMessage("reason is required");
        fixture.given(made(), accepted(), assigned("1"))
                .when(new CancelAction(ID, "1", null, "reason"))
                .expectException(InvalidCommandException.class).expectExceptionMessage("cancelledOn is required");
        fixture.given(made(), accepted(), assigned("1"))
                .when(new CancelAction(ID, "2", d("2025-03-01"), "reason"))
                .expectException(NotFoundException.class).expectExceptionMessage("recommendation 3 has no action 2");
        fixture.given(made(), accepted(), assigned("1"))
                .when(new CancelAction(ID, null, d("2025-03-01"), "reason"))
                .expectException(NotFoundException.class).expectExceptionMessage("recommendation 3 has no action null");
    }

    @Test
    void aCancelledActionTakesNoMoreFacts() {
        var cancelled = new ActionCancelled(ID, "1", d("2025-03-01"), "superseded");
        fixture.given(made(), accepted(), assigned("1"), cancelled)
                .when(new CancelAction(ID, "1", d("2025-03-02"), "again"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("it cannot be cancelled: action 1 was cancelled on 2025-03-01")
                .expectNoEvents();
        fixture.given(made(), accepted(), assigned("1"), cancelled)
                .when(new ReportActionProgress(ID, "1", d("2025-03-02"), "note"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("progress cannot be reported: action 1 was cancelled on 2025-03-01");
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), evidenceAccepted("1", "2025-04-10"))
                .when(new CancelAction(ID, "1", d("2025-04-11"), "reason"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("it cannot be cancelled: action 1 was completed on 2025-04-10");
    }

    @Test
    void aCancellationDatedBeforeTheActionWasAssignedNamesItsDate() {
        fixture.given(made(), accepted(), assigned("1"))
                .when(new CancelAction(ID, "1", d("2025-01-25"), "reason"))
                .expectException(InvalidCommandException.class)
                .expectException(Matchers.<InvalidCommandException>predicate(e -> "cancelledOn".equals(e.field())))
                .expectExceptionMessage("cancelledOn 2025-01-25 is before action 1 was assigned (2025-02-01)")
                .expectNoEvents();
    }

    @Test
    void anActionIsReassignedToAnotherAgencyOrOwner() {
        fixture.given(made(), accepted(), assigned("1"))
                .when(new ReassignAction(ID, "1", d("2025-03-01"), "ACUTE_HOSPITAL", "Named nurse", "health visiting moved to the trust"))
                .expectEvents(new ActionReassigned(ID, "1", d("2025-03-01"), "ACUTE_HOSPITAL", "Named nurse", "health visiting moved to the trust"));
        fixture.given(made(), accepted(), assigned("1"))
                .when(new ReassignAction(ID, "1", d("2025-03-01"), "COMMUNITY_HEALTH", "New head of health visiting", "post holder left"))
                .expectEvents(new ActionReassigned(ID, "1", d("2025-03-01"), "COMMUNITY_HEALTH", "New head of health visiting", "post holder left"));
        fixture.given(made(), accepted(), assigned("1"))
                .when(new ReassignAction(ID, "1", d("2025-03-01"), "COMMUNITY_HEALTH", "Head of health visiting", "no change"))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("action 1 is already held by Head of health visiting (COMMUNITY_HEALTH)")
                .expectNoEvents();
        fixture.given(made(), accepted(), assigned("1"))
                .when(new ReassignAction(ID, "1", d("2025-03-01"), "NARNIA", "owner", "reason"))
                .expectException(UnknownCodeException.class);
        fixture.given(made(), accepted(), assigned("1"))
                .when(new ReassignAction(ID, "1", d("2025-03-01"), "POLICE", "", "reason"))
                .expectException(InvalidCommandException.class).expectExceptionMessage("owner is required");
        fixture.given(made(), accepted(), assigned("1"))
                .when(new ReassignAction(ID, "1", d("2025-03-01"), "POLICE", "DI Smith", null))
                .expectException(InvalidCommandException.class).expectExceptionMessage("reason is required");
        fixture.given(made(), accepted(), assigned("1"), new ActionCancelled(ID, "1", d("2025-03-01"), "superseded"))
                .when(new ReassignAction(ID, "1", d("2025-03-02"), "POLICE", "DI Smith", "reason"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("it cannot be reassigned: action 1 was cancelled on 2025-03-01");
    }

    @Test
    void aReassignmentBackToTheFormerHolderIsAccepted() {
        fixture.given(made(), accepted(), assigned("1"), new ActionReassigned(ID, "1", d("2025-03-01"), "POLICE", "DI Smith", "moved"))
                .when(new ReassignAction(ID, "1", d("2025-04-01"), "COMMUNITY_HEALTH", "Head of health visiting", "moved back"))
                .expectEvents(new ActionReassigned(ID, "1", d("2025-04-01"), "COMMUNITY_HEALTH", "Head of health visiting", "moved back"));
    }

    // --- declining

    @Test
    void aDeclineIsRefusedWhileActionsAreOpen() {
        fixture.given(made(), accepted(), assigned("1"), assigned("2"))
                .when(new RespondToRecommendation(ID, d("2025-03-01"), false, "no longer needed"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("recommendation 3 cannot be declined: 2 of its actions are still open; complete or cancel them first")
                .expectNoEvents();
        fixture.given(made(), accepted(), assigned("1"), assigned("2"), new ActionCancelled(ID, "2", d("2025-02-15"), "superseded"))
                .when(new RespondToRecommendation(ID, d("2025-03-01"), false, "no longer needed"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("recommendation 3 cannot be declined: 1 of its actions is still open; complete or cancel them first");
    }

    @Test
    void aDeclineIsAcceptedOnceTheActionsAreCompleteOrCancelled() {
        fixture.given(made(), accepted(), assigned("1"), assigned("2"), evidenced("1", "2025-04-01"), evidenceAccepted("1", "2025-04-10"),
                        new ActionCancelled(ID, "2", d("2025-02-15"), "superseded"))
                .when(new RespondToRecommendation(ID, d("2025-04-20"), false, "no longer needed"))
                .expectEvents(new RecommendationDeclined(ID, d("2025-04-20"), "no longer needed"));
    }

    @Test
    void anAcceptAfterADeclineIsAccepted() {
        fixture.given(made(), new RecommendationDeclined(ID, d("2025-01-20"), "covered elsewhere"))
                .when(new RespondToRecommendation(ID, d("2025-02-20"), true, "the strategy was withdrawn"))
                .expectEvents(new RecommendationAccepted(ID, d("2025-02-20"), "the strategy was withdrawn"));
    }

    @Test
    void aDeclineAfterAnAcceptWithNoActionIsAccepted() {
        fixture.given(made(), accepted())
                .when(new RespondToRecommendation(ID, d("2025-01-21"), false, "changed our minds"))
                .expectEvents(new RecommendationDeclined(ID, d("2025-01-21"), "changed our minds"));
    }

    // --- closure

    @Test
    void closureNeedsAllActionsCompleteAndAnImpactStatement() {
        var closed = new RecommendationClosed(ID, d("2025-06-01"), "fathers now seen at 92% of new-birth visits", null);
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), evidenceAccepted("1", "2025-04-10"))
                .when(new CloseRecommendation(ID, d("2025-06-01"), "fathers now seen at 92% of new-birth visits", null))
                .expectEvents(closed);
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), evidenceAccepted("1", "2025-04-10"))
                .when(new CloseRecommendation(ID, d("2025-06-01"), "", null))
                .expectException(InvalidCommandException.class).expectExceptionMessage("impactStatement is required");
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), evidenceAccepted("1", "2025-04-10"))
                .when(new CloseRecommendation(ID, d("2025-04-09"), "impact", null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("closedOn 2025-04-09 is before the last action was completed (2025-04-10)");
        fixture.given(made(), accepted(), assigned("1"), assigned("2"), evidenced("1", "2025-04-01"), evidenceAccepted("1", "2025-04-10"))
                .when(new CloseRecommendation(ID, d("2025-06-01"), "impact", null))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("recommendation 3 cannot be closed: 1 of its 2 actions are not complete or cancelled");
        fixture.given(made())
                .when(new CloseRecommendation(ID, d("2025-06-01"), "impact", null))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("recommendation 3 cannot be closed: it has not been accepted");
    }

    @Test
    void closureWithNoActionNeedsARationale() {
        fixture.given(made(), accepted())
                .when(new CloseRecommendation(ID, d("2025-06-01"), "impact", null))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("recommendation 3 has no action: give the rationale for closing it (accepted as already in place)")
                .expectNoEvents();
        fixture.given(made(), accepted())
                .when(new CloseRecommendation(ID, d("2025-06-01"), "impact", "  "))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
        fixture.given(made(), accepted())
                .when(new CloseRecommendation(ID, d("2025-06-01"), "impact", "already in place: the 2024 protocol covers it"))
                .expectEvents(new RecommendationClosed(ID, d("2025-06-01"), "impact", "already in place: the 2024 protocol covers it"));
    }

    @Test
    void aClosureDatedBeforeTheFirstActionNamesItsDate() {
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), evidenceAccepted("1", "2025-04-10"))
                .when(new CloseRecommendation(ID, d("2025-01-25"), "impact", "in place"))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("closedOn 2025-01-25 is before action 1 was assigned (2025-02-01)")
                .expectNoEvents();
    }

    @Test
    void closureWithCancelledActionsIsAccepted() {
        fixture.given(made(), accepted(), assigned("1"), assigned("2"), evidenced("1", "2025-04-01"), evidenceAccepted("1", "2025-04-10"),
                        new ActionCancelled(ID, "2", d("2025-04-12"), "superseded"))
                .when(new CloseRecommendation(ID, d("2025-06-01"), "impact", null))
                .expectEvents(new RecommendationClosed(ID, d("2025-06-01"), "impact", null));
        fixture.given(made(), accepted(), assigned("1"), new ActionCancelled(ID, "1", d("2025-04-12"), "superseded"))
                .when(new CloseRecommendation(ID, d("2025-04-11"), "impact", null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("closedOn 2025-04-11 is before the last action was completed (2025-04-12)");
    }

    @Test
    void aClosureIsDatedNoEarlierThanTheLastActionSettled() {
        var completedFirst = List.<Object>of(made(), accepted(), assigned("1"), assigned("2"), evidenced("1", "2025-04-01"),
                evidenceAccepted("1", "2025-04-10"), new ActionCancelled(ID, "2", d("2025-04-12"), "superseded"));
        fixture.given(completedFirst)
                .when(new CloseRecommendation(ID, d("2025-04-11"), "impact", null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("closedOn 2025-04-11 is before the last action was completed (2025-04-12)");
        var cancelledFirst = List.<Object>of(made(), accepted(), assigned("1"), assigned("2"), new ActionCancelled(ID, "1", d("2025-04-12"), "superseded"),
                evidenced("2", "2025-04-01"), evidenceAccepted("2", "2025-04-10"));
        fixture.given(cancelledFirst)
                .when(new CloseRecommendation(ID, d("2025-04-11"), "impact", null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("closedOn 2025-04-11 is before the last action was completed (2025-04-12)");
        fixture.given(cancelledFirst)
                .when(new CloseRecommendation(ID, d("2025-04-12"), "impact", null))
                .expectEvents(new RecommendationClosed(ID, d("2025-04-12"), "impact", null));
    }

    @Test
    void nothingChangesAfterClosureOrDecline() {
        var history = List.<Object>of(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), evidenceAccepted("1", "2025-04-10"),
                new RecommendationClosed(ID, d("2025-06-01"), "impact", null));
        List<Object> commands = List.of(
                new AssignAction(ID, "more", "POLICE", "DI Smith", d("2025-06-02"), d("2025-07-01")),
                new ReportActionProgress(ID, "1", d("2025-06-02"), "note"),
                new ReviseActionDueDate(ID, "1", d("2025-06-02"), d("2025-07-01"), "reason"),
                new SubmitActionEvidence(ID, "1", d("2025-06-02"), "summary", null),
                new ReviewActionEvidence(ID, "1", d("2025-06-02"), true, null),
                new CloseRecommendation(ID, d("2025-06-02"), "again", null),
                new RespondToRecommendation(ID, d("2025-06-02"), true, null),
                new RespondToRecommendation(ID, d("2025-06-02"), false, "no"));
        for (Object command : commands) {
            fixture.given(history)
                    .when(command)
                    .expectException(CommandRefusedException.class)
                    .expectNoEvents();
        }
        fixture.given(history)
                .when(new AssignAction(ID, "more", "POLICE", "DI Smith", d("2025-06-02"), d("2025-07-01")))
                .expectExceptionMessage("an action cannot be assigned: recommendation 3 was closed on 2025-06-01; reopen it first");
        fixture.given(history)
                .when(new CloseRecommendation(ID, d("2025-06-02"), "again", null))
                .expectExceptionMessage("recommendation 3 was already closed on 2025-06-01");
        var declined = List.<Object>of(made(), new RecommendationDeclined(ID, d("2025-01-20"), "covered elsewhere"));
        fixture.given(declined)
                .when(new CloseRecommendation(ID, d("2025-06-02"), "impact", "in place"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("recommendation 3 cannot be closed: it has not been accepted");
    }

    // --- reopening and impact reviews

    private static List<Object> closedHistory() {
        return List.of(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), evidenceAccepted("1", "2025-04-10"),
                new RecommendationClosed(ID, d("2025-05-01"), "impact", null));
    }

    @Test
    void aClosedRecommendationCanBeReopened() {
        fixture.given(closedHistory())
                .when(new ReopenRecommendation(ID, d("2025-06-01"), "audit shows the change did not last"))
                .expectEvents(new RecommendationReopened(ID, d("2025-06-01"), "audit shows the change did not last"));
        fixture.given(closedHistory())
                .when(new ReopenRecommendation(ID, d("2025-06-01"), null))
                .expectException(InvalidCommandException.class).expectExceptionMessage("reason is required");
    }

    @Test
    void onlyAClosedRecommendationCanBeReopened() {
        fixture.given(made(), accepted())
                .when(new ReopenRecommendation(ID, d("2025-06-01"), "reason"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("recommendation 3 cannot be reopened: it is not closed")
                .expectNoEvents();
        var history = new java.util.ArrayList<>(closedHistory());
        history.add(new RecommendationReopened(ID, d("2025-06-01"), "did not last"));
        fixture.given(history)
                .when(new ReopenRecommendation(ID, d("2025-06-02"), "again"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("recommendation 3 cannot be reopened: it is not closed");
    }

    @Test
    void aReopenedRecommendationTakesNewActionsAndClosesAgain() {
        var history = new java.util.ArrayList<>(closedHistory());
        history.add(new RecommendationReopened(ID, d("2025-06-01"), "did not last"));
        fixture.given(history)
                .when(new AssignAction(ID, "Re-audit", "COMMUNITY_HEALTH", "Head of health visiting", d("2025-06-02"), d("2025-09-30")))
                .expectEvents(new ActionAssigned(ID, "2", "Re-audit", "COMMUNITY_HEALTH", "Head of health visiting", d("2025-06-02"), d("2025-09-30")))
                .expectResultMessagePayload("2");
        fixture.given(history)
                .when(new CloseRecommendation(ID, d("2025-06-10"), "closed again", null))
                .expectEvents(new RecommendationClosed(ID, d("2025-06-10"), "closed again", null));
    }

    @Test
    void anImpactReviewFollowsClosure() {
        fixture.given(closedHistory())
                .when(new RecordImpactReview(ID, d("2025-06-20"), "fathers still seen at 90% of visits", true))
                .expectEvents(new ImpactReviewed(ID, d("2025-06-20"), "fathers still seen at 90% of visits", true));
        fixture.given(closedHistory())
                .when(new RecordImpactReview(ID, d("2025-06-20"), "", true))
                .expectException(InvalidCommandException.class).expectExceptionMessage("finding is required");
        fixture.given(closedHistory())
                .when(new RecordImpactReview(ID, d("2025-06-20"), "finding", null))
                .expectException(InvalidCommandException.class).expectExceptionMessage("embedded is required");
        fixture.given(closedHistory())
                .when(new RecordImpactReview(ID, d("2025-04-20"), "finding", false))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("reviewedOn 2025-04-20 is before the recommendation was closed (2025-05-01)")
                .expectNoEvents();
        fixture.given(made(), accepted())
                .when(new RecordImpactReview(ID, d("2025-06-20"), "finding", false))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("an impact review needs a closed recommendation: recommendation 3 has not been closed")
                .expectNoEvents();
    }

    @Test
    void anImpactReviewOfAReopenedRecommendationIsAccepted() {
        var history = new java.util.ArrayList<>(closedHistory());
        history.add(new RecommendationReopened(ID, d("2025-06-01"), "did not last"));
        fixture.given(history)
                .when(new RecordImpactReview(ID, d("2025-06-20"), "not embedded", false))
                .expectEvents(new ImpactReviewed(ID, d("2025-06-20"), "not embedded", false));
    }

    @Test
    void aFactDatedBeforeTheRecommendationWasMadeIsRefused() {
        fixture.given(made())
                .when(new RespondToRecommendation(ID, d("2025-01-09"), false, "covered"))
                .expectException(InvalidCommandException.class)
                .expectException(Matchers.<InvalidCommandException>predicate(e -> "respondedOn".equals(e.field())))
                .expectExceptionMessage("respondedOn 2025-01-09 is before the recommendation was made (2025-01-10)");
    }

    // --- corrections

    private static RecommendationFactCorrected corrected(long sequence, String reason, RecommendationEvent replacement) {
        return new RecommendationFactCorrected(ID, sequence, TODAY, reason, replacement);
    }

    @Test
    void aCorrectionReplacesAFact() {
        fixture.given(made(), accepted(), assigned("1"))
                .when(new CorrectRecommendationFact(ID, 2L, "due date mistyped",
                        new AssignAction("ignored", "Audit 50 case files", "COMMUNITY_HEALTH", "Head of health visiting", d("2025-02-01"), d("2025-06-30"))))
                .expectEvents(corrected(2, "due date mistyped", new ActionAssigned(ID, "1", "Audit 50 case files", "COMMUNITY_HEALTH",
                        "Head of health visiting", d("2025-02-01"), d("2025-06-30"))));
    }

    @Test
    void everyKindOfFactCanBeReplaced() {
        fixture.given(made())
                .when(new CorrectRecommendationFact(ID, 0L, "text", new MakeRecommendation("ignored", "pr-1", "3", "Health visitors see fathers",
                        List.of("FATHERS_AND_MALE_CARERS"), d("2025-01-10"))))
                .expectEvents(corrected(0, "text", new RecommendationMade(ID, "pr-1", "3", "Health visitors see fathers",
                        List.of("FATHERS_AND_MALE_CARERS"), d("2025-01-10"))));
        fixture.given(made(), accepted())
                .when(new CorrectRecommendationFact(ID, 1L, "it was declined", new RespondToRecommendation(ID, d("2025-01-20"), false, "covered")))
                .expectEvents(corrected(1, "it was declined", new RecommendationDeclined(ID, d("2025-01-20"), "covered")));
        fixture.given(made(), accepted(), assigned("1"), new ActionProgressReported(ID, "1", d("2025-03-01"), "note"))
                .when(new CorrectRecommendationFact(ID, 3L, "typo", new ReportActionProgress(ID, "1", d("2025-03-01"), "a note")))
                .expectEvents(corrected(3, "typo", new ActionProgressReported(ID, "1", d("2025-03-01"), "a note")));
        fixture.given(made(), accepted(), assigned("1"), new ActionDueDateRevised(ID, "1", d("2025-05-20"), d("2025-05-31"), d("2025-08-31"), "r"))
                .when(new CorrectRecommendationFact(ID, 3L, "typo", new ReviseActionDueDate(ID, "1", d("2025-05-21"), d("2025-09-30"), "reason")))
                .expectEvents(corrected(3, "typo", new ActionDueDateRevised(ID, "1", d("2025-05-21"), d("2025-05-31"), d("2025-09-30"), "reason")));
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"))
                .when(new CorrectRecommendationFact(ID, 3L, "link", new SubmitActionEvidence(ID, "1", d("2025-04-01"), "audit", "https://x.example.org/a")))
                .expectEvents(corrected(3, "link", new ActionEvidenced(ID, "1", d("2025-04-01"), "audit", "https://x.example.org/a")));
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), evidenceAccepted("1", "2025-04-10"))
                .when(new CorrectRecommendationFact(ID, 4L, "it was returned", new ReviewActionEvidence(ID, "1", d("2025-04-10"), false, "too small")))
                .expectEvents(corrected(4, "it was returned", new ActionEvidenceReturned(ID, "1", d("2025-04-10"), "too small")));
        fixture.given(made(), accepted(), assigned("1"), new ActionCancelled(ID, "1", d("2025-03-01"), "r"))
                .when(new CorrectRecommendationFact(ID, 3L, "reason", new CancelAction(ID, "1", d("2025-03-02"), "superseded")))
                .expectEvents(corrected(3, "reason", new ActionCancelled(ID, "1", d("2025-03-02"), "superseded")));
        fixture.given(made(), accepted(), assigned("1"), new ActionReassigned(ID, "1", d("2025-03-01"), "POLICE", "DI Smith", "r"))
                .when(new CorrectRecommendationFact(ID, 3L, "owner", new ReassignAction(ID, "1", d("2025-03-01"), "POLICE", "DI Jones", "r")))
                .expectEvents(corrected(3, "owner", new ActionReassigned(ID, "1", d("2025-03-01"), "POLICE", "DI Jones", "r")));
        var closed = new java.util.ArrayList<>(closedHistory());
        fixture.given(closed)
                .when(new CorrectRecommendationFact(ID, 5L, "wording", new CloseRecommendation(ID, d("2025-05-01"), "better impact", null)))
                .expectEvents(corrected(5, "wording", new RecommendationClosed(ID, d("2025-05-01"), "better impact", null)));
        closed.add(new RecommendationReopened(ID, d("2025-06-01"), "r"));
        fixture.given(closed)
                .when(new CorrectRecommendationFact(ID, 6L, "reason", new ReopenRecommendation(ID, d("2025-06-01"), "did not last")))
                .expectEvents(corrected(6, "reason", new RecommendationReopened(ID, d("2025-06-01"), "did not last")));
        closed.add(new ImpactReviewed(ID, d("2025-06-20"), "f", true));
        fixture.given(closed)
                .when(new CorrectRecommendationFact(ID, 7L, "not embedded", new RecordImpactReview(ID, d("2025-06-20"), "f", false)))
                .expectEvents(corrected(7, "not embedded", new ImpactReviewed(ID, d("2025-06-20"), "f", false)));
    }

    @Test
    void aDeclineAndAReturnOfEvidenceCanBeReplacedToo() {
        fixture.given(made(), new RecommendationDeclined(ID, d("2025-01-20"), "covered"))
                .when(new CorrectRecommendationFact(ID, 1L, "it was accepted", new RespondToRecommendation(ID, d("2025-01-20"), true, null)))
                .expectEvents(corrected(1, "it was accepted", new RecommendationAccepted(ID, d("2025-01-20"), null)));
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), new ActionEvidenceReturned(ID, "1", d("2025-04-10"), "small"))
                .when(new CorrectRecommendationFact(ID, 4L, "it was accepted", new ReviewActionEvidence(ID, "1", d("2025-04-10"), true, "good")))
                .expectEvents(corrected(4, "it was accepted", new ActionEvidenceAccepted(ID, "1", d("2025-04-10"), "good")));
    }

    @Test
    void aReviewAfterReturnedEvidenceHasNothingToReview() {
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), new ActionEvidenceReturned(ID, "1", d("2025-04-05"), "small"))
                .when(new ReviewActionEvidence(ID, "1", d("2025-04-06"), true, null))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("evidence cannot be reviewed: action 1 has no evidence pending");
    }

    @Test
    void aClosedRecommendationIsReopenedBeforeItsResponseChanges() {
        fixture.given(closedHistory())
                .when(new RespondToRecommendation(ID, d("2025-06-02"), true, null))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("it cannot be accepted: recommendation 3 was closed on 2025-05-01; reopen it first");
        fixture.given(closedHistory())
                .when(new RespondToRecommendation(ID, d("2025-06-02"), false, "no"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("it cannot be declined: recommendation 3 was closed on 2025-05-01; reopen it first");
        fixture.given(closedHistory())
                .when(new ReviseActionDueDate(ID, "1", d("2025-06-02"), d("2025-07-01"), "reason"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("the due date cannot be revised: action 1 was completed on 2025-04-10");
        fixture.given(closedHistory())
                .when(new SubmitActionEvidence(ID, "1", d("2025-06-02"), "summary", null))
                .expectExceptionMessage("evidence cannot be submitted: action 1 was completed on 2025-04-10");
    }

    @Test
    void theSourceAndNumberCannotBeCorrected() {
        fixture.given(made())
                .when(new CorrectRecommendationFact(ID, 0L, "number", new MakeRecommendation(ID, "pr-1", "4", "text",
                        List.of("NEGLECT"), d("2025-01-10"))))
                .expectException(InvalidCommandException.class)
                .expectException(Matchers.<InvalidCommandException>predicate(e -> "number".equals(e.field())))
                .expectExceptionMessage("the source and number of a recommendation cannot be corrected: strike its facts out and make it again");
        fixture.given(made())
                .when(new CorrectRecommendationFact(ID, 0L, "source", new MakeRecommendation(ID, "pr-2", "3", "text",
                        List.of("NEGLECT"), d("2025-01-10"))))
                .expectException(InvalidCommandException.class)
                .expectException(Matchers.<InvalidCommandException>predicate(e -> "sourceId".equals(e.field())));
    }

    @Test
    void aCorrectionStrikesAFactOut() {
        fixture.given(made(), accepted(), assigned("1"))
                .when(new CorrectRecommendationFact(ID, 2L, "assigned on the wrong recommendation", null))
                .expectEvents(corrected(2, "assigned on the wrong recommendation", null));
    }

    @Test
    void aStruckOutActionKeepsItsNumberTaken() {
        fixture.given(made(), accepted(), assigned("1"), corrected(2, "wrong recommendation", null))
                .when(new AssignAction(ID, "Audit 50 case files", "COMMUNITY_HEALTH", "Head of health visiting", d("2025-02-01"), d("2025-05-31")))
                .expectEvents(assigned("2"));
        fixture.given(made(), accepted(), assigned("1"), corrected(2, "wrong recommendation", null))
                .when(new ReportActionProgress(ID, "1", d("2025-03-01"), "note"))
                .expectException(NotFoundException.class);
    }

    @Test
    void aCorrectionThatWouldMakeTheHistoryImpossibleIsRefusedAndRecordsNothing() {
        fixture.given(made(), accepted(), assigned("1"))
                .when(new CorrectRecommendationFact(ID, 1L, "never accepted", null))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("an action cannot be assigned: recommendation 3 has not been accepted")
                .expectNoEvents();
        fixture.given(made(), accepted(), assigned("1"))
                .when(new CorrectRecommendationFact(ID, 1L, "it was declined", new RespondToRecommendation(ID, d("2025-01-20"), false, "covered")))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
        fixture.given(made(), accepted())
                .when(new CorrectRecommendationFact(ID, 0L, "made later", new MakeRecommendation(ID, "pr-1", "3", "text",
                        List.of("NEGLECT"), d("2025-01-25"))))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("respondedOn 2025-01-20 is before the recommendation was made (2025-01-25)")
                .expectNoEvents();
    }

    @Test
    void correctingACorrectionIsRefused() {
        fixture.given(made(), accepted(), corrected(1, "wrong", null))
                .when(new CorrectRecommendationFact(ID, 2L, "undo", null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("fact 2 is itself a correction: correct fact 1 instead")
                .expectNoEvents();
    }

    @Test
    void theMakingCannotBeStruckOut() {
        fixture.given(made())
                .when(new CorrectRecommendationFact(ID, 0L, "never made", null))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("the making of recommendation 3 cannot be struck out; correct it instead")
                .expectNoEvents();
    }

    @Test
    void aCorrectionOfAnUnknownFactIsNotFound() {
        fixture.given(made())
                .when(new CorrectRecommendationFact(ID, 3L, "reason", null))
                .expectException(NotFoundException.class)
                .expectExceptionMessage("recommendation 3 has no fact 3");
    }

    @Test
    void aReplacementOfTheWrongKindIsRefused() {
        fixture.given(made(), accepted())
                .when(new CorrectRecommendationFact(ID, 1L, "reason", new CloseRecommendation(ID, d("2025-06-01"), "impact", "in place")))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("the replacement must have the fields of the request that recorded fact (a RecommendationAccepted)")
                .expectNoEvents();
        fixture.given(made(), accepted(), assigned("1"))
                .when(new CorrectRecommendationFact(ID, 2L, "reason", new CancelAction(ID, "1", d("2025-03-01"), "r")))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("the replacement must have the fields of the request that recorded fact (a ActionAssigned)");
    }

    @Test
    void aCorrectionNeedsASequenceAndAReason() {
        fixture.given(made())
                .when(new CorrectRecommendationFact(ID, null, "reason", null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("sequence is required");
        fixture.given(made(), accepted())
                .when(new CorrectRecommendationFact(ID, 1L, "", null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("reason is required");
    }
}
