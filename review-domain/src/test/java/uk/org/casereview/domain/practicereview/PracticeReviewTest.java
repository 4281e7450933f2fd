package uk.org.casereview.domain.practicereview;

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

class PracticeReviewTest {

    private static final String ID = "pr-1";
    private static final LocalDate TODAY = LocalDate.parse("2025-03-31");
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
                d("2024-06-03"), List.of("Child R"), List.of("NEGLECT"), List.of());
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
                        d("2024-06-03"), List.of("Child R"), List.of("NEGLECT"), null))
                .expectEvents(commissioned());
    }

    @Test
    void commissioningNeedsAKindATitleAndKnownThemes() {
        fixture.givenNoPriorActivity()
                .when(new CommissionPracticeReview(ID, "CSPR-2024-01", null, null, "Child R", d("2024-06-03"), List.of(), List.of(), null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("kind is required");
        fixture.givenNoPriorActivity()
                .when(new CommissionPracticeReview(ID, "CSPR-2024-01", PracticeReviewKind.CSPR, null, "", d("2024-06-03"), List.of(), List.of(), null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("title is required");
        fixture.givenNoPriorActivity()
                .when(new CommissionPracticeReview(ID, "CSPR-2024-01", PracticeReviewKind.CSPR, null, "Child R", d("2024-06-03"), List.of(), List.of("GOSSIP"), null))
                .expectException(UnknownCodeException.class);
        fixture.givenNoPriorActivity()
                .when(new CommissionPracticeReview(ID, "SCR-2017-02", PracticeReviewKind.SERIOUS_CASE_REVIEW, null, "Family T",
                        d("2017-09-01"), List.of("Child T"), List.of(), List.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aJointReviewNamesItsPartners() {
        fixture.givenNoPriorActivity()
                .when(new CommissionPracticeReview(ID, "JR-2024-01", PracticeReviewKind.JOINT_REVIEW, null, "Family S", d("2024-06-03"),
                        List.of("Child S"), List.of(), List.of(JointPartner.SAFEGUARDING_ADULTS_BOARD, JointPartner.DOMESTIC_ABUSE_RELATED_DEATH_REVIEW)))
                .expectEvents(new PracticeReviewCommissioned(ID, "JR-2024-01", PracticeReviewKind.JOINT_REVIEW, null, "Family S", d("2024-06-03"),
                        List.of("Child S"), List.of(), List.of(JointPartner.SAFEGUARDING_ADULTS_BOARD, JointPartner.DOMESTIC_ABUSE_RELATED_DEATH_REVIEW)));
    }

    @Test
    void aJointReviewNeedsJointWith() {
        fixture.givenNoPriorActivity()
                .when(new CommissionPracticeReview(ID, "JR-2024-01", PracticeReviewKind.JOINT_REVIEW, null, "Family S", d("2024-06-03"),
                        List.of(), List.of(), List.of()))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("jointWith needs at least one entry")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new CommissionPracticeReview(ID, "JR-2024-01", PracticeReviewKind.JOINT_REVIEW, null, "Family S", d("2024-06-03"),
                        List.of(), List.of(), null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("jointWith needs at least one entry");
    }

    @Test
    void otherKindsRefuseJointWith() {
        fixture.givenNoPriorActivity()
                .when(new CommissionPracticeReview(ID, "CSPR-2024-01", PracticeReviewKind.CSPR, null, "Child R", d("2024-06-03"),
                        List.of(), List.of(), List.of(JointPartner.OTHER_PARTNERSHIP)))
                .expectException(InvalidCommandException.class)
                .expectException(Matchers.<InvalidCommandException>predicate(e -> "jointWith".equals(e.field())))
                .expectExceptionMessage("jointWith is only for a JOINT_REVIEW, not a CSPR")
                .expectNoEvents();
    }

    @Test
    void aMultiAgencyAuditIsCommissionedLikeAReview() {
        fixture.givenNoPriorActivity()
                .when(new CommissionPracticeReview(ID, "MAA-2024-03", PracticeReviewKind.MULTI_AGENCY_AUDIT, null, "Neglect audit", d("2024-06-03"),
                        List.of(), List.of("NEGLECT"), List.of()))
                .expectEvents(new PracticeReviewCommissioned(ID, "MAA-2024-03", PracticeReviewKind.MULTI_AGENCY_AUDIT, null, "Neglect audit",
                        d("2024-06-03"), List.of(), List.of("NEGLECT"), List.of()));
    }

    @Test
    void commissioningNeedsAnIdAndADecisionNotInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new CommissionPracticeReview(" ", "CSPR-2024-01", PracticeReviewKind.CSPR, null, "Child R", d("2024-06-03"),
                        List.of(), List.of(), null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("practiceReviewId is required");
        fixture.givenNoPriorActivity()
                .when(new CommissionPracticeReview(ID, "CSPR-2024-01", PracticeReviewKind.CSPR, null, "Child R", d("2025-04-01"),
                        List.of(), List.of(), null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("decidedOn 2025-04-01 is in the future (today is 2025-03-31)");
    }

    @Test
    void aReviewerIsAppointedAfterTheDecision() {
        fixture.given(commissioned())
                .when(new AppointReviewer(ID, "Jane Reviewer", d("2024-06-20")))
                .expectEvents(appointed());
        fixture.given(commissioned())
                .when(new AppointReviewer(ID, "Jane Reviewer", d("2024-06-01")))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("appointedOn 2024-06-01 is before the decision to initiate the review (2024-06-03)");
        fixture.given(commissioned())
                .when(new AppointReviewer(ID, " ", d("2024-06-20")))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("reviewer is required");
    }

    @Test
    void aReviewerAppointedAfterTheFinalReportIsAccepted() {
        fixture.given(commissioned(), appointed(), reportSent())
                .when(new AppointReviewer(ID, "Another Reviewer", d("2024-12-01")))
                .expectEvents(new ReviewerAppointed(ID, "Another Reviewer", d("2024-12-01")));
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
                .when(new RecordPublicationDelay(ID, d("2024-11-01"), "inquest", d("2024-11-01")))
                .expectEvents(new PublicationDelayRecorded(ID, d("2024-11-01"), "inquest", d("2024-11-01")));
        fixture.given(commissioned())
                .when(new RecordPublicationDelay(ID, d("2024-11-01"), "inquest date not yet set", null))
                .expectEvents(new PublicationDelayRecorded(ID, d("2024-11-01"), "inquest date not yet set", null));
    }

    @Test
    void aDelayRecordedAfterPublicationIsAccepted() {
        var published = new PracticeReviewPublished(ID, d("2024-12-03"), URL, PublicationScope.FULL);
        fixture.given(commissioned(), appointed(), reportSent(), published)
                .when(new RecordPublicationDelay(ID, d("2024-12-04"), "trial", null))
                .expectEvents(new PublicationDelayRecorded(ID, d("2024-12-04"), "trial", null));
    }

    @Test
    void theFinalReportIsSent() {
        fixture.given(commissioned(), appointed())
                .when(new SendFinalReport(ID, d("2024-11-20")))
                .expectEvents(reportSent());
        fixture.given(commissioned(), appointed())
                .when(new SendFinalReport(ID, null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("sentOn is required");
        fixture.given(commissioned())
                .when(new SendFinalReport(ID, d("2024-06-02")))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("sentOn 2024-06-02 is before the decision to initiate the review (2024-06-03)");
    }

    @Test
    void aFinalReportWithoutAReviewerIsAccepted() {
        fixture.given(commissioned())
                .when(new SendFinalReport(ID, d("2024-11-20")))
                .expectEvents(reportSent());
    }

    @Test
    void aFinalReportDatedBeforeTheReviewersAppointmentIsAccepted() {
        fixture.given(commissioned(), appointed())
                .when(new SendFinalReport(ID, d("2024-06-19")))
                .expectEvents(new FinalReportSent(ID, d("2024-06-19")));
    }

    @Test
    void aFinalReportSentAgainIsAccepted() {
        fixture.given(commissioned(), appointed(), reportSent())
                .when(new SendFinalReport(ID, d("2024-11-21")))
                .expectEvents(new FinalReportSent(ID, d("2024-11-21")));
    }

    @Test
    void aPublicationWithoutAFinalReportOnRecordIsAccepted() {
        fixture.given(commissioned(), appointed())
                .when(new PublishPracticeReview(ID, d("2024-12-03"), URL, PublicationScope.FULL))
                .expectEvents(new PracticeReviewPublished(ID, d("2024-12-03"), URL, PublicationScope.FULL));
    }

    @Test
    void aPublicationWithoutAReviewerOnRecordIsAccepted() {
        fixture.given(commissioned())
                .when(new PublishPracticeReview(ID, d("2024-12-03"), URL, PublicationScope.FULL))
                .expectEvents(new PracticeReviewPublished(ID, d("2024-12-03"), URL, PublicationScope.FULL));
    }

    @Test
    void aPublicationBeforeTheFinalReportsDateIsAccepted() {
        fixture.given(commissioned(), appointed(), reportSent())
                .when(new PublishPracticeReview(ID, d("2024-11-19"), URL, PublicationScope.FULL))
                .expectEvents(new PracticeReviewPublished(ID, d("2024-11-19"), URL, PublicationScope.FULL));
    }

    @Test
    void aPublicationNeedsAnAddressAScopeAndADateNotBeforeTheDecision() {
        fixture.given(commissioned(), appointed(), reportSent())
                .when(new PublishPracticeReview(ID, d("2024-12-03"), "javascript:alert(1)", PublicationScope.FULL))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("url must be an http or https address");
        fixture.given(commissioned(), appointed(), reportSent())
                .when(new PublishPracticeReview(ID, d("2024-12-03"), URL, null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("scope is required");
        fixture.given(commissioned())
                .when(new PublishPracticeReview(ID, d("2024-06-01"), URL, PublicationScope.FULL))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("publishedOn 2024-06-01 is before the decision to initiate the review (2024-06-03)");
    }

    @Test
    void aLatePublicationIsRecorded() {
        fixture.given(commissioned(), appointed(), reportSent())
                .when(new PublishPracticeReview(ID, d("2025-01-15"), URL, PublicationScope.IMPROVEMENTS_ONLY))
                .expectEvents(new PracticeReviewPublished(ID, d("2025-01-15"), URL, PublicationScope.IMPROVEMENTS_ONLY));
    }

    @Test
    void theFullReportMayFollowTheImprovements() {
        var improvements = new PracticeReviewPublished(ID, d("2024-12-03"), URL, PublicationScope.IMPROVEMENTS_ONLY);
        fixture.given(commissioned(), improvements)
                .when(new PublishPracticeReview(ID, d("2025-03-01"), URL, PublicationScope.FULL))
                .expectEvents(new PracticeReviewPublished(ID, d("2025-03-01"), URL, PublicationScope.FULL));
        fixture.given(commissioned(), improvements)
                .when(new PublishPracticeReview(ID, d("2025-03-01"), URL, PublicationScope.IMPROVEMENTS_ONLY))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("the improvements of CSPR-2024-01 were already published on 2024-12-03; a later publication can only be the full report")
                .expectNoEvents();
    }

    @Test
    void nothingIsPublishedAfterTheFullReport() {
        var published = new PracticeReviewPublished(ID, d("2024-12-03"), URL, PublicationScope.FULL);
        fixture.given(commissioned(), published)
                .when(new PublishPracticeReview(ID, d("2025-03-01"), URL, PublicationScope.FULL))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("CSPR-2024-01 was already published in full on 2024-12-03")
                .expectNoEvents();
        fixture.given(commissioned(), published)
                .when(new PublishPracticeReview(ID, d("2025-03-01"), URL, PublicationScope.IMPROVEMENTS_ONLY))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("CSPR-2024-01 was already published in full on 2024-12-03");
    }

    @Test
    void aLateImprovementsPublicationBeforeTheFullOneIsAccepted() {
        var published = new PracticeReviewPublished(ID, d("2025-03-01"), URL, PublicationScope.FULL);
        fixture.given(commissioned(), published)
                .when(new PublishPracticeReview(ID, d("2024-12-03"), URL, PublicationScope.IMPROVEMENTS_ONLY))
                .expectEvents(new PracticeReviewPublished(ID, d("2024-12-03"), URL, PublicationScope.IMPROVEMENTS_ONLY));
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
        fixture.given(commissioned())
                .when(new WithholdPublication(ID, d("2024-06-01"), "reason"))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("decidedOn 2024-06-01 is before the decision to initiate the review (2024-06-03)");
    }

    @Test
    void aFullPublicationCannotBeWithheldAndWithholdingHappensOnce() {
        var published = new PracticeReviewPublished(ID, d("2024-12-03"), URL, PublicationScope.FULL);
        fixture.given(commissioned(), appointed(), reportSent(), published)
                .when(new WithholdPublication(ID, d("2024-12-04"), "second thoughts"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("publication of CSPR-2024-01 cannot be withheld: it was published in full on 2024-12-03")
                .expectNoEvents();
        var withheld = new PublicationWithheld(ID, d("2024-12-01"), "would identify a sibling");
        fixture.given(commissioned(), withheld)
                .when(new WithholdPublication(ID, d("2024-12-04"), "again"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("publication of CSPR-2024-01 was already withheld on 2024-12-01")
                .expectNoEvents();
    }

    @Test
    void aPublicationAfterWithholdingIsAccepted() {
        var withheld = new PublicationWithheld(ID, d("2024-12-01"), "would identify a sibling");
        fixture.given(commissioned(), appointed(), reportSent(), withheld)
                .when(new PublishPracticeReview(ID, d("2024-12-03"), URL, PublicationScope.IMPROVEMENTS_ONLY))
                .expectEvents(new PracticeReviewPublished(ID, d("2024-12-03"), URL, PublicationScope.IMPROVEMENTS_ONLY));
        fixture.given(commissioned(), appointed(), reportSent(), withheld)
                .when(new PublishPracticeReview(ID, d("2025-03-03"), URL, PublicationScope.FULL))
                .expectEvents(new PracticeReviewPublished(ID, d("2025-03-03"), URL, PublicationScope.FULL));
    }

    @Test
    void aFinalReportOrAReviewerAfterWithholdingIsAccepted() {
        var withheld = new PublicationWithheld(ID, d("2024-12-01"), "would identify a sibling");
        fixture.given(commissioned(), withheld)
                .when(new SendFinalReport(ID, d("2024-12-03")))
                .expectEvents(new FinalReportSent(ID, d("2024-12-03")));
        fixture.given(commissioned(), withheld)
                .when(new AppointReviewer(ID, "Jane Reviewer", d("2024-12-03")))
                .expectEvents(new ReviewerAppointed(ID, "Jane Reviewer", d("2024-12-03")));
    }

    // --- corrections

    private static PracticeReviewFactCorrected corrected(long sequence, String reason, PracticeReviewEvent replacement) {
        return new PracticeReviewFactCorrected(ID, sequence, TODAY, reason, replacement);
    }

    @Test
    void aCorrectionReplacesAFact() {
        fixture.given(commissioned(), appointed())
                .when(new CorrectPracticeReviewFact(ID, 1L, "misspelt", new AppointReviewer("ignored", "Jane Reviewer-Smith", d("2024-06-20"))))
                .expectEvents(corrected(1, "misspelt", new ReviewerAppointed(ID, "Jane Reviewer-Smith", d("2024-06-20"))));
    }

    @Test
    void everyKindOfFactCanBeReplaced() {
        fixture.given(commissioned())
                .when(new CorrectPracticeReviewFact(ID, 0L, "a joint review", new CommissionPracticeReview("ignored", "JR-2024-01",
                        PracticeReviewKind.JOINT_REVIEW, null, "Child R", d("2024-06-03"), List.of(), List.of(), List.of(JointPartner.OTHER_PARTNERSHIP))))
                .expectEvents(corrected(0, "a joint review", new PracticeReviewCommissioned(ID, "JR-2024-01", PracticeReviewKind.JOINT_REVIEW,
                        null, "Child R", d("2024-06-03"), List.of(), List.of(), List.of(JointPartner.OTHER_PARTNERSHIP))));
        fixture.given(commissioned(), new PublicationDelayRecorded(ID, d("2024-11-01"), "trial", null))
                .when(new CorrectPracticeReviewFact(ID, 1L, "date known", new RecordPublicationDelay(ID, d("2024-11-01"), "trial", d("2025-04-01"))))
                .expectEvents(corrected(1, "date known", new PublicationDelayRecorded(ID, d("2024-11-01"), "trial", d("2025-04-01"))));
        fixture.given(commissioned(), reportSent())
                .when(new CorrectPracticeReviewFact(ID, 1L, "typo", new SendFinalReport(ID, d("2024-11-19"))))
                .expectEvents(corrected(1, "typo", new FinalReportSent(ID, d("2024-11-19"))));
        fixture.given(commissioned(), new PracticeReviewPublished(ID, d("2024-12-03"), URL, PublicationScope.FULL))
                .when(new CorrectPracticeReviewFact(ID, 1L, "improvements only", new PublishPracticeReview(ID, d("2024-12-03"), URL,
                        PublicationScope.IMPROVEMENTS_ONLY)))
                .expectEvents(corrected(1, "improvements only", new PracticeReviewPublished(ID, d("2024-12-03"), URL, PublicationScope.IMPROVEMENTS_ONLY)));
        fixture.given(commissioned(), new PublicationWithheld(ID, d("2024-12-01"), "sibling"))
                .when(new CorrectPracticeReviewFact(ID, 1L, "reason", new WithholdPublication(ID, d("2024-12-02"), "sibling")))
                .expectEvents(corrected(1, "reason", new PublicationWithheld(ID, d("2024-12-02"), "sibling")));
    }

    @Test
    void aCorrectionStrikesAFactOut() {
        fixture.given(commissioned(), appointed())
                .when(new CorrectPracticeReviewFact(ID, 1L, "wrong review", null))
                .expectEvents(corrected(1, "wrong review", null));
    }

    @Test
    void afterAPublicationIsStruckOutItCanBePublishedAgain() {
        fixture.given(commissioned(), new PracticeReviewPublished(ID, d("2024-12-03"), URL, PublicationScope.FULL), corrected(1, "wrong review", null))
                .when(new PublishPracticeReview(ID, d("2024-12-05"), URL, PublicationScope.FULL))
                .expectEvents(new PracticeReviewPublished(ID, d("2024-12-05"), URL, PublicationScope.FULL));
    }

    @Test
    void aCorrectionThatWouldMakeTheHistoryImpossibleIsRefusedAndRecordsNothing() {
        var improvements = new PracticeReviewPublished(ID, d("2024-12-03"), URL, PublicationScope.IMPROVEMENTS_ONLY);
        var full = new PracticeReviewPublished(ID, d("2025-03-01"), URL, PublicationScope.FULL);
        fixture.given(commissioned(), improvements, full)
                .when(new CorrectPracticeReviewFact(ID, 2L, "it was the improvements", new PublishPracticeReview(ID, d("2025-03-01"), URL,
                        PublicationScope.IMPROVEMENTS_ONLY)))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("the improvements of CSPR-2024-01 were already published on 2024-12-03; a later publication can only be the full report")
                .expectNoEvents();
        fixture.given(commissioned(), appointed())
                .when(new CorrectPracticeReviewFact(ID, 0L, "decided later", new CommissionPracticeReview(ID, "CSPR-2024-01", PracticeReviewKind.CSPR,
                        "rr-1", "Child R", d("2024-07-01"), List.of("Child R"), List.of("NEGLECT"), null)))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("appointedOn 2024-06-20 is before the decision to initiate the review (2024-07-01)")
                .expectNoEvents();
    }

    @Test
    void correctingACorrectionIsRefused() {
        fixture.given(commissioned(), appointed(), corrected(1, "wrong review", null))
                .when(new CorrectPracticeReviewFact(ID, 2L, "undo", null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("fact 2 is itself a correction: correct fact 1 instead")
                .expectNoEvents();
    }

    @Test
    void theCommissioningCannotBeStruckOut() {
        fixture.given(commissioned())
                .when(new CorrectPracticeReviewFact(ID, 0L, "never happened", null))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("the commissioning of CSPR-2024-01 cannot be struck out; correct it instead")
                .expectNoEvents();
    }

    @Test
    void aCorrectionOfAnUnknownFactIsNotFound() {
        fixture.given(commissioned())
                .when(new CorrectPracticeReviewFact(ID, 5L, "reason", null))
                .expectException(NotFoundException.class)
                .expectExceptionMessage("CSPR-2024-01 has no fact 5");
    }

    @Test
    void aReplacementOfTheWrongKindIsRefused() {
        fixture.given(commissioned(), appointed())
                .when(new CorrectPracticeReviewFact(ID, 1L, "reason", new SendFinalReport(ID, d("2024-11-20"))))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("the replacement must have the fields of the request that recorded the fact (a ReviewerAppointed)")
                .expectNoEvents();
    }

    @Test
    void aCorrectionNeedsASequenceAndAReason() {
        fixture.given(commissioned())
                .when(new CorrectPracticeReviewFact(ID, null, "reason", null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("sequence is required");
        fixture.given(commissioned(), appointed())
                .when(new CorrectPracticeReviewFact(ID, 1L, null, null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("reason is required");
    }
}
