package uk.org.casereview.domain.practicereview;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.casereview.domain.shared.CommandRefusedException;
import uk.org.casereview.domain.shared.InvalidCommandException;
import uk.org.casereview.domain.shared.ReferenceData;
import uk.org.casereview.domain.shared.TestClocks;
import uk.org.casereview.domain.shared.UnknownCodeException;

import java.time.LocalDate;
import java.util.List;

class PracticeReviewTest {

    private static final String ID = "pr-1";
    private static final String URL = "https://lscp.example.org/reviews/child-r";

    private AggregateTestFixture<PracticeReview> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PracticeReview.class);
        fixture.registerInjectableResource(TestClocks.on("2025-03-31"));
        fixture.registerInjectableResource(ReferenceData.defaults());
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static PracticeReviewCommissioned commissioned() {
        return new PracticeReviewCommissioned(ID, "CSPR-2024-01", PracticeReviewKind.CSPR, "rr-1", "Child R",
                d("2024-06-03"), List.of("Child R"), List.of("NEGLECT"));
    }

    private static ReviewerAppointed appointed() {
        return new ReviewerAppointed(ID, "Jane Reviewer", d("2024-06-20"));
    }

    private static FinalReportSent reportSent() {
        return new FinalReportSent(ID, d("2024-11-20"));
    }

    @Test
    void commissioningRecordsTheDecisionToInitiate() {
        fixture.givenNoPriorActivity()
                .when(new CommissionPracticeReview(ID, "CSPR-2024-01", PracticeReviewKind.CSPR, "rr-1", "Child R",
                        d("2024-06-03"), List.of("Child R"), List.of("NEGLECT")))
                .expectEvents(commissioned());
    }

    @Test
    void commissioningNeedsAKindATitleAndKnownThemes() {
        fixture.givenNoPriorActivity()
                .when(new CommissionPracticeReview(ID, "CSPR-2024-01", null, null, "Child R", d("2024-06-03"), List.of(), List.of()))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("kind is required");
        fixture.givenNoPriorActivity()
                .when(new CommissionPracticeReview(ID, "CSPR-2024-01", PracticeReviewKind.CSPR, null, "", d("2024-06-03"), List.of(), List.of()))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("title is required");
        fixture.givenNoPriorActivity()
                .when(new CommissionPracticeReview(ID, "CSPR-2024-01", PracticeReviewKind.CSPR, null, "Child R", d("2024-06-03"), List.of(), List.of("GOSSIP")))
                .expectException(UnknownCodeException.class);
        fixture.givenNoPriorActivity()
                .when(new CommissionPracticeReview(ID, "SCR-2017-02", PracticeReviewKind.SERIOUS_CASE_REVIEW, null, "Family T",
                        d("2017-09-01"), List.of("Child T"), List.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aReviewerIsAppointedAfterTheDecisionAndBeforeTheFinalReport() {
        fixture.given(commissioned())
                .when(new AppointReviewer(ID, "Jane Reviewer", d("2024-06-20")))
                .expectEvents(appointed());
        fixture.given(commissioned())
                .when(new AppointReviewer(ID, "Jane Reviewer", d("2024-06-01")))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("appointedOn 2024-06-01 is before the decision to initiate the review (2024-06-03)");
        fixture.given(commissioned(), appointed(), reportSent())
                .when(new AppointReviewer(ID, "Another Reviewer", d("2024-12-01")))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("a reviewer cannot be appointed: the final report of CSPR-2024-01 was sent on 2024-11-20");
        fixture.given(commissioned())
                .when(new AppointReviewer(ID, " ", d("2024-06-20")))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("reviewer is required");
    }

    @Test
    void aDelayNeedsAReason() {
        fixture.given(commissioned(), appointed())
                .when(new RecordPublicationDelay(ID, d("2024-11-01"), "criminal trial listed for March 2025", d("2025-04-30")))
                .expectEvents(new PublicationDelayRecorded(ID, d("2024-11-01"), "criminal trial listed for March 2025", d("2025-04-30")));
        fixture.given(commissioned())
                .when(new RecordPublicationDelay(ID, d("2024-11-01"), "", null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("reason is required");
        fixture.given(commissioned())
                .when(new RecordPublicationDelay(ID, d("2024-11-01"), "inquest", d("2024-10-01")))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("expectedOn 2024-10-01 is before the date the delay was recorded (2024-11-01)");
        fixture.given(commissioned())
                .when(new RecordPublicationDelay(ID, d("2024-11-01"), "inquest date not yet set", null))
                .expectEvents(new PublicationDelayRecorded(ID, d("2024-11-01"), "inquest date not yet set", null));
    }

    @Test
    void theFinalReportNeedsAReviewerAndGoesOnce() {
        fixture.given(commissioned())
                .when(new SendFinalReport(ID, d("2024-11-20")))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("the final report of CSPR-2024-01 cannot be sent: no lead reviewer has been appointed");
        fixture.given(commissioned(), appointed())
                .when(new SendFinalReport(ID, d("2024-11-20")))
                .expectEvents(reportSent());
        fixture.given(commissioned(), appointed(), reportSent())
                .when(new SendFinalReport(ID, d("2024-11-21")))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("the final report of CSPR-2024-01 was already sent on 2024-11-20");
        fixture.given(commissioned(), appointed())
                .when(new SendFinalReport(ID, d("2024-06-19")))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("sentOn 2024-06-19 is before the lead reviewer's appointment (2024-06-20)");
    }

    @Test
    void publicationFollowsTheFinalReport() {
        fixture.given(commissioned(), appointed())
                .when(new PublishPracticeReview(ID, d("2024-12-03"), URL, PublicationScope.FULL))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("CSPR-2024-01 cannot be published: the final report has not been sent to the National Panel and the Secretary of State");
        fixture.given(commissioned(), appointed(), reportSent())
                .when(new PublishPracticeReview(ID, d("2024-11-19"), URL, PublicationScope.FULL))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("publishedOn 2024-11-19 is before the final report was sent (2024-11-20)");
        fixture.given(commissioned(), appointed(), reportSent())
                .when(new PublishPracticeReview(ID, d("2024-12-03"), "javascript:alert(1)", PublicationScope.FULL))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("url must be an http or https address");
        fixture.given(commissioned(), appointed(), reportSent())
                .when(new PublishPracticeReview(ID, d("2024-12-03"), URL, null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("scope is required");
    }

    @Test
    void aLatePublicationIsRecorded() {
        fixture.given(commissioned(), appointed(), reportSent())
                .when(new PublishPracticeReview(ID, d("2025-01-15"), URL, PublicationScope.IMPROVEMENTS_ONLY))
                .expectEvents(new PracticeReviewPublished(ID, d("2025-01-15"), URL, PublicationScope.IMPROVEMENTS_ONLY));
    }

    @Test
    void withholdingNeedsAReason() {
        fixture.given(commissioned(), appointed(), reportSent())
                .when(new WithholdPublication(ID, d("2024-12-01"), "publication would identify a sibling"))
                .expectEvents(new PublicationWithheld(ID, d("2024-12-01"), "publication would identify a sibling"));
        fixture.given(commissioned())
                .when(new WithholdPublication(ID, d("2024-12-01"), null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("reason is required");
    }

    @Test
    void publicationOrWithholdingIsFinal() {
        var published = new PracticeReviewPublished(ID, d("2024-12-03"), URL, PublicationScope.FULL);
        fixture.given(commissioned(), appointed(), reportSent(), published)
                .when(new WithholdPublication(ID, d("2024-12-04"), "second thoughts"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("publication cannot be withheld: CSPR-2024-01 was published on 2024-12-03");
        fixture.given(commissioned(), appointed(), reportSent(), published)
                .when(new RecordPublicationDelay(ID, d("2024-12-04"), "trial", null))
                .expectException(CommandRefusedException.class);
        var withheld = new PublicationWithheld(ID, d("2024-12-01"), "would identify a sibling");
        fixture.given(commissioned(), appointed(), reportSent(), withheld)
                .when(new PublishPracticeReview(ID, d("2024-12-03"), URL, PublicationScope.FULL))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("it cannot be published: publication of CSPR-2024-01 was withheld on 2024-12-01");
        fixture.given(commissioned(), withheld)
                .when(new SendFinalReport(ID, d("2024-12-03")))
                .expectException(CommandRefusedException.class);
        fixture.given(commissioned(), withheld)
                .when(new AppointReviewer(ID, "Jane Reviewer", d("2024-12-03")))
                .expectException(CommandRefusedException.class);
    }
}
