package uk.org.casereview.projections.practicereview;

import org.junit.jupiter.api.Test;
import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneState;
import uk.org.casereview.domain.practicereview.PracticeReviewEvent;
import uk.org.casereview.domain.practicereview.PracticeReviewKind;
import uk.org.casereview.domain.practicereview.PublicationScope;
import uk.org.casereview.projections.shared.MilestoneView;
import uk.org.casereview.projections.shared.Timeline;
import uk.org.casereview.projections.shared.TimelineEntry;
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
        assertMilestone(withheld, Milestone.PUBLICATION, "2024-07-15", "2024-07-01", MilestoneState.MET);
        assertThat(milestone(withheld, Milestone.PUBLICATION).note()).isEqualTo("publication withheld: Publication would identify the siblings");
        assertMilestone(withheld, Milestone.FINAL_REPORT, "2024-07-04", "2024-06-20", MilestoneState.MET);
    }

    /**
     * CSPR-D1: decided Mon 12 Feb 2024, publication due Mon 12 Aug 2024 (final report Thu 1 Aug). On 1 July a delay
     * is recorded (criminal trial), publication expected Mon 2 Dec 2024: PUBLICATION is then due 2 Dec and FINAL_REPORT
     * 7 working days before, Thu 21 Nov. Final report sent 20 Nov, published 2 Dec: both MET.
     */
    @Test
    void publicationDelayedWithAnExpectedDate() {
        delayedWithADate();

        PracticeReviewView beforeDelay = view("pr-d1", "2024-06-30");
        assertMilestone(beforeDelay, Milestone.PUBLICATION, "2024-08-12", null, MilestoneState.DUE);
        assertMilestone(beforeDelay, Milestone.FINAL_REPORT, "2024-08-01", null, MilestoneState.DUE);
        assertThat(milestone(beforeDelay, Milestone.PUBLICATION).note()).isNull();
        assertThat(beforeDelay.delays()).isEmpty();

        // past the statutory date, but delayed to 2 December
        PracticeReviewView delayed = view("pr-d1", "2024-09-01");
        assertMilestone(delayed, Milestone.PUBLICATION, "2024-12-02", null, MilestoneState.DUE);
        assertMilestone(delayed, Milestone.FINAL_REPORT, "2024-11-21", null, MilestoneState.DUE);
        assertThat(milestone(delayed, Milestone.PUBLICATION).note())
                .isEqualTo("delayed: Criminal trial listed for November (statutory due date 2024-08-12)");
        assertThat(milestone(delayed, Milestone.PUBLICATION).onHold()).isFalse();
        assertThat(delayed.delays()).singleElement().satisfies(delay -> {
            assertThat(delay.recordedOn()).isEqualTo(d("2024-07-01"));
            assertThat(delay.expectedOn()).isEqualTo(d("2024-12-02"));
        });

        assertMilestone(view("pr-d1", "2024-11-22"), Milestone.FINAL_REPORT, "2024-11-21", "2024-11-20", MilestoneState.MET);

        PracticeReviewView published = view("pr-d1", "2024-12-05");
        assertThat(published.status()).isEqualTo(PracticeReviewStatus.PUBLISHED);
        assertThat(published.publication().scope()).isEqualTo(PublicationScope.FULL);
        assertMilestone(published, Milestone.PUBLICATION, "2024-12-02", "2024-12-02", MilestoneState.MET);
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
     * Aug (Mon 26 Aug a bank holiday). On 20 Aug a delay is recorded with no expected date (inquest not yet listed):
     * both milestones are held DUE, however long it takes.
     */
    @Test
    void publicationDelayedWithNoExpectedDateKeepsBothMilestonesDue() {
        record("alice", commissioned("pr-d2", "CSPR-D2", PracticeReviewKind.CSPR, null, "2024-03-04", "NEGLECT"),
                reviewer("pr-d2", "Dr C. Reviewer", "2024-04-01"),
                delay("pr-d2", "2024-08-20", "Inquest not yet listed", null));

        PracticeReviewView before = view("pr-d2", "2024-08-19");
        assertMilestone(before, Milestone.PUBLICATION, "2024-09-04", null, MilestoneState.DUE);
        assertMilestone(before, Milestone.FINAL_REPORT, "2024-08-23", null, MilestoneState.DUE);
        assertThat(milestone(before, Milestone.PUBLICATION).onHold()).isFalse();

        for (String asOf : List.of("2024-08-26", "2024-09-05", "2025-06-30")) {
            PracticeReviewView held = view("pr-d2", asOf);
            assertThat(held.status()).isEqualTo(PracticeReviewStatus.REVIEWER_APPOINTED);
            assertMilestone(held, Milestone.PUBLICATION, "2024-09-04", null, MilestoneState.DUE);
            assertMilestone(held, Milestone.FINAL_REPORT, "2024-08-23", null, MilestoneState.DUE);
            assertThat(milestone(held, Milestone.PUBLICATION).onHold()).isTrue();
            assertThat(milestone(held, Milestone.FINAL_REPORT).onHold()).isTrue();
            assertThat(milestone(held, Milestone.PUBLICATION).note()).isEqualTo("delayed: Inquest not yet listed (statutory due date 2024-09-04)");
            assertThat(milestone(held, Milestone.FINAL_REPORT).note()).contains("publication delayed with no date yet");
        }
    }

    /**
     * CSPR-D2 again, published once the inquest is over. Publication after a delay recorded with a reason is within
     * the rules (SPEC section 2.4), as the yearly report counts it ("published on time: within 6 months or a recorded
     * delay") and as MilestoneView.held says ("DUE until done, then MET"): PUBLICATION is MET, not MISSED.
     * FINAL_REPORT is due 7 working days before the actual publication (Fri 25 July 2025): Wed 16 July.
     */
    @Test
    void publicationAfterADelayWithNoExpectedDateIsMet() {
        record("alice", commissioned("pr-d2", "CSPR-D2", PracticeReviewKind.CSPR, null, "2024-03-04", "NEGLECT"),
                reviewer("pr-d2", "Dr C. Reviewer", "2024-04-01"),
                delay("pr-d2", "2024-08-20", "Inquest not yet listed", null),
                finalReport("pr-d2", "2025-07-10"),
                published("pr-d2", "2025-07-25"));

        PracticeReviewView published = view("pr-d2", "2025-07-31");
        assertThat(published.status()).isEqualTo(PracticeReviewStatus.PUBLISHED);
        assertMilestone(published, Milestone.FINAL_REPORT, "2025-07-16", "2025-07-10", MilestoneState.MET);
        assertThat(milestone(published, Milestone.PUBLICATION).doneOn()).isEqualTo(d("2025-07-25"));
        assertThat(milestone(published, Milestone.PUBLICATION).state())
                .as("published after a delay recorded with a reason and no expected date")
                .isEqualTo(MilestoneState.MET);
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
                        "2024-11-20 alice",
                        "2024-11-21 FINAL_REPORT MET",
                        "2024-12-02 dave",
                        "2024-12-02 PUBLICATION MET");
        assertThat(entries).extracting(TimelineEntry::what).containsExactly(
                "Child Safeguarding Practice Review commissioned: Review CSPR-D1.",
                "Lead reviewer appointed: Ms B. Reviewer.",
                "Publication delayed: Criminal trial listed for November (expected 2024-12-02).",
                "Final report sent to the National Panel and the Secretary of State.",
                "Final report due to the National Panel and the Secretary of State (7 working days before publication): met on 2024-11-20"
                        + " (to the National Panel and the Secretary of State)",
                "Published (full) at https://lscp.example.org/reviews/pr-d1.",
                "Publication due (6 months after the decision to initiate the review): met on 2024-12-02"
                        + " (delayed: Criminal trial listed for November (statutory due date 2024-08-12))");
        // the reviewer's appointment was recorded after the delay: its recordedAt says so
        assertThat(entries.get(1).recordedAt()).isEqualTo(fx.messages().get(2).getTimestamp());
        assertThat(entries.get(2).recordedAt()).isEqualTo(fx.messages().get(1).getTimestamp());
        assertThat(entries.get(1).recordedAt()).isAfter(entries.get(2).recordedAt());
        assertThat(entries.get(4).recordedBy()).isNull();
        assertThat(entries.get(4).recordedAt()).isNull();

        // as of 1 Sept: the delay moved the milestones
        Timeline sept = queries.timeline("pr-d1", d("2024-09-01")).orElseThrow();
        assertThat(sept.entries()).extracting(e -> e.on() + " " + e.entry() + (e.state() == null ? "" : " " + e.state()))
                .containsExactly("2024-02-12 FACT", "2024-03-01 FACT", "2024-07-01 FACT", "2024-11-21 MILESTONE DUE",
                        "2024-12-02 MILESTONE DUE");
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
