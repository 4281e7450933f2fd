package uk.org.casereview.domain.recommendation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.casereview.domain.shared.CommandRefusedException;
import uk.org.casereview.domain.shared.InvalidCommandException;
import uk.org.casereview.domain.shared.NotFoundException;
import uk.org.casereview.domain.shared.ReferenceData;
import uk.org.casereview.domain.shared.TestClocks;
import uk.org.casereview.domain.shared.UnknownCodeException;

import java.time.LocalDate;
import java.util.List;


class RecommendationTest {

    private static final String ID = "rec-1";

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
    void acceptOrDeclineOnce() {
        fixture.given(made())
                .when(new RespondToRecommendation(ID, d("2025-01-20"), true, null))
                .expectEvents(accepted());
        fixture.given(made())
                .when(new RespondToRecommendation(ID, d("2025-01-20"), false, "already covered by the neglect strategy"))
                .expectEvents(new RecommendationDeclined(ID, d("2025-01-20"), "already covered by the neglect strategy"));
        fixture.given(made(), accepted())
                .when(new RespondToRecommendation(ID, d("2025-01-21"), false, "changed our minds"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("recommendation 3 was already accepted on 2025-01-20");
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
        fixture.given(made(), accepted(), assigned("1"),
                        new ActionDueDateRevised(ID, "1", d("2025-05-20"), d("2025-05-31"), d("2025-08-31"), "system change"))
                .when(new ReviseActionDueDate(ID, "1", d("2025-05-19"), d("2025-09-30"), "recorded late"))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("revisedOn 2025-05-19 is before the last revision of its due date (2025-05-20)");
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
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("submittedOn 2025-04-09 is before the last evidence was reviewed (2025-04-10)");
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), returned)
                .when(new CloseRecommendation(ID, d("2025-06-01"), "impact"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("recommendation 3 cannot be closed: 1 of its 1 actions are not complete");
    }

    // --- closure

    @Test
    void closureNeedsAllActionsCompleteAndAnImpactStatement() {
        var closed = new RecommendationClosed(ID, d("2025-06-01"), "fathers now seen at 92% of new-birth visits");
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), evidenceAccepted("1", "2025-04-10"))
                .when(new CloseRecommendation(ID, d("2025-06-01"), "fathers now seen at 92% of new-birth visits"))
                .expectEvents(closed);
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), evidenceAccepted("1", "2025-04-10"))
                .when(new CloseRecommendation(ID, d("2025-06-01"), ""))
                .expectException(InvalidCommandException.class).expectExceptionMessage("impactStatement is required");
        fixture.given(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), evidenceAccepted("1", "2025-04-10"))
                .when(new CloseRecommendation(ID, d("2025-04-09"), "impact"))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("closedOn 2025-04-09 is before the last action was completed (2025-04-10)");
        fixture.given(made(), accepted())
                .when(new CloseRecommendation(ID, d("2025-06-01"), "impact"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("recommendation 3 cannot be closed: it has no actions");
        fixture.given(made(), accepted(), assigned("1"), assigned("2"), evidenced("1", "2025-04-01"), evidenceAccepted("1", "2025-04-10"))
                .when(new CloseRecommendation(ID, d("2025-06-01"), "impact"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("recommendation 3 cannot be closed: 1 of its 2 actions are not complete");
        fixture.given(made())
                .when(new CloseRecommendation(ID, d("2025-06-01"), "impact"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("recommendation 3 cannot be closed: it has not been accepted");
    }

    @Test
    void nothingChangesAfterClosureOrDecline() {
        var history = List.<Object>of(made(), accepted(), assigned("1"), evidenced("1", "2025-04-01"), evidenceAccepted("1", "2025-04-10"),
                new RecommendationClosed(ID, d("2025-06-01"), "impact"));
        List<Object> commands = List.of(
                new AssignAction(ID, "more", "POLICE", "DI Smith", d("2025-06-02"), d("2025-07-01")),
                new ReportActionProgress(ID, "1", d("2025-06-02"), "note"),
                new ReviseActionDueDate(ID, "1", d("2025-06-02"), d("2025-07-01"), "reason"),
                new SubmitActionEvidence(ID, "1", d("2025-06-02"), "summary", null),
                new ReviewActionEvidence(ID, "1", d("2025-06-02"), true, null),
                new CloseRecommendation(ID, d("2025-06-02"), "again"),
                new RespondToRecommendation(ID, d("2025-06-02"), true, null));
        for (Object command : commands) {
            fixture.given(history)
                    .when(command)
                    .expectException(CommandRefusedException.class)
                    .expectNoEvents();
        }
        var declined = List.<Object>of(made(), new RecommendationDeclined(ID, d("2025-01-20"), "covered elsewhere"));
        fixture.given(declined)
                .when(new CloseRecommendation(ID, d("2025-06-02"), "impact"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("it cannot be closed: recommendation 3 was declined on 2025-01-20");
    }
}
