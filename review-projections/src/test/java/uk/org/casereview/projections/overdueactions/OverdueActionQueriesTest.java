package uk.org.casereview.projections.overdueactions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.casereview.domain.practicereview.PracticeReviewKind;
import uk.org.casereview.domain.rapidreview.Outcome;
import uk.org.casereview.projections.support.ReadModelFixture;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.casereview.projections.support.Events.accepted;
import static uk.org.casereview.projections.support.Events.assigned;
import static uk.org.casereview.projections.support.Events.commissioned;
import static uk.org.casereview.projections.support.Events.d;
import static uk.org.casereview.projections.support.Events.evidenceAccepted;
import static uk.org.casereview.projections.support.Events.evidenced;
import static uk.org.casereview.projections.support.Events.made;
import static uk.org.casereview.projections.support.Events.notified;
import static uk.org.casereview.projections.support.Events.revised;

/**
 * Overdue actions as of a date, from the action periods: the due date in force then, completion by then, most overdue
 * first, filtered by agency and theme.
 * <pre>
 * rec-o1 (CSPR-O-01 no. 1, NEGLECT)         1 POLICE    due 2025-01-31
 *                                           2 EDUCATION due 2025-03-15
 *                                           3 HOUSING   due 2025-09-30
 * rec-o2 (RR-O-01 no. 1, DOMESTIC_ABUSE)    1 POLICE    due 2024-12-31, revised on 2025-02-10 to 2025-04-30
 *                                           2 CHILDRENS_SOCIAL_CARE due 2025-02-15, evidence accepted 2025-03-20
 * </pre>
 */
class OverdueActionQueriesTest {

    private final ReadModelFixture fx = new ReadModelFixture();
    private final OverdueActionQueries queries = fx.overdueActions;

    @BeforeEach
    void caseload() {
        fx.record(commissioned("pr-o", "CSPR-O-01", PracticeReviewKind.CSPR, null, "2024-03-01", "NEGLECT"),
                notified("rr-o", "RR-O-01", Outcome.SERIOUSLY_HARMED, "2024-04-01", "2024-04-03", "DOMESTIC_ABUSE"),
                made("rec-o1", "pr-o", "1", "2024-09-02", "NEGLECT"), accepted("rec-o1", "2024-09-10"),
                assigned("rec-o1", "1", "POLICE", "2024-10-01", "2025-01-31"),
                assigned("rec-o1", "2", "EDUCATION", "2024-10-01", "2025-03-15"),
                assigned("rec-o1", "3", "HOUSING", "2024-10-01", "2025-09-30"),
                made("rec-o2", "rr-o", "1", "2024-06-03", "DOMESTIC_ABUSE"), accepted("rec-o2", "2024-06-10"),
                assigned("rec-o2", "1", "POLICE", "2024-07-01", "2024-12-31"),
                assigned("rec-o2", "2", "CHILDRENS_SOCIAL_CARE", "2024-07-01", "2025-02-15"),
                revised("rec-o2", "1", "2025-02-10", "2024-12-31", "2025-04-30", "Waiting for the force's new system"),
                evidenced("rec-o2", "2", "2025-03-18", "Revised procedures"),
                evidenceAccepted("rec-o2", "2", "2025-03-20"));
    }

    private static List<String> keys(OverdueActions overdue) {
        return overdue.items().stream().map(a -> a.recommendationId() + "/" + a.actionId() + " " + a.daysOverdue()).toList();
    }

    @Test
    void nothingIsOverdueBeforeTheFirstDueDate() {
        OverdueActions overdue = queries.overdue(d("2024-12-31"), null, null, 0, 100);
        assertThat(overdue.items()).isEmpty();
        assertThat(overdue.total()).isZero();
        assertThat(overdue.asOf()).isEqualTo(d("2024-12-31"));
    }

