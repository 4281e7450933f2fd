package uk.org.casereview.projections.learningthemes;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.casereview.domain.practicereview.PracticeReviewKind;
import uk.org.casereview.domain.rapidreview.Outcome;
import uk.org.casereview.projections.readmodel.ReportingYear;
import uk.org.casereview.projections.support.ReadModelFixture;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.casereview.projections.support.Events.accepted;
import static uk.org.casereview.projections.support.Events.assigned;
import static uk.org.casereview.projections.support.Events.closed;
import static uk.org.casereview.projections.support.Events.commissioned;
import static uk.org.casereview.projections.support.Events.d;
import static uk.org.casereview.projections.support.Events.declined;
import static uk.org.casereview.projections.support.Events.evidenceAccepted;
import static uk.org.casereview.projections.support.Events.evidenced;
import static uk.org.casereview.projections.support.Events.made;
import static uk.org.casereview.projections.support.Events.notified;

/**
 * Learning themes over the reporting year 2024-25 (1 April 2024 to 31 March 2025).
 * <pre>
 * reviews                                       in the period?
 * rr-0  notified 2023-06-01  NEGLECT, DOMESTIC_ABUSE    no (2023-24)
 * rr-1  notified 2024-05-07  NEGLECT, BABIES_AND_INFANTS yes
 * pr-1  decided  2024-05-21  NEGLECT                   yes
 * rr-3  notified 2025-04-10  ONLINE_HARM               no (after)
 *
 * recommendations          made        themes                              state on 31 March 2025
 * rec-a  pr-1 no. 1        2024-11-21  NEGLECT, FATHERS_AND_MALE_CARERS    open, action due 2025-01-31 overdue
 * rec-b  pr-1 no. 2        2024-11-21  NEGLECT                             declined
 * rec-c  rr-1 no. 1        2024-06-14  NEGLECT, INFORMATION_SHARING        closed 2025-01-10
 * rec-d  rr-1 no. 2        2025-03-01  INFORMATION_SHARING                 open (made)
 * rec-e  rr-0 no. 1        2024-03-01  NEGLECT                             made before the period: not counted
 * rec-f  rr-1 no. 3        2024-06-14  BABIES_AND_INFANTS                  open, overdue (due 2024-09-30, done only 2025-04-15)
 *
 * theme                 reviews  recommendations  open  overdue  closed
 * NEGLECT               2        3 (a, b, c)      1 a   1 a      1 c
 * BABIES_AND_INFANTS    1        1 (f)            1     1        0
 * INFORMATION_SHARING   0        2 (c, d)         1 d   0        1 c
 * FATHERS_AND_MALE_...  0        1 (a)            1     1        0
 * DOMESTIC_ABUSE        0        0                0     0        0
 * </pre>
 * Recurring up to 31 March 2025: NEGLECT (2023-24 rr-0; 2024-25 rr-1, pr-1: 3 reviews). DOMESTIC_ABUSE and
 * BABIES_AND_INFANTS are carried in one year only; ONLINE_HARM only after the end of the period.
 */
class LearningThemeQueriesTest {

    private final ReadModelFixture fx = new ReadModelFixture();
    private final LearningThemeQueries queries = fx.learningThemes;

