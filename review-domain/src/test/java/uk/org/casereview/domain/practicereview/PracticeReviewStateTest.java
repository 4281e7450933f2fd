package uk.org.casereview.domain.practicereview;

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

class PracticeReviewStateTest {

    private static final String ID = "pr-1";
    private static final String URL = "https://lscp.example.org/reviews/child-r";
    private static final LocalDate DECIDED = d("2024-06-03");
    private static final LocalDate PUBLICATION_DUE = d("2024-12-03");
    private static final StatutoryClock CLOCK = StatutoryClock.defaults();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static PracticeReviewCommissioned commissioned(PracticeReviewKind kind) {
        return new PracticeReviewCommissioned(ID, "CSPR-2024-01", kind, "rr-1", "Child R", DECIDED, List.of("Child R"), List.of("NEGLECT"), null);
    }

    private static PracticeReviewState cspr(PracticeReviewEvent... events) {
        return state(PracticeReviewKind.CSPR, events);
    }

    private static PracticeReviewState state(PracticeReviewKind kind, PracticeReviewEvent... events) {
        List<PracticeReviewEvent> all = new ArrayList<>();
        all.add(commissioned(kind));
        all.addAll(List.of(events));
        return PracticeReviewState.checked(all);
    }

    private static MilestoneDates milestone(PracticeReviewState state, Milestone name) {
        return state.milestones(CLOCK).stream().filter(m -> m.name() == name).findFirst().orElseThrow();
    }

    private static PracticeReviewPublished published(String on, PublicationScope scope) {
        return new PracticeReviewPublished(ID, d(on), URL, scope);
    }

    @Test
    void anEmptyHistoryIsNoPracticeReview() {
        PracticeReviewState state = PracticeReviewState.of(List.of());
        assertThat(state.exists()).isFalse();
        assertThat(state.reference()).isNull();
        assertThat(state.practiceReviewId()).isNull();
        assertThat(state.delay()).isNull();
        assertThat(state.finalReportSentOn()).isNull();
        assertThat(state.publication()).isNull();
        assertThat(state.firstPublishedOn()).isNull();
        assertThat(state.withholding()).isNull();
    }

    @Test
    void theFoldStepsOnTheSameState() {
        PracticeReviewState state = PracticeReviewState.of(List.of(commissioned(PracticeReviewKind.CSPR), new FinalReportSent(ID, d("2024-11-20"))));
        assertThat(state.status()).isEqualTo(PracticeReviewStatus.FINAL_REPORT_SENT);
        assertThat(state.evolve(published("2024-12-03", PublicationScope.FULL))).isSameAs(state);
        assertThat(state.evolve(new PracticeReviewFactCorrected(ID, 1, d("2025-01-01"), "r", null))).isSameAs(state);
        assertThat(state.status()).isEqualTo(PracticeReviewStatus.PUBLISHED);
    }

    @Test
    void theStatusFollowsTheFacts() {
        var reviewer = new ReviewerAppointed(ID, "Jane", d("2024-06-20"));
        var report = new FinalReportSent(ID, d("2024-11-20"));
        var withheld = new PublicationWithheld(ID, d("2024-11-25"), "sibling");
        assertThat(cspr().status()).isEqualTo(PracticeReviewStatus.COMMISSIONED);
        assertThat(cspr(reviewer).status()).isEqualTo(PracticeReviewStatus.REVIEWER_APPOINTED);
        assertThat(cspr(reviewer, report).status()).isEqualTo(PracticeReviewStatus.FINAL_REPORT_SENT);
        assertThat(cspr(report).status()).as("without a reviewer on record").isEqualTo(PracticeReviewStatus.FINAL_REPORT_SENT);
        assertThat(cspr(reviewer, report, withheld).status()).isEqualTo(PracticeReviewStatus.WITHHELD);
        assertThat(cspr(withheld, published("2024-12-03", PublicationScope.IMPROVEMENTS_ONLY)).status()).isEqualTo(PracticeReviewStatus.PUBLISHED);
        assertThat(cspr(published("2024-12-03", PublicationScope.FULL)).status()).isEqualTo(PracticeReviewStatus.PUBLISHED);
    }

