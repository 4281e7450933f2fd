package uk.org.casereview.projections.timeliness;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneState;
import uk.org.casereview.domain.practicereview.PracticeReviewKind;
import uk.org.casereview.domain.rapidreview.Outcome;
import uk.org.casereview.domain.rapidreview.PanelResponse;
import uk.org.casereview.domain.rapidreview.RapidReviewDecision;
import uk.org.casereview.projections.readmodel.MilestoneView;
import uk.org.casereview.projections.support.ReadModelFixture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.casereview.projections.support.Events.commissioned;
import static uk.org.casereview.projections.support.Events.d;
import static uk.org.casereview.projections.support.Events.decision;
import static uk.org.casereview.projections.support.Events.delay;
import static uk.org.casereview.projections.support.Events.finalReport;
import static uk.org.casereview.projections.support.Events.notified;
import static uk.org.casereview.projections.support.Events.panel;
import static uk.org.casereview.projections.support.Events.published;
import static uk.org.casereview.projections.support.Events.reviewer;
import static uk.org.casereview.projections.support.Events.submitted;
import static uk.org.casereview.projections.support.Events.withheld;

/**
 * Statutory timeliness: per milestone due in a period, how many were met, missed, are overdue or still due, as of a date.
 * <pre>
 * review  facts                                             milestone       due         state on 31 Dec 2024
 * rr-1    aware 2 May, notified 7 May 2024                  NOTIFICATION    2024-05-10  MET
 *         submitted 24 May                                  RAPID_REVIEW    2024-05-29  MET
 *         Panel agreed 14 June                              PANEL_RESPONSE  2024-06-17  MET (informational)
 * rr-2    aware 2 Sept, notified 12 Sept 2024               NOTIFICATION    2024-09-09  MISSED
 *         submitted 10 Oct                                  RAPID_REVIEW    2024-10-03  MISSED
 *         no response                                       PANEL_RESPONSE  2024-10-31  OVERDUE
 * pr-1    decided 15 Jan 2024, final report 20 June,        FINAL_REPORT    2024-07-04  MET
 *         withheld 1 July                                   PUBLICATION     2024-07-15  OVERDUE (withholding does not complete it)
 * pr-2    decided 4 March 2024, delay with no date 20 Aug   FINAL_REPORT    2024-08-23  OVERDUE (a delay moves no due date)
 *                                                           PUBLICATION     2024-09-04  OVERDUE
 * pr-3    decided 12 Feb 2024, final report 5 Sept,         FINAL_REPORT    2024-09-11  MET (7 working days before 20 Sept)
 *         published 20 Sept                                 PUBLICATION     2024-08-12  MISSED
 * pr-4    decided 10 April 2024, nothing since              FINAL_REPORT    2024-10-01  OVERDUE
 *                                                           PUBLICATION     2024-10-10  OVERDUE
 * pr-l    learning review decided 1 May 2024                (no statutory milestones)
 * </pre>
 */
class TimelinessQueriesTest {

    private final ReadModelFixture fx = new ReadModelFixture();
    private final TimelinessQueries queries = fx.timeliness;

    @BeforeEach
    void caseload() {
        fx.record(notified("rr-1", "RR-1", Outcome.DIED, "2024-05-02", "2024-05-07", "NEGLECT"),
                decision("rr-1", "2024-05-21", RapidReviewDecision.CSPR, "Learning about neglect"),
                submitted("rr-1", "2024-05-24"),
                panel("rr-1", "2024-06-14", PanelResponse.AGREED, null),
                notified("rr-2", "RR-2", Outcome.SERIOUSLY_HARMED, "2024-09-02", "2024-09-12", "ADOLESCENTS"),
                decision("rr-2", "2024-10-08", RapidReviewDecision.NO_CSPR, "Single-agency learning"),
                submitted("rr-2", "2024-10-10"),
                commissioned("pr-1", "CSPR-1", PracticeReviewKind.CSPR, null, "2024-01-15", "NEGLECT"),
                reviewer("pr-1", "Dr A. Reviewer", "2024-02-01"),
                finalReport("pr-1", "2024-06-20"),
                withheld("pr-1", "2024-07-01", "Would identify the siblings"),
                commissioned("pr-2", "CSPR-2", PracticeReviewKind.CSPR, null, "2024-03-04", "NEGLECT"),
                delay("pr-2", "2024-08-20", "Inquest not yet listed", null),
                commissioned("pr-3", "CSPR-3", PracticeReviewKind.CSPR, null, "2024-02-12", "NEGLECT"),
                reviewer("pr-3", "Dr B. Reviewer", "2024-03-01"),
                finalReport("pr-3", "2024-09-05"),
                published("pr-3", "2024-09-20"),
                commissioned("pr-4", "CSPR-4", PracticeReviewKind.CSPR, null, "2024-04-10", "NEGLECT"),
                commissioned("pr-l", "LLR-1", PracticeReviewKind.LEARNING_REVIEW, null, "2024-05-01", "EARLY_HELP"));
    }