    @BeforeEach
    void caseload() {
        fx.record(notified("rr-0", "RR-0", Outcome.DIED, "2023-05-30", "2023-06-01", "NEGLECT", "DOMESTIC_ABUSE"),
                notified("rr-1", "RR-1", Outcome.DIED, "2024-05-02", "2024-05-07", "NEGLECT", "BABIES_AND_INFANTS"),
                commissioned("pr-1", "CSPR-1", PracticeReviewKind.CSPR, "rr-1", "2024-05-21", "NEGLECT"),
                notified("rr-3", "RR-3", Outcome.SERIOUSLY_HARMED, "2025-04-08", "2025-04-10", "ONLINE_HARM"),
                made("rec-e", "rr-0", "1", "2024-03-01", "NEGLECT"),
                made("rec-c", "rr-1", "1", "2024-06-14", "NEGLECT", "INFORMATION_SHARING"), accepted("rec-c", "2024-06-20"),
                made("rec-f", "rr-1", "3", "2024-06-14", "BABIES_AND_INFANTS"), accepted("rec-f", "2024-06-20"),
                assigned("rec-c", "1", "PRIMARY_CARE", "2024-07-01", "2024-12-31"),
                assigned("rec-f", "1", "ACUTE_HOSPITAL", "2024-07-01", "2024-09-30"),
                made("rec-a", "pr-1", "1", "2024-11-21", "NEGLECT", "FATHERS_AND_MALE_CARERS"),
                made("rec-b", "pr-1", "2", "2024-11-21", "NEGLECT"),
                accepted("rec-a", "2024-12-05"), declined("rec-b", "2024-12-05", "Covered by the neglect strategy"),
                assigned("rec-a", "1", "COMMUNITY_HEALTH", "2024-12-10", "2025-01-31"),
                evidenced("rec-c", "1", "2024-12-10", "Pathway agreed"), evidenceAccepted("rec-c", "1", "2024-12-15"),
                closed("rec-c", "2025-01-10", "GPs and health visitors share weight concerns"),
                made("rec-d", "rr-1", "2", "2025-03-01", "INFORMATION_SHARING"),
                evidenced("rec-f", "1", "2025-04-10", "Audit"), evidenceAccepted("rec-f", "1", "2025-04-15"));
    }

