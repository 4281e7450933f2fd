package uk.org.casereview.projections.practicereview;

import uk.org.casereview.domain.practicereview.PracticeReviewStatus;
import org.junit.jupiter.api.Test;
import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneState;
import uk.org.casereview.domain.practicereview.PracticeReviewEvent;
import uk.org.casereview.domain.practicereview.PracticeReviewKind;
import uk.org.casereview.domain.practicereview.PublicationScope;
import uk.org.casereview.projections.readmodel.MilestoneView;
import uk.org.casereview.projections.readmodel.Timeline;
import uk.org.casereview.projections.readmodel.TimelineEntry;
import uk.org.casereview.projections.support.ReadModelFixture;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.casereview.projections.support.Events.commissioned;
import static uk.org.casereview.projections.support.Events.d;
import static uk.org.casereview.projections.support.Events.delay;
import static uk.org.casereview.projections.support.Events.finalReport;
import static uk.org.casereview.projections.support.Events.published;
import static uk.org.casereview.projections.support.Events.reviewer;
import static uk.org.casereview.projections.support.Events.withheld;

/**
 * Practice reviews through PracticeReviewProjection's own handler: publication withheld, publication delayed with and
 * without an expected date, the milestones' states as of each date, the list and the timeline.
 */
class PracticeReviewReadModelTest {

    private final ReadModelFixture fx = new ReadModelFixture();
    private final PracticeReviewQueries queries = fx.practiceReviews;

    private void record(String recordedBy, PracticeReviewEvent... events) {
        for (PracticeReviewEvent event : events) {
            fx.practiceReviewProjection.on(event, fx.next(recordedBy, event));
        }
    }

    private PracticeReviewView view(String id, String asOf) {
        return queries.find(id, d(asOf)).orElseThrow(() -> new AssertionError("no " + id + " as of " + asOf));
    }

