package uk.org.casereview.projections.yearlyreport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.casereview.projections.learningthemes.LearningThemes;
import uk.org.casereview.projections.support.Caseload;
import uk.org.casereview.projections.support.ReadModelFixture;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.casereview.projections.support.Events.d;

/** The yearly report's figures for the small caseload of {@link Caseload}, worked out by hand. */
class YearlyReportQueriesTest {

    private final ReadModelFixture fx = new ReadModelFixture();
    private final YearlyReportQueries queries = fx.yearlyReports;

    @BeforeEach
    void caseload() {
        Caseload.record(fx);
    }

    @Test
    void theReportingYear2024To25AtItsEnd() {
        YearlyReport report = queries.report(2024, d("2025-03-31"));

        assertThat(report.year()).isEqualTo(2024);
        assertThat(report.label()).isEqualTo("2024-25");
        assertThat(report.from()).isEqualTo(d("2024-04-01"));
        assertThat(report.to()).isEqualTo(d("2025-03-31"));
        assertThat(report.asOf()).isEqualTo(d("2025-03-31"));

        // notified in the year: rr-1 (DIED), rr-2 (SERIOUSLY_HARMED), rr-3 (DIED); rr-0 before it, rr-4 after it
        assertThat(notifications(report)).containsExactly(3L, 2L, 1L);

        // of those three: rr-1 submitted 24 May, due 29 May: on time; rr-2 submitted 10 Oct, due 3 Oct: late; rr-3 due
        // 31 March, not submitted. Decisions in force: rr-1 CSPR, rr-2 NATIONAL_REVIEW_RECOMMENDED (revised from NO_CSPR).
        // Panel responses given in the year: rr-0 AGREED (5 April), rr-1 AGREED, rr-2 DISAGREED and NATIONAL_REVIEW:
        // agreement rate 2 / (2 + 1) = 0.667
        YearlyReport.RapidReviews rapidReviews = report.rapidReviews();
        assertThat(rapidReviews.total()).isEqualTo(3);
        assertThat(rapidReviews.submittedOnTime()).isEqualTo(1);
        assertThat(rapidReviews.submittedLate()).isEqualTo(1);
        assertThat(rapidReviews.notYetSubmitted()).isEqualTo(1);
        assertThat(rapidReviews.decisions()).containsExactly(Map.entry("CSPR", 1L), Map.entry("NO_CSPR", 0L),
                Map.entry("NATIONAL_REVIEW_RECOMMENDED", 1L));
        assertThat(rapidReviews.panelAgreed()).isEqualTo(2);
        assertThat(rapidReviews.panelDisagreed()).isEqualTo(1);
        assertThat(rapidReviews.panelNationalReview()).isEqualTo(1);
        assertThat(rapidReviews.panelAgreementRate()).isEqualTo(0.667);

        // commissioned in the year: pr-1, pr-4, pr-5, pr-6. Published in it: pr-1 (on its due date), pr-2 (late, no
        // delay recorded), pr-3 (late: after its statutory date, with a delay recorded before it; a delay never makes a
        // publication on time): 3, of which 1 on time, 1 late with a reason recorded before the due date, 1 without.
        // Withheld: pr-4, which stays active (the improvements are still to be published), with pr-5, pr-6 and pr-7
        // (published only on 15 April 2025)
        assertThat(practiceReviews(report)).containsExactly(4L, 3L, 1L, 1L, 1L, 1L, 4L);

        // made in the year: rec-1, rec-2, rec-3, rec-5 (rec-4 in March 2024, rec-6 in April 2025). Responses in the
        // year: rec-1, rec-3 and rec-4 (10 April 2024) accepted, rec-2 declined. Closed: rec-1. Open on 31 March: rec-3
        // and rec-4 (in progress) and rec-5 (made). Themes of those made: NEGLECT rec-2 and rec-3; one each of
        // FATHERS_AND_MALE_CARERS (rec-1), INFORMATION_SHARING (rec-3), DOMESTIC_ABUSE (rec-5)
        YearlyReport.Recommendations recommendations = report.recommendations();
        assertThat(recommendations.made()).isEqualTo(4);
        assertThat(recommendations.accepted()).isEqualTo(3);
        assertThat(recommendations.declined()).isEqualTo(1);
        assertThat(recommendations.closed()).isEqualTo(1);
        assertThat(recommendations.openAtYearEnd()).isEqualTo(3);
        assertThat(recommendations.byTheme()).isEqualTo(Map.of("NEGLECT", 2L, "FATHERS_AND_MALE_CARERS", 1L,
                "INFORMATION_SHARING", 1L, "DOMESTIC_ABUSE", 1L));

        // completed in the year: rec-3 action 2 (20 Oct 2024), rec-1 action 1 (20 March 2025). Overdue on 31 March:
        // rec-3 action 1 (PRIMARY_CARE, due 31 Jan) and rec-4 action 1 (EDUCATION, due 28 Feb as revised)
        assertThat(report.actions().completed()).isEqualTo(2);
        assertThat(report.actions().overdueAtYearEnd()).isEqualTo(2);
        assertThat(report.actions().overdueByAgency()).isEqualTo(Map.of("EDUCATION", 1L, "PRIMARY_CARE", 1L));

        // carried in 2024-25 and an earlier year: NEGLECT (rr-0 in 2023-24; rr-1, pr-1: 3 reviews), DOMESTIC_ABUSE
        // (pr-2 decided January 2024; pr-4: 2), ONLINE_HARM (pr-7 October 2023; rr-3: 2; rr-4 is after the year)
        assertThat(report.recurringThemes()).extracting(r -> r.theme() + " " + r.years() + " " + r.reviews())
                .containsExactlyInAnyOrder("NEGLECT [2023-24, 2024-25] 3", "DOMESTIC_ABUSE [2023-24, 2024-25] 2",
                        "ONLINE_HARM [2023-24, 2024-25] 2");
        assertThat(report.recurringThemes().get(0).theme()).as("the most reviews first").isEqualTo("NEGLECT");
    }