    private static StatutoryTimeliness.MilestoneTimeliness of(StatutoryTimeliness timeliness, Milestone milestone) {
        return timeliness.milestones().stream().filter(m -> m.milestone() == milestone).findFirst()
                .orElseThrow(() -> new AssertionError("no " + milestone));
    }

    private static String counts(StatutoryTimeliness timeliness, Milestone milestone) {
        StatutoryTimeliness.MilestoneTimeliness m = of(timeliness, milestone);
        return "met " + m.met() + ", missed " + m.missed() + ", overdue " + m.overdue() + ", due " + m.due();
    }

    @Test
    void countsPerMilestoneAsOfTheEndOfThePeriod() {
        StatutoryTimeliness timeliness = queries.timeliness(d("2024-05-01"), d("2024-12-31"), d("2024-12-31"));

        assertThat(timeliness.milestones()).extracting(StatutoryTimeliness.MilestoneTimeliness::milestone)
                .containsExactly(Milestone.values());
        assertThat(counts(timeliness, Milestone.NOTIFICATION)).isEqualTo("met 1, missed 1, overdue 0, due 0");
        assertThat(counts(timeliness, Milestone.RAPID_REVIEW)).isEqualTo("met 1, missed 1, overdue 0, due 0");
        assertThat(counts(timeliness, Milestone.PANEL_RESPONSE)).isEqualTo("met 1, missed 0, overdue 1, due 0");
        assertThat(counts(timeliness, Milestone.FINAL_REPORT)).isEqualTo("met 2, missed 0, overdue 2, due 0");
        assertThat(counts(timeliness, Milestone.PUBLICATION)).isEqualTo("met 0, missed 1, overdue 3, due 0");
        assertThat(of(timeliness, Milestone.PANEL_RESPONSE).statutory()).isFalse();
        assertThat(of(timeliness, Milestone.PUBLICATION).statutory()).isTrue();

        assertThat(of(timeliness, Milestone.PUBLICATION).reviews())
                .extracting(r -> r.reference() + " " + r.kind() + " " + r.dueOn() + " " + r.doneOn() + " " + r.state())
                .containsExactly(
                        "CSPR-1 CSPR 2024-07-15 null OVERDUE",
                        "CSPR-3 CSPR 2024-08-12 2024-09-20 MISSED",
                        "CSPR-2 CSPR 2024-09-04 null OVERDUE",
                        "CSPR-4 CSPR 2024-10-10 null OVERDUE");
        assertThat(of(timeliness, Milestone.FINAL_REPORT).reviews())
                .extracting(r -> r.reference() + " " + r.dueOn() + " " + r.state())
                .containsExactly("CSPR-1 2024-07-04 MET", "CSPR-2 2024-08-23 OVERDUE", "CSPR-3 2024-09-11 MET", "CSPR-4 2024-10-01 OVERDUE");
        assertThat(of(timeliness, Milestone.NOTIFICATION).reviews())
                .extracting(r -> r.reviewId() + " " + r.kind() + " " + r.dueOn() + " " + r.state())
                .containsExactly("rr-1 RAPID_REVIEW 2024-05-10 MET", "rr-2 RAPID_REVIEW 2024-09-09 MISSED");
    }

    @Test
    void onlyMilestonesDueInThePeriod() {
        StatutoryTimeliness september = queries.timeliness(d("2024-09-01"), d("2024-09-30"), d("2024-12-31"));
        assertThat(counts(september, Milestone.NOTIFICATION)).isEqualTo("met 0, missed 1, overdue 0, due 0");
        assertThat(counts(september, Milestone.RAPID_REVIEW)).isEqualTo("met 0, missed 0, overdue 0, due 0");
        assertThat(counts(september, Milestone.PANEL_RESPONSE)).isEqualTo("met 0, missed 0, overdue 0, due 0");
        assertThat(counts(september, Milestone.FINAL_REPORT)).isEqualTo("met 1, missed 0, overdue 0, due 0");
        assertThat(counts(september, Milestone.PUBLICATION)).isEqualTo("met 0, missed 0, overdue 1, due 0");
        assertThat(of(september, Milestone.RAPID_REVIEW).reviews()).isEmpty();

        StatutoryTimeliness oneDay = queries.timeliness(d("2024-05-10"), d("2024-05-10"), d("2024-12-31"));
        assertThat(counts(oneDay, Milestone.NOTIFICATION)).isEqualTo("met 1, missed 0, overdue 0, due 0");
    }