    private static MilestoneView milestone(PracticeReviewView view, Milestone name) {
        return view.milestones().stream().filter(m -> m.name() == name).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + view.milestones()));
    }

    private static void assertMilestone(PracticeReviewView view, Milestone name, String dueOn, String doneOn, MilestoneState state) {
        MilestoneView milestone = milestone(view, name);
        assertThat(milestone.dueOn()).as(name + " due, as of " + view.asOf()).isEqualTo(d(dueOn));
        assertThat(milestone.doneOn()).as(name + " done, as of " + view.asOf()).isEqualTo(d(doneOn));
        assertThat(milestone.state()).as(name + " state as of " + view.asOf()).isEqualTo(state);
    }

    /**
     * CSPR-W: decided Mon 15 Jan 2024, so PUBLICATION is due Mon 15 July 2024 and FINAL_REPORT 7 working days before,
     * Thu 4 July. Final report sent 20 June; publication withheld on 1 July.
     */
    @Test
    void publicationWithheld() {
        record("alice", PracticeReviewEventsFor.withheldReview());

        assertThat(queries.find("pr-w", d("2024-01-14"))).isEmpty();
        PracticeReviewView commissioned = view("pr-w", "2024-01-15");
        assertThat(commissioned.status()).isEqualTo(PracticeReviewStatus.COMMISSIONED);
        assertThat(commissioned.milestones()).extracting(MilestoneView::name).containsExactly(Milestone.FINAL_REPORT, Milestone.PUBLICATION);
        assertMilestone(commissioned, Milestone.FINAL_REPORT, "2024-07-04", null, MilestoneState.DUE);
        assertMilestone(commissioned, Milestone.PUBLICATION, "2024-07-15", null, MilestoneState.DUE);

        assertThat(view("pr-w", "2024-06-10").status()).isEqualTo(PracticeReviewStatus.REVIEWER_APPOINTED);
        assertThat(view("pr-w", "2024-06-10").reviewer().reviewer()).isEqualTo("Dr A. Reviewer");

        PracticeReviewView sent = view("pr-w", "2024-06-25");
        assertThat(sent.status()).isEqualTo(PracticeReviewStatus.FINAL_REPORT_SENT);
        assertMilestone(sent, Milestone.FINAL_REPORT, "2024-07-04", "2024-06-20", MilestoneState.MET);
        assertMilestone(sent, Milestone.PUBLICATION, "2024-07-15", null, MilestoneState.DUE);

        PracticeReviewView withheld = view("pr-w", "2024-07-31");
        assertThat(withheld.status()).isEqualTo(PracticeReviewStatus.WITHHELD);
        assertThat(withheld.withholding().reason()).isEqualTo("Publication would identify the siblings");
        assertThat(withheld.withholding().decidedOn()).isEqualTo(d("2024-07-01"));
        assertThat(withheld.publication()).isNull();
        // withholding the full report does not complete PUBLICATION: the improvements are still expected (SPEC 3a)
        assertMilestone(withheld, Milestone.PUBLICATION, "2024-07-15", null, MilestoneState.OVERDUE);
        assertThat(milestone(withheld, Milestone.PUBLICATION).note()).isEqualTo("full report withheld on 2024-07-01: Publication would"
                + " identify the siblings; the improvements are still to be published");
        assertMilestone(withheld, Milestone.FINAL_REPORT, "2024-07-04", "2024-06-20", MilestoneState.MET);
    }

    /**
     * CSPR-D1: decided Mon 12 Feb 2024, publication due Mon 12 Aug 2024 (final report Thu 1 Aug while there is no
     * publication). On 1 July a delay is recorded (criminal trial), publication expected Mon 2 Dec 2024. A delay never
     * moves a statutory due date (SPEC 3a): PUBLICATION stays due 12 Aug and is OVERDUE after it, with the delay shown
     * beside it (its reason recorded before the due date). Final report sent 20 Nov, published 2 Dec: PUBLICATION MISSED;
     * FINAL_REPORT due 7 working days before the actual publication, Thu 21 Nov: MET.
     */
    @Test
    void aDelayIsShownWithThePublicationButNeverMovesItsDueDate() {
        delayedWithADate();

        PracticeReviewView beforeDelay = view("pr-d1", "2024-06-30");
        assertMilestone(beforeDelay, Milestone.PUBLICATION, "2024-08-12", null, MilestoneState.DUE);
        assertMilestone(beforeDelay, Milestone.FINAL_REPORT, "2024-08-01", null, MilestoneState.DUE);
        assertThat(milestone(beforeDelay, Milestone.PUBLICATION).delay()).isNull();
        assertThat(beforeDelay.delays()).isEmpty();

        PracticeReviewView delayed = view("pr-d1", "2024-09-01");
        assertMilestone(delayed, Milestone.PUBLICATION, "2024-08-12", null, MilestoneState.OVERDUE);
        assertMilestone(delayed, Milestone.FINAL_REPORT, "2024-08-01", null, MilestoneState.OVERDUE);
        assertThat(milestone(delayed, Milestone.PUBLICATION).delay()).isEqualTo(new MilestoneView.Delay(d("2024-07-01"),
                "Criminal trial listed for November", d("2024-12-02"), true));
        assertThat(delayed.delays()).singleElement().satisfies(delay -> {
            assertThat(delay.recordedOn()).isEqualTo(d("2024-07-01"));
            assertThat(delay.expectedOn()).isEqualTo(d("2024-12-02"));
        });

        PracticeReviewView published = view("pr-d1", "2024-12-05");
        assertThat(published.status()).isEqualTo(PracticeReviewStatus.PUBLISHED);
        assertThat(published.publication().scope()).isEqualTo(PublicationScope.FULL);
        assertMilestone(published, Milestone.PUBLICATION, "2024-08-12", "2024-12-02", MilestoneState.MISSED);
        assertMilestone(published, Milestone.FINAL_REPORT, "2024-11-21", "2024-11-20", MilestoneState.MET);
    }

    private void delayedWithADate() {
        record("alice", commissioned("pr-d1", "CSPR-D1", PracticeReviewKind.CSPR, null, "2024-02-12", "DOMESTIC_ABUSE"));
        record("bob", delay("pr-d1", "2024-07-01", "Criminal trial listed for November", "2024-12-02"));
        // recorded after the delay, dated before it
        record("alice", reviewer("pr-d1", "Ms B. Reviewer", "2024-03-01"), finalReport("pr-d1", "2024-11-20"));
        record("dave", published("pr-d1", "2024-12-02"));
    }

    /**
     * CSPR-D2: decided Mon 4 March 2024, publication due Wed 4 Sept 2024, final report 7 working days before: Fri 23
     * Aug (Mon 26 Aug a bank holiday). On 20 Aug a delay is recorded with no expected date (inquest not yet listed): no
     * clock is held; both milestones fall OVERDUE at their due dates, and the delay is shown (recorded before the due date).
     */
    @Test
    void aDelayWithNoExpectedDateHoldsNoClock() {
        record("alice", commissioned("pr-d2", "CSPR-D2", PracticeReviewKind.CSPR, null, "2024-03-04", "NEGLECT"),
                reviewer("pr-d2", "Dr C. Reviewer", "2024-04-01"),
                delay("pr-d2", "2024-08-20", "Inquest not yet listed", null));

        PracticeReviewView before = view("pr-d2", "2024-08-19");
        assertMilestone(before, Milestone.PUBLICATION, "2024-09-04", null, MilestoneState.DUE);
        assertMilestone(before, Milestone.FINAL_REPORT, "2024-08-23", null, MilestoneState.DUE);

        assertMilestone(view("pr-d2", "2024-08-26"), Milestone.FINAL_REPORT, "2024-08-23", null, MilestoneState.OVERDUE);
        assertMilestone(view("pr-d2", "2024-08-26"), Milestone.PUBLICATION, "2024-09-04", null, MilestoneState.DUE);
        for (String asOf : List.of("2024-09-05", "2025-06-30")) {
            PracticeReviewView late = view("pr-d2", asOf);
            assertThat(late.status()).isEqualTo(PracticeReviewStatus.REVIEWER_APPOINTED);
            assertMilestone(late, Milestone.PUBLICATION, "2024-09-04", null, MilestoneState.OVERDUE);
            assertThat(milestone(late, Milestone.PUBLICATION).delay()).isEqualTo(new MilestoneView.Delay(d("2024-08-20"),
                    "Inquest not yet listed", null, true));
        }
    }

    /**
     * CSPR-D2 again, published once the inquest is over: late whatever reason was recorded, so PUBLICATION is MISSED.
     * FINAL_REPORT is due 7 working days before the actual publication (Fri 25 July 2025): Wed 16 July.
     */
    @Test
    void aPublicationAfterADelayIsMissed() {
        record("alice", commissioned("pr-d2", "CSPR-D2", PracticeReviewKind.CSPR, null, "2024-03-04", "NEGLECT"),
                reviewer("pr-d2", "Dr C. Reviewer", "2024-04-01"),
                delay("pr-d2", "2024-08-20", "Inquest not yet listed", null),
                finalReport("pr-d2", "2025-07-10"),
                published("pr-d2", "2025-07-25"));

        PracticeReviewView published = view("pr-d2", "2025-07-31");
        assertThat(published.status()).isEqualTo(PracticeReviewStatus.PUBLISHED);
        assertMilestone(published, Milestone.FINAL_REPORT, "2025-07-16", "2025-07-10", MilestoneState.MET);
        assertMilestone(published, Milestone.PUBLICATION, "2024-09-04", "2025-07-25", MilestoneState.MISSED);
    }

    /** SPEC 3a: a publication with no final report on record is a fact; FINAL_REPORT is MISSED from the publication. */
    @Test
    void aPublicationWithoutAFinalReportLeavesTheFinalReportMissed() {
        record("alice", commissioned("pr-n", "CSPR-N", PracticeReviewKind.CSPR, null, "2024-03-04", "NEGLECT"),
                published("pr-n", "2024-09-02"));
        PracticeReviewView before = view("pr-n", "2024-08-30");
        assertMilestone(before, Milestone.FINAL_REPORT, "2024-08-23", null, MilestoneState.OVERDUE);
        PracticeReviewView published = view("pr-n", "2024-09-02");
        assertMilestone(published, Milestone.PUBLICATION, "2024-09-04", "2024-09-02", MilestoneState.MET);
        assertMilestone(published, Milestone.FINAL_REPORT, "2024-08-21", null, MilestoneState.MISSED);
        assertThat(milestone(published, Milestone.FINAL_REPORT).note()).contains("published on 2024-09-02 with no final report");
    }

    @Test
    void aLearningReviewHasNoStatutoryMilestones() {
        record("alice", commissioned("pr-l", "LLR-01", PracticeReviewKind.LEARNING_REVIEW, null, "2024-05-01", "EARLY_HELP"),
                reviewer("pr-l", "Mr D. Reviewer", "2024-05-10"), reviewer("pr-l", "Ms E. Reviewer", "2024-07-01"),
                finalReport("pr-l", "2025-02-10"), published("pr-l", "2025-03-01"));
        PracticeReviewView view = view("pr-l", "2025-06-30");
        assertThat(view.kind()).isEqualTo(PracticeReviewKind.LEARNING_REVIEW);
        assertThat(view.milestones()).isEmpty();
        assertThat(view.status()).isEqualTo(PracticeReviewStatus.PUBLISHED);
        assertThat(view.reviewer().reviewer()).isEqualTo("Ms E. Reviewer");
        assertThat(view.earlierReviewers()).extracting(PracticeReviewView.Reviewer::reviewer).containsExactly("Mr D. Reviewer");
        assertThat(queries.timeline("pr-l", d("2025-06-30")).orElseThrow().entries())
                .allMatch(e -> e.entry().equals(TimelineEntry.FACT));
    }

    @Test
    void theListAsOfADate() {
        record("alice", PracticeReviewEventsFor.withheldReview());
        delayedWithADate();

        assertThat(queries.list(d("2024-01-14"), 0, 20).total()).isZero();
        assertThat(queries.list(d("2024-01-15"), 0, 20).items()).extracting(PracticeReviewView::id).containsExactly("pr-w");
        assertThat(queries.list(d("2024-12-31"), 0, 20).items()).extracting(PracticeReviewView::id).containsExactly("pr-d1", "pr-w");
        assertThat(queries.list(d("2024-06-30"), 0, 20).items()).extracting(PracticeReviewView::status)
                .containsExactly(PracticeReviewStatus.REVIEWER_APPOINTED, PracticeReviewStatus.FINAL_REPORT_SENT);
        assertThat(queries.list(d("2024-06-30"), 0, 20).items().get(0)).isEqualTo(view("pr-d1", "2024-06-30"));
    }

    @Test
    void theTimelineIsInBusinessDateOrderWithTheMilestonesInterleaved() {
        delayedWithADate();

        Timeline timeline = queries.timeline("pr-d1", d("2024-12-31")).orElseThrow();
        assertThat(timeline.reference()).isEqualTo("CSPR-D1");
        List<TimelineEntry> entries = timeline.entries();
        assertThat(entries).extracting(e -> e.on() + " " + (e.milestone() == null ? e.recordedBy() : e.milestone() + " " + e.state()))
                .containsExactly(
                        "2024-02-12 alice",
                        "2024-03-01 alice",
                        "2024-07-01 bob",
                        "2024-08-12 PUBLICATION MISSED",
                        "2024-11-20 alice",
                        "2024-11-21 FINAL_REPORT MET",
                        "2024-12-02 dave");
        assertThat(entries).extracting(TimelineEntry::what).containsExactly(
                "Child Safeguarding Practice Review commissioned: Review CSPR-D1.",
                "Lead reviewer appointed: Ms B. Reviewer.",
                "Publication delayed: Criminal trial listed for November (expected 2024-12-02).",
                "Publication due (6 months after the decision to initiate the review): missed: done on 2024-12-02",
                "Final report sent to the National Panel and the Secretary of State.",
                "Final report due to the National Panel and the Secretary of State (7 working days before publication): met on 2024-11-20"
                        + " (to the National Panel and the Secretary of State)",
                "Published (full) at https://lscp.example.org/reviews/pr-d1.");
        // the reviewer's appointment was recorded after the delay: its recordedAt says so
        assertThat(entries.get(1).recordedAt()).isEqualTo(fx.messages().get(2).getTimestamp());
        assertThat(entries.get(2).recordedAt()).isEqualTo(fx.messages().get(1).getTimestamp());
        assertThat(entries.get(1).recordedAt()).isAfter(entries.get(2).recordedAt());
        assertThat(entries.get(3).recordedBy()).isNull();
        assertThat(entries.get(3).recordedAt()).isNull();
        assertThat(entries).filteredOn(e -> e.entry().equals(TimelineEntry.FACT)).extracting(TimelineEntry::sequence)
                .containsExactly(0L, 2L, 1L, 3L, 4L);

        // as of 1 Sept: the delay moved nothing: both milestones are overdue
        Timeline sept = queries.timeline("pr-d1", d("2024-09-01")).orElseThrow();
        assertThat(sept.entries()).extracting(e -> e.on() + " " + e.entry() + (e.state() == null ? "" : " " + e.state()))
                .containsExactly("2024-02-12 FACT", "2024-03-01 FACT", "2024-07-01 FACT", "2024-08-01 MILESTONE OVERDUE",
                        "2024-08-12 MILESTONE OVERDUE");
    }

    /** The events of CSPR-W. */
    static final class PracticeReviewEventsFor {
        static PracticeReviewEvent[] withheldReview() {
            return new PracticeReviewEvent[]{
                    commissioned("pr-w", "CSPR-W", PracticeReviewKind.CSPR, null, "2024-01-15", "NEGLECT"),
                    reviewer("pr-w", "Dr A. Reviewer", "2024-02-01"),
                    finalReport("pr-w", "2024-06-20"),
                    withheld("pr-w", "2024-07-01", "Publication would identify the siblings")};
        }
    }
}