    @Test
    void theSameYearPartWayThrough() {
        YearlyReport report = queries.report(2024, d("2024-08-31"));

        assertThat(report.asOf()).isEqualTo(d("2024-08-31"));
        assertThat(report.to()).isEqualTo(d("2025-03-31"));
        // by 31 August only rr-1 was notified (on time, CSPR); the Panel had agreed on rr-0 and rr-1
        assertThat(notifications(report)).containsExactly(1L, 1L, 0L);
        assertThat(report.rapidReviews().total()).isEqualTo(1);
        assertThat(report.rapidReviews().submittedOnTime()).isEqualTo(1);
        assertThat(report.rapidReviews().decisions()).containsEntry("CSPR", 1L).containsEntry("NO_CSPR", 0L)
                .containsEntry("NATIONAL_REVIEW_RECOMMENDED", 0L);
        assertThat(report.rapidReviews().panelAgreed()).isEqualTo(2);
        assertThat(report.rapidReviews().panelDisagreed()).isZero();
        assertThat(report.rapidReviews().panelAgreementRate()).isEqualTo(1.0);
        // commissioned pr-1, pr-4; published pr-2 (late); active on 31 Aug: pr-1, pr-3, pr-4, pr-7
        assertThat(practiceReviews(report)).containsExactly(2L, 1L, 0L, 0L, 1L, 0L, 4L);
        // made rec-3; accepted rec-3 and rec-4; open rec-3 and rec-4
        assertThat(recommendations(report)).containsExactly(1L, 2L, 0L, 0L, 2L);
        assertThat(report.recommendations().byTheme()).isEqualTo(Map.of("INFORMATION_SHARING", 1L, "NEGLECT", 1L));
        // nothing completed or overdue yet
        assertThat(List.of(report.actions().completed(), report.actions().overdueAtYearEnd())).containsExactly(0L, 0L);
        assertThat(report.actions().overdueByAgency()).isEqualTo(Map.of());
        assertThat(report.recurringThemes()).extracting(LearningThemes.RecurringTheme::theme)
                .containsExactlyInAnyOrder("NEGLECT", "DOMESTIC_ABUSE");
    }

    @Test
    void thePreviousYear() {
        YearlyReport report = queries.report(2023, d("2024-03-31"));

        assertThat(report.label()).isEqualTo("2023-24");
        // rr-0: notified 1 Feb 2024, submitted 15 Feb (due 22 Feb); the Panel responded only in April 2024
        assertThat(notifications(report)).containsExactly(1L, 1L, 0L);
        assertThat(report.rapidReviews().submittedOnTime()).isEqualTo(1);
        assertThat(report.rapidReviews().panelAgreed()).isZero();
        assertThat(report.rapidReviews().panelAgreementRate()).as("no response in the year").isNull();
        // commissioned pr-7, pr-2, pr-3; none published; all three active on 31 March 2024
        assertThat(practiceReviews(report)).containsExactly(3L, 0L, 0L, 0L, 0L, 0L, 3L);
        // rec-4 made 20 March 2024, responded to only in April
        assertThat(recommendations(report)).containsExactly(1L, 0L, 0L, 0L, 1L);
        assertThat(report.recommendations().byTheme()).isEqualTo(Map.of("NEGLECT", 1L));
        assertThat(List.of(report.actions().completed(), report.actions().overdueAtYearEnd())).containsExactly(0L, 0L);
        assertThat(report.actions().overdueByAgency()).isEqualTo(Map.of());
        // nothing before 2023-24 to recur with
        assertThat(report.recurringThemes()).isEmpty();
    }

    @Test
    void aYearWithNothingInIt() {
        YearlyReport report = queries.report(2019, d("2020-03-31"));
        assertThat(notifications(report)).containsExactly(0L, 0L, 0L);
        assertThat(report.rapidReviews().total()).isZero();
        assertThat(report.rapidReviews().decisions()).containsOnlyKeys("CSPR", "NO_CSPR", "NATIONAL_REVIEW_RECOMMENDED");
        assertThat(practiceReviews(report)).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(report.recommendations().byTheme()).isEmpty();
        assertThat(report.recurringThemes()).isEmpty();
    }

    private static List<Long> notifications(YearlyReport report) {
        YearlyReport.Notifications n = report.notifications();
        return List.of(n.total(), n.died(), n.seriouslyHarmed());
    }

    private static List<Long> practiceReviews(YearlyReport report) {
        YearlyReport.PracticeReviews p = report.practiceReviews();
        return List.of(p.commissioned(), p.published(), p.publishedOnTime(), p.publishedLateWithReason(), p.publishedLateWithoutReason(),
                p.withheld(), p.activeAtYearEnd());
    }

    private static List<Long> recommendations(YearlyReport report) {
        YearlyReport.Recommendations r = report.recommendations();
        return List.of(r.made(), r.accepted(), r.declined(), r.closed(), r.openAtYearEnd());
    }
}