    @Test
    void statesAsOfAnEarlierDate() {
        // 2 Oct 2024: rr-2's rapid review (due 3 Oct) not yet due, its submission (10 Oct) not yet made; pr-4's final
        // report (due 1 Oct) overdue, its publication (due 10 Oct) not yet due; pr-3 published late on 20 Sept
        StatutoryTimeliness oct2 = queries.timeliness(d("2024-05-01"), d("2024-12-31"), d("2024-10-02"));
        assertThat(oct2.asOf()).isEqualTo(d("2024-10-02"));
        assertThat(of(oct2, Milestone.RAPID_REVIEW).reviews())
                .extracting(r -> r.reviewId() + " " + r.doneOn() + " " + r.state())
                .containsExactly("rr-1 2024-05-24 MET", "rr-2 null DUE");
        assertThat(of(oct2, Milestone.FINAL_REPORT).reviews())
                .extracting(r -> r.reviewId() + " " + r.state())
                .containsExactly("pr-1 MET", "pr-2 OVERDUE", "pr-3 MET", "pr-4 OVERDUE");
        assertThat(of(oct2, Milestone.PUBLICATION).reviews())
                .extracting(r -> r.reviewId() + " " + r.state())
                .containsExactly("pr-1 OVERDUE", "pr-3 MISSED", "pr-2 OVERDUE", "pr-4 DUE");
        assertThat(counts(oct2, Milestone.RAPID_REVIEW)).isEqualTo("met 1, missed 0, overdue 0, due 1");

        // 4 Oct: rr-2's rapid review overdue
        assertThat(counts(queries.timeliness(d("2024-05-01"), d("2024-12-31"), d("2024-10-04")), Milestone.RAPID_REVIEW))
                .isEqualTo("met 1, missed 0, overdue 1, due 0");
    }

    /**
     * Timeliness as of a date says what the reviews' own views say as of that date (SPEC section 4: every query that
     * depends on time is answered from the events as at its asOf date). Adds pr-5: decided 8 Jan 2024, publication
     * due 8 July 2024, with a delay recorded late, on 1 Aug 2024 (expected 29 Nov). On 20 July 2024 no delay had been
     * recorded: PUBLICATION was due 8 July and OVERDUE. And rr-2 had not been submitted on 2 Oct, so no Panel response
     * was expected of it then.
     */
    @Test
    void timelinessAsOfADateAgreesWithTheViewsAsOfThatDate() {
        fx.record(commissioned("pr-5", "CSPR-5", PracticeReviewKind.CSPR, null, "2024-01-08", "NEGLECT"),
                delay("pr-5", "2024-08-01", "Criminal trial", "2024-11-29"));
        LocalDate from = d("2024-01-01");
        LocalDate to = d("2024-12-31");
        List<String> mismatches = new ArrayList<>();
        for (String date : List.of("2024-06-01", "2024-07-20", "2024-10-02", "2024-12-31")) {
            LocalDate asOf = d(date);
            List<String> fromViews = new ArrayList<>();
            for (String id : List.of("rr-1", "rr-2")) {
                fx.rapidReviews.find(id, asOf).ifPresent(view -> view.milestones().forEach(m -> fromViews.add(line(id, m))));
            }
            for (String id : List.of("pr-1", "pr-2", "pr-3", "pr-4", "pr-5", "pr-l")) {
                fx.practiceReviews.find(id, asOf).ifPresent(view -> view.milestones().forEach(m -> fromViews.add(line(id, m))));
            }
            List<String> expected = fromViews.stream().filter(line -> inPeriod(line, from, to)).sorted().toList();
            List<String> actual = queries.timeliness(from, to, asOf).milestones().stream()
                    .flatMap(m -> m.reviews().stream().map(r -> r.reviewId() + " " + m.milestone() + " due " + r.dueOn() + " " + r.state()))
                    .sorted().toList();
            if (!actual.equals(expected)) {
                List<String> onlyInTimeliness = actual.stream().filter(l -> !expected.contains(l)).toList();
                List<String> onlyInViews = expected.stream().filter(l -> !actual.contains(l)).toList();
                mismatches.add("as of " + date + ": timeliness says " + onlyInTimeliness + " where the views say " + onlyInViews);
            }
        }
        assertThat(mismatches).as("timeliness and the views as of the same date").isEmpty();
    }

    private static String line(String id, MilestoneView milestone) {
        return id + " " + milestone.name() + " due " + milestone.dueOn() + " " + milestone.state();
    }

    private static boolean inPeriod(String line, LocalDate from, LocalDate to) {
        LocalDate due = LocalDate.parse(line.split(" due ")[1].substring(0, 10));
        return !due.isBefore(from) && !due.isAfter(to);
    }

    @Test
    void anEmptyPeriodCountsNothing() {
        StatutoryTimeliness none = queries.timeliness(d("2020-01-01"), d("2020-12-31"), d("2025-06-30"));
        assertThat(none.milestones()).hasSize(Milestone.values().length)
                .allSatisfy(m -> assertThat(m.met() + m.missed() + m.overdue() + m.due() + m.notRequired()).isZero());
        assertThat(none.milestones()).filteredOn(m -> m.milestone() == Milestone.PANEL_RESPONSE)
                .singleElement().satisfies(m -> assertThat(m.statutory()).isFalse());
        assertThat(MilestoneState.values()).hasSize(5);
    }
}