    @Test
    void asOfADateBeforeARevisionTheOldDueDateCounts() {
        // 5 Feb 2025: rec-o2/1 due 31 Dec (revised only on 10 Feb): 31 + 5 = 36 days; rec-o1/1 due 31 Jan: 5 days
        OverdueActions overdue = queries.overdue(d("2025-02-05"), null, null, 0, 100);
        assertThat(keys(overdue)).containsExactly("rec-o2/1 36", "rec-o1/1 5");
        OverdueAction first = overdue.items().get(0);
        assertThat(first.dueOn()).isEqualTo(d("2024-12-31"));
        assertThat(first.originalDueOn()).isEqualTo(d("2024-12-31"));
        assertThat(first.sourceReference()).isEqualTo("RR-O-01");
        assertThat(first.recommendationNumber()).isEqualTo("1");
        assertThat(first.agency()).isEqualTo("POLICE");
        assertThat(first.owner()).isEqualTo("Lead of POLICE");
        assertThat(first.description()).isEqualTo("Action 1 of rec-o2");
        assertThat(first.themes()).containsExactly("DOMESTIC_ABUSE");
        assertThat(overdue.items().get(1).sourceReference()).isEqualTo("CSPR-O-01");
    }

    @Test
    void anActionCompletedAfterTheDateIsStillOverdueOnIt() {
        // 1 March 2025: rec-o1/1 due 31 Jan: 28 + 1 = 29 days; rec-o2/2 due 15 Feb: 14 days (complete only on 20 March);
        // rec-o2/1 now due 30 April
        assertThat(keys(queries.overdue(d("2025-03-01"), null, null, 0, 100))).containsExactly("rec-o1/1 29", "rec-o2/2 14");
        // 25 March: rec-o2/2 complete; rec-o1/2 due 15 March: 10 days; rec-o1/1: 28 + 25 = 53 days
        assertThat(keys(queries.overdue(d("2025-03-25"), null, null, 0, 100))).containsExactly("rec-o1/1 53", "rec-o1/2 10");
    }

    @Test
    void mostOverdueFirstWithTheRevisedAndOriginalDueDates() {
        // 10 May 2025: rec-o1/1 28 + 31 + 30 + 10 = 99 days; rec-o1/2 16 + 30 + 10 = 56; rec-o2/1 (due 30 April) 10
        OverdueActions overdue = queries.overdue(d("2025-05-10"), null, null, 0, 100);
        assertThat(keys(overdue)).containsExactly("rec-o1/1 99", "rec-o1/2 56", "rec-o2/1 10");
        assertThat(overdue.total()).isEqualTo(3);
        OverdueAction revised = overdue.items().get(2);
        assertThat(revised.dueOn()).isEqualTo(d("2025-04-30"));
        assertThat(revised.originalDueOn()).isEqualTo(d("2024-12-31"));
        assertThat(overdue.items()).extracting(OverdueAction::daysOverdue).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void filtersByAgencyAndTheme() {
        assertThat(keys(queries.overdue(d("2025-05-10"), "POLICE", null, 0, 100))).containsExactly("rec-o1/1 99", "rec-o2/1 10");
        assertThat(keys(queries.overdue(d("2025-05-10"), "EDUCATION", null, 0, 100))).containsExactly("rec-o1/2 56");
        assertThat(keys(queries.overdue(d("2025-05-10"), "HOUSING", null, 0, 100))).isEmpty();
        assertThat(keys(queries.overdue(d("2025-05-10"), null, "DOMESTIC_ABUSE", 0, 100))).containsExactly("rec-o2/1 10");
        assertThat(keys(queries.overdue(d("2025-05-10"), null, "NEGLECT", 0, 100))).containsExactly("rec-o1/1 99", "rec-o1/2 56");
        assertThat(keys(queries.overdue(d("2025-05-10"), "EDUCATION", "NEGLECT", 0, 100))).containsExactly("rec-o1/2 56");
        assertThat(keys(queries.overdue(d("2025-05-10"), "EDUCATION", "DOMESTIC_ABUSE", 0, 100))).isEmpty();
        assertThat(queries.overdue(d("2025-05-10"), null, "ONLINE_HARM", 0, 100).total()).isZero();
        // the theme filter keeps the source references and themes
        OverdueAction police = queries.overdue(d("2025-05-10"), "POLICE", "DOMESTIC_ABUSE", 0, 100).items().get(0);
        assertThat(police.sourceReference()).isEqualTo("RR-O-01");
        assertThat(police.themes()).containsExactly("DOMESTIC_ABUSE");
    }

    @Test
    void pages() {
        OverdueActions second = queries.overdue(d("2025-05-10"), null, null, 1, 1);
        assertThat(keys(second)).containsExactly("rec-o1/2 56");
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(1);
        assertThat(queries.overdue(d("2025-05-10"), null, null, 3, 1).items()).isEmpty();
    }
}