    private static LearningThemes.Theme theme(LearningThemes themes, String code) {
        return themes.themes().stream().filter(t -> t.theme().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no theme " + code));
    }

    private static String counts(LearningThemes.Theme t) {
        return "reviews " + t.reviews().size() + ", recommendations " + t.recommendations() + ", open " + t.open()
                + ", overdue " + t.overdue() + ", closed " + t.closed();
    }

    @Test
    void countsPerThemeForTheReportingYear() {
        LearningThemes themes = queries.themes(d("2024-04-01"), d("2025-03-31"));

        assertThat(themes.from()).isEqualTo(d("2024-04-01"));
        assertThat(themes.to()).isEqualTo(d("2025-03-31"));
        assertThat(themes.themes()).extracting(LearningThemes.Theme::theme)
                .as("every theme of the reference data").containsExactlyInAnyOrderElementsOf(fx.referenceData.themes().keySet());
        assertThat(counts(theme(themes, "NEGLECT"))).isEqualTo("reviews 2, recommendations 3, open 1, overdue 1, closed 1");
        assertThat(counts(theme(themes, "BABIES_AND_INFANTS"))).isEqualTo("reviews 1, recommendations 1, open 1, overdue 1, closed 0");
        assertThat(counts(theme(themes, "INFORMATION_SHARING"))).isEqualTo("reviews 0, recommendations 2, open 1, overdue 0, closed 1");
        assertThat(counts(theme(themes, "FATHERS_AND_MALE_CARERS"))).isEqualTo("reviews 0, recommendations 1, open 1, overdue 1, closed 0");
        assertThat(counts(theme(themes, "DOMESTIC_ABUSE"))).isEqualTo("reviews 0, recommendations 0, open 0, overdue 0, closed 0");
        assertThat(counts(theme(themes, "ONLINE_HARM"))).isEqualTo("reviews 0, recommendations 0, open 0, overdue 0, closed 0");

        LearningThemes.Theme neglect = theme(themes, "NEGLECT");
        assertThat(neglect.label()).isEqualTo("Neglect");
        assertThat(neglect.reviews()).extracting(r -> r.reference() + " " + r.kind() + " " + r.on())
                .containsExactly("RR-1 RAPID_REVIEW 2024-05-07", "CSPR-1 CSPR 2024-05-21");
        // most carried first: NEGLECT (5), then the three themes carried 2 times
        assertThat(themes.themes().get(0).theme()).isEqualTo("NEGLECT");
        assertThat(themes.themes().subList(1, 4)).extracting(LearningThemes.Theme::theme)
                .containsExactlyInAnyOrder("BABIES_AND_INFANTS", "INFORMATION_SHARING", "FATHERS_AND_MALE_CARERS")
                .hasSize(3);
        assertThat(themes.themes().get(4).recommendations() + themes.themes().get(4).reviews().size()).isLessThanOrEqualTo(1);

        assertThat(themes.recurringThemes()).singleElement().satisfies(recurring -> {
            assertThat(recurring.theme()).isEqualTo("NEGLECT");
            assertThat(recurring.years()).containsExactly("2023-24", "2024-25");
            assertThat(recurring.reviews()).isEqualTo(3);
        });
    }

    @Test
    void countsAsOfTheEndOfAnEarlierPeriod() {
        // 1 April to 30 November 2024: rec-a and rec-b made 21 Nov, not yet responded to (open, not overdue); rec-c open
        // (closed only in January), its action due 31 Dec; rec-f overdue since 30 Sept; rec-d not yet made
        LearningThemes themes = queries.themes(d("2024-04-01"), d("2024-11-30"));
        assertThat(counts(theme(themes, "NEGLECT"))).as("a, b and c open").isEqualTo("reviews 2, recommendations 3, open 3, overdue 0, closed 0");
        assertThat(counts(theme(themes, "INFORMATION_SHARING"))).isEqualTo("reviews 0, recommendations 1, open 1, overdue 0, closed 0");
        assertThat(counts(theme(themes, "BABIES_AND_INFANTS"))).isEqualTo("reviews 1, recommendations 1, open 1, overdue 1, closed 0");
    }

    @Test
    void thePeriodAsAtAnotherDate() {
        // the reporting year 2024-25 as it stood on 30 November 2024: the same as the period up to then
        LearningThemes early = queries.themes(d("2024-04-01"), d("2025-03-31"), d("2024-11-30"));
        assertThat(early.asOf()).isEqualTo(d("2024-11-30"));
        LearningThemes upToThen = queries.themes(d("2024-04-01"), d("2024-11-30"));
        assertThat(early.themes()).isEqualTo(upToThen.themes());
        assertThat(early.recurringThemes()).isEqualTo(upToThen.recurringThemes());
        assertThat(counts(theme(early, "NEGLECT"))).isEqualTo("reviews 2, recommendations 3, open 3, overdue 0, closed 0");

        // the period to 30 November 2024 as it stands at the end of the year: rec-c has been closed since
        LearningThemes since = queries.themes(d("2024-04-01"), d("2024-11-30"), d("2025-03-31"));
        assertThat(since.to()).isEqualTo(d("2024-11-30"));
        assertThat(counts(theme(since, "NEGLECT"))).isEqualTo(counts(theme(queries.themes(d("2024-04-01"), d("2025-03-31")), "NEGLECT")));
    }

    @Test
    void aPeriodOfOneDay() {
        LearningThemes themes = queries.themes(d("2024-05-07"), d("2024-05-07"));
        assertThat(counts(theme(themes, "NEGLECT"))).isEqualTo("reviews 1, recommendations 0, open 0, overdue 0, closed 0");
        assertThat(counts(theme(themes, "BABIES_AND_INFANTS"))).isEqualTo("reviews 1, recommendations 0, open 0, overdue 0, closed 0");
    }

    @Test
    void recurringThemesUpToADate() {
        // up to 2025-04-30 ONLINE_HARM has rr-3 only (2025-26): still one year
        assertThat(queries.recurring(d("2025-04-30"), null)).extracting(LearningThemes.RecurringTheme::theme).containsExactly("NEGLECT");
        // before rr-1 and pr-1, NEGLECT was carried in 2023-24 only
        assertThat(queries.recurring(d("2024-05-01"), null)).isEmpty();
        // recurring in 2024-25: carried then and earlier
        assertThat(queries.recurring(d("2025-03-31"), new ReportingYear(2024))).extracting(LearningThemes.RecurringTheme::theme)
                .containsExactly("NEGLECT");
        assertThat(queries.recurring(d("2025-04-30"), new ReportingYear(2025))).isEmpty();
        List<LearningThemes.RecurringTheme> all = queries.recurring(d("2025-04-30"), null);
        assertThat(all.get(0).label()).isEqualTo("Neglect");
    }
}