    @Test
    void theStateTellsItsFacts() {
        PracticeReviewState state = cspr(new ReviewerAppointed(ID, "Jane", d("2024-06-20")), new ReviewerAppointed(ID, "John", d("2024-07-01")),
                new PublicationDelayRecorded(ID, d("2024-10-01"), "trial", null), new PublicationDelayRecorded(ID, d("2024-11-01"), "inquest", d("2025-03-01")),
                new FinalReportSent(ID, d("2024-11-20")), new FinalReportSent(ID, d("2024-11-22")),
                new PublicationWithheld(ID, d("2024-11-25"), "sibling"),
                published("2024-12-03", PublicationScope.IMPROVEMENTS_ONLY), published("2025-03-03", PublicationScope.FULL));
        assertThat(state.exists()).isTrue();
        assertThat(state.commission()).isEqualTo(commissioned(PracticeReviewKind.CSPR));
        assertThat(state.commission().jointWith()).isEmpty();
        assertThat(state.practiceReviewId()).isEqualTo(ID);
        assertThat(state.reference()).isEqualTo("CSPR-2024-01");
        assertThat(state.reviewers()).extracting(PracticeReviewState.Reviewer::reviewer).containsExactly("Jane", "John");
        assertThat(state.delays()).hasSize(2);
        assertThat(state.delay()).isEqualTo(new PracticeReviewState.Delay(d("2024-11-01"), "inquest", d("2025-03-01")));
        assertThat(state.finalReports()).containsExactly(d("2024-11-20"), d("2024-11-22"));
        assertThat(state.finalReportSentOn()).isEqualTo(d("2024-11-20"));
        assertThat(state.withholdings()).containsExactly(new PracticeReviewState.Withholding(d("2024-11-25"), "sibling"));
        assertThat(state.withholding()).isEqualTo(new PracticeReviewState.Withholding(d("2024-11-25"), "sibling"));
        assertThat(state.publications()).hasSize(2);
        assertThat(state.publication()).isEqualTo(new PracticeReviewState.Publication(d("2024-12-03"), URL, PublicationScope.IMPROVEMENTS_ONLY));
        assertThat(state.firstPublishedOn()).isEqualTo(d("2024-12-03"));
    }

    @Test
    void aCsprHasAFinalReportAndAPublicationDue() {
        PracticeReviewState state = cspr();
        assertThat(state.milestones(CLOCK)).extracting(MilestoneDates::name).containsExactly(Milestone.FINAL_REPORT, Milestone.PUBLICATION);
        MilestoneDates publication = milestone(state, Milestone.PUBLICATION);
        assertThat(publication.dueOn()).isEqualTo(PUBLICATION_DUE);
        assertThat(publication.doneOn()).isNull();
        assertThat(publication.statutory()).isTrue();
        MilestoneDates finalReport = milestone(state, Milestone.FINAL_REPORT);
        assertThat(finalReport.dueOn()).as("before the due publication while there is none").isEqualTo(CLOCK.finalReportDue(PUBLICATION_DUE));
        assertThat(finalReport.lapsedOn()).isNull();
        assertThat(finalReport.statutory()).isTrue();
    }

    @Test
    void bothAreMetWhenTheReportWentInTimeAndPublicationWasOnTime() {
        PracticeReviewState state = cspr(new FinalReportSent(ID, d("2024-11-20")), published("2024-12-03", PublicationScope.FULL));
        assertThat(milestone(state, Milestone.FINAL_REPORT).stateOn(d("2024-12-31"))).isEqualTo(MilestoneState.MET);
        assertThat(milestone(state, Milestone.PUBLICATION).stateOn(d("2024-12-31"))).isEqualTo(MilestoneState.MET);
        assertThat(milestone(state, Milestone.PUBLICATION).doneOn()).isEqualTo(d("2024-12-03"));
    }

    @Test
    void theFinalReportIsMissedWhenPublishedWithoutATimelyFinalReport() {
        PracticeReviewState none = cspr(published("2025-01-15", PublicationScope.FULL));
        MilestoneDates finalReport = milestone(none, Milestone.FINAL_REPORT);
        assertThat(finalReport.dueOn()).as("7 working days before the actual publication").isEqualTo(CLOCK.finalReportDue(d("2025-01-15")));
        assertThat(finalReport.lapsedOn()).isEqualTo(d("2025-01-15"));
        assertThat(finalReport.stateOn(d("2025-01-14"))).isEqualTo(MilestoneState.OVERDUE);
        assertThat(finalReport.stateOn(d("2025-01-15"))).isEqualTo(MilestoneState.MISSED);
        assertThat(milestone(none, Milestone.PUBLICATION).stateOn(d("2025-01-15"))).as("published late").isEqualTo(MilestoneState.MISSED);

        PracticeReviewState lateReport = cspr(new FinalReportSent(ID, d("2024-11-29")), published("2024-12-03", PublicationScope.FULL));
        assertThat(milestone(lateReport, Milestone.FINAL_REPORT).stateOn(d("2024-12-31"))).isEqualTo(MilestoneState.MISSED);
        assertThat(milestone(lateReport, Milestone.PUBLICATION).stateOn(d("2024-12-31"))).isEqualTo(MilestoneState.MET);

        PracticeReviewState afterPublication = cspr(published("2024-12-03", PublicationScope.FULL), new FinalReportSent(ID, d("2024-12-10")));
        assertThat(milestone(afterPublication, Milestone.FINAL_REPORT).stateOn(d("2024-12-31"))).isEqualTo(MilestoneState.MISSED);
    }

    @Test
    void aDelayNeverMovesThePublicationDueDate() {
        PracticeReviewState state = cspr(new PublicationDelayRecorded(ID, d("2024-11-01"), "criminal trial", d("2025-04-30")),
                published("2025-04-30", PublicationScope.FULL));
        MilestoneDates publication = milestone(state, Milestone.PUBLICATION);
        assertThat(publication.dueOn()).isEqualTo(PUBLICATION_DUE);
        assertThat(publication.stateOn(d("2025-04-30"))).isEqualTo(MilestoneState.MISSED);
        assertThat(publication.stateOn(d("2024-12-04"))).isEqualTo(MilestoneState.OVERDUE);
    }

    @Test
    void withholdingDoesNotCompleteThePublicationButALaterPublicationDoes() {
        PracticeReviewState withheld = cspr(new PublicationWithheld(ID, d("2024-11-01"), "sibling"));
        assertThat(milestone(withheld, Milestone.PUBLICATION).doneOn()).isNull();
        assertThat(milestone(withheld, Milestone.PUBLICATION).stateOn(d("2024-12-04"))).isEqualTo(MilestoneState.OVERDUE);
        PracticeReviewState improvements = cspr(new PublicationWithheld(ID, d("2024-11-01"), "sibling"),
                published("2024-11-20", PublicationScope.IMPROVEMENTS_ONLY), published("2025-03-01", PublicationScope.FULL));
        assertThat(milestone(improvements, Milestone.PUBLICATION).doneOn()).as("the first publication").isEqualTo(d("2024-11-20"));
        assertThat(milestone(improvements, Milestone.PUBLICATION).stateOn(d("2024-12-04"))).isEqualTo(MilestoneState.MET);
    }

    @Test
    void milestonesByKind() {
        assertThat(state(PracticeReviewKind.SERIOUS_CASE_REVIEW).milestones(CLOCK)).extracting(MilestoneDates::name)
                .containsExactly(Milestone.PUBLICATION);
        for (PracticeReviewKind kind : List.of(PracticeReviewKind.NATIONAL_REVIEW, PracticeReviewKind.LEARNING_REVIEW,
                PracticeReviewKind.MULTI_AGENCY_AUDIT, PracticeReviewKind.JOINT_REVIEW)) {
            assertThat(state(kind, published("2025-01-15", PublicationScope.FULL)).milestones(CLOCK)).as(kind.name()).isEmpty();
        }
    }

    @Test
    void aSecondCommissioningCannotHappen() {
        assertThatThrownBy(() -> PracticeReviewState.checked(List.of(commissioned(PracticeReviewKind.CSPR), commissioned(PracticeReviewKind.CSPR))))
                .isInstanceOf(CommandRefusedException.class)
                .hasMessage("CSPR-2024-01 was already commissioned");
    }

    @Test
    void aCorrectionInTheFactsIsNotCheckedAsAFact() {
        PracticeReviewState state = PracticeReviewState.checked(List.of(commissioned(PracticeReviewKind.CSPR),
                new PracticeReviewFactCorrected(ID, 0, d("2020-01-01"), "reason", null)));
        assertThat(state.status()).isEqualTo(PracticeReviewStatus.COMMISSIONED);
    }

    @Test
    void eachFactNamesItsDateFieldAndCarriesItsDate() {
        var appointed = new ReviewerAppointed(ID, "Jane", d("2024-06-20"));
        var delay = new PublicationDelayRecorded(ID, d("2024-06-21"), "trial", null);
        var report = new FinalReportSent(ID, d("2024-06-22"));
        var publication = published("2024-06-23", PublicationScope.FULL);
        var withheld = new PublicationWithheld(ID, d("2024-06-24"), "sibling");
        assertThat(PracticeReviewState.dateField(appointed)).isEqualTo("appointedOn");
        assertThat(PracticeReviewState.dateField(delay)).isEqualTo("recordedOn");
        assertThat(PracticeReviewState.dateField(report)).isEqualTo("sentOn");
        assertThat(PracticeReviewState.dateField(publication)).isEqualTo("publishedOn");
        assertThat(PracticeReviewState.dateField(withheld)).isEqualTo("decidedOn");
        assertThat(List.of(commissioned(PracticeReviewKind.CSPR).on(), appointed.on(), delay.on(), report.on(), publication.on(), withheld.on(),
                new PracticeReviewFactCorrected(ID, 1, d("2024-06-25"), "r", null).on()))
                .containsExactly(DECIDED, d("2024-06-20"), d("2024-06-21"), d("2024-06-22"), d("2024-06-23"), d("2024-06-24"), d("2024-06-25"));
    }
}
