package uk.org.casereview.projections.rapidreview;

import uk.org.casereview.domain.rapidreview.RapidReviewStatus;
import org.junit.jupiter.api.Test;
import uk.org.casereview.domain.calendar.Milestone;
import uk.org.casereview.domain.calendar.MilestoneState;
import uk.org.casereview.domain.rapidreview.Outcome;
import uk.org.casereview.domain.rapidreview.PanelResponse;
import uk.org.casereview.domain.rapidreview.RapidReviewDecision;
import uk.org.casereview.domain.rapidreview.RapidReviewEvent;
import uk.org.casereview.projections.readmodel.MilestoneView;
import uk.org.casereview.projections.readmodel.Page;
import uk.org.casereview.projections.readmodel.Timeline;
import uk.org.casereview.projections.readmodel.TimelineEntry;
import uk.org.casereview.projections.support.ReadModelFixture;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.casereview.projections.support.Events.d;
import static uk.org.casereview.projections.support.Events.decision;
import static uk.org.casereview.projections.support.Events.meeting;
import static uk.org.casereview.projections.support.Events.notified;
import static uk.org.casereview.projections.support.Events.panel;
import static uk.org.casereview.projections.support.Events.submitted;

/**
 * Rapid reviews through RapidReviewProjection's own handler: status and statutory milestones as of each date, a
 * decision revised after the Panel disagreed and resubmitted, a late notification and submission, the list and the
 * timeline.
 * <p>
 * RR-A: aware Thu 2 May 2024, notified Tue 7 May (Mon 6 May a bank holiday): NOTIFICATION due 5 working days after
 * awareness = Fri 10 May; RAPID_REVIEW due 15 working days after notification = Wed 29 May (Mon 27 May a bank
 * holiday). Submitted Fri 24 May: PANEL_RESPONSE expected 15 working days later = Mon 17 June. The Panel disagreed on
 * 14 June; the decision was revised on 20 June and resubmitted on Fri 21 June: the response is then expected 15
 * working days later = Fri 12 July; the Panel agreed on 5 July.
 */
class RapidReviewReadModelTest {

    private final ReadModelFixture fx = new ReadModelFixture();
    private final RapidReviewQueries queries = fx.rapidReviews;

    private void record(String recordedBy, RapidReviewEvent... events) {
        for (RapidReviewEvent event : events) {
            fx.rapidReviewProjection.on(event, fx.next(recordedBy, event));
        }
    }

    private void rapidReviewA() {
        record("alice", notified("rr-a", "RR-A", Outcome.DIED, "2024-05-02", "2024-05-07", "NEGLECT", "BABIES_AND_INFANTS"));
        record("bob", meeting("rr-a", "2024-05-14", "CHILDRENS_SOCIAL_CARE", "POLICE"),
                decision("rr-a", "2024-05-21", RapidReviewDecision.CSPR, "Agencies did not share concerns about weight loss"),
                submitted("rr-a", "2024-05-24"));
        record("alice", panel("rr-a", "2024-06-14", PanelResponse.DISAGREED, "The learning is already identified"));
        record("carol", decision("rr-a", "2024-06-20", RapidReviewDecision.NO_CSPR, "Learning taken forward by a single-agency review"),
                submitted("rr-a", "2024-06-21"));
        record("alice", panel("rr-a", "2024-07-05", PanelResponse.AGREED, null));
    }

    private RapidReviewView view(String id, String asOf) {
        return queries.find(id, d(asOf)).orElseThrow(() -> new AssertionError("no " + id + " as of " + asOf));
    }

    private static MilestoneView milestone(RapidReviewView view, Milestone name) {
        return view.milestones().stream().filter(m -> m.name() == name).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + view.milestones()));
    }

    private static void assertMilestone(RapidReviewView view, Milestone name, String dueOn, String doneOn, MilestoneState state) {
        MilestoneView milestone = milestone(view, name);
        assertThat(milestone.dueOn()).as(name + " due").isEqualTo(d(dueOn));
        assertThat(milestone.doneOn()).as(name + " done").isEqualTo(d(doneOn));
        assertThat(milestone.state()).as(name + " state as of " + view.asOf()).isEqualTo(state);
    }

    @Test
    void statusAndMilestonesAsOfEachDate() {
        rapidReviewA();

        assertThat(queries.find("rr-a", d("2024-05-06"))).as("not yet notified").isEmpty();

        RapidReviewView notified = view("rr-a", "2024-05-07");
        assertThat(notified.status()).isEqualTo(RapidReviewStatus.NOTIFIED);
        assertThat(notified.reference()).isEqualTo("RR-A");
        assertThat(notified.milestones()).extracting(MilestoneView::name).containsExactly(Milestone.NOTIFICATION, Milestone.RAPID_REVIEW);
        assertMilestone(notified, Milestone.NOTIFICATION, "2024-05-10", "2024-05-07", MilestoneState.MET);
        assertMilestone(notified, Milestone.RAPID_REVIEW, "2024-05-29", null, MilestoneState.DUE);
        assertThat(notified.decision()).isNull();

        assertThat(view("rr-a", "2024-05-14").status()).isEqualTo(RapidReviewStatus.MEETING_HELD);
        RapidReviewView decided = view("rr-a", "2024-05-22");
        assertThat(decided.status()).isEqualTo(RapidReviewStatus.DECIDED);
        assertThat(decided.decision().decision()).isEqualTo(RapidReviewDecision.CSPR);

        RapidReviewView submitted = view("rr-a", "2024-05-24");
        assertThat(submitted.status()).isEqualTo(RapidReviewStatus.SUBMITTED_TO_PANEL);
        assertMilestone(submitted, Milestone.RAPID_REVIEW, "2024-05-29", "2024-05-24", MilestoneState.MET);
        assertMilestone(submitted, Milestone.PANEL_RESPONSE, "2024-06-17", null, MilestoneState.DUE);
        assertThat(milestone(submitted, Milestone.PANEL_RESPONSE).statutory()).isFalse();
        assertThat(milestone(submitted, Milestone.RAPID_REVIEW).statutory()).isTrue();

        RapidReviewView disagreed = view("rr-a", "2024-06-14");
        assertThat(disagreed.status()).isEqualTo(RapidReviewStatus.PANEL_DISAGREED);
        assertMilestone(disagreed, Milestone.PANEL_RESPONSE, "2024-06-17", "2024-06-14", MilestoneState.MET);

        // the decision revised after the Panel disagreed
        RapidReviewView revised = view("rr-a", "2024-06-20");
        assertThat(revised.status()).isEqualTo(RapidReviewStatus.DECIDED);
        assertThat(revised.decision().decision()).isEqualTo(RapidReviewDecision.NO_CSPR);
        assertThat(revised.earlierDecisions()).extracting(RapidReviewView.Decision::decision).containsExactly(RapidReviewDecision.CSPR);

        // resubmitted: the RAPID_REVIEW milestone stays met by the first submission; a new Panel response is expected
        RapidReviewView resubmitted = view("rr-a", "2024-06-21");
        assertThat(resubmitted.status()).isEqualTo(RapidReviewStatus.SUBMITTED_TO_PANEL);
        assertThat(resubmitted.submissions()).containsExactly(d("2024-05-24"), d("2024-06-21"));
        assertMilestone(resubmitted, Milestone.RAPID_REVIEW, "2024-05-29", "2024-05-24", MilestoneState.MET);
        assertMilestone(resubmitted, Milestone.PANEL_RESPONSE, "2024-07-12", null, MilestoneState.DUE);

        RapidReviewView agreed = view("rr-a", "2024-07-31");
        assertThat(agreed.status()).isEqualTo(RapidReviewStatus.PANEL_AGREED);
        assertThat(agreed.decision().decision()).isEqualTo(RapidReviewDecision.NO_CSPR);
        assertThat(agreed.panelResponses()).extracting(RapidReviewView.Response::response)
                .containsExactly(PanelResponse.DISAGREED, PanelResponse.AGREED);
        assertMilestone(agreed, Milestone.PANEL_RESPONSE, "2024-07-12", "2024-07-05", MilestoneState.MET);
        assertThat(agreed.version()).isEqualTo(7);
    }

    /**
     * RR-B: aware Mon 2 Sept 2024, notified Thu 12 Sept: NOTIFICATION due Mon 9 Sept, MISSED. RAPID_REVIEW due 15
     * working days after 12 Sept = Thu 3 Oct: DUE on 3 Oct, OVERDUE on 4 Oct, MISSED once submitted on 10 Oct. The
     * Panel response is then expected Thu 31 Oct: OVERDUE from 1 Nov.
     */
    @Test
    void lateNotificationAndSubmission() {
        record("alice", notified("rr-b", "RR-B", Outcome.SERIOUSLY_HARMED, "2024-09-02", "2024-09-12", "ADOLESCENTS"),
                decision("rr-b", "2024-10-01", RapidReviewDecision.NATIONAL_REVIEW_RECOMMENDED, "Exploitation across areas"),
                submitted("rr-b", "2024-10-10"));

        assertMilestone(view("rr-b", "2024-09-12"), Milestone.NOTIFICATION, "2024-09-09", "2024-09-12", MilestoneState.MISSED);
        assertMilestone(view("rr-b", "2024-10-03"), Milestone.RAPID_REVIEW, "2024-10-03", null, MilestoneState.DUE);
        assertMilestone(view("rr-b", "2024-10-04"), Milestone.RAPID_REVIEW, "2024-10-03", null, MilestoneState.OVERDUE);
        RapidReviewView late = view("rr-b", "2024-10-10");
        assertMilestone(late, Milestone.RAPID_REVIEW, "2024-10-03", "2024-10-10", MilestoneState.MISSED);
        assertMilestone(late, Milestone.PANEL_RESPONSE, "2024-10-31", null, MilestoneState.DUE);
        assertMilestone(view("rr-b", "2024-11-01"), Milestone.PANEL_RESPONSE, "2024-10-31", null, MilestoneState.OVERDUE);
        assertThat(milestone(view("rr-b", "2024-11-01"), Milestone.PANEL_RESPONSE).note()).contains("informational");
        assertThat(view("rr-b", "2024-11-01").status()).isEqualTo(RapidReviewStatus.SUBMITTED_TO_PANEL);
    }

    @Test
    void theListAsOfADate() {
        rapidReviewA();
        record("alice", notified("rr-b", "RR-B", Outcome.SERIOUSLY_HARMED, "2024-09-02", "2024-09-12", "ADOLESCENTS"));

        assertThat(queries.list(d("2024-05-06"), 0, 20).total()).isZero();
        Page<RapidReviewView> june = queries.list(d("2024-06-20"), 0, 20);
        assertThat(june.items()).extracting(RapidReviewView::id).containsExactly("rr-a");
        assertThat(june.items().get(0)).isEqualTo(view("rr-a", "2024-06-20"));
        assertThat(queries.list(d("2024-12-31"), 0, 20).items()).extracting(RapidReviewView::id).containsExactly("rr-b", "rr-a");
        assertThat(queries.list(d("2024-12-31"), 1, 1).items()).extracting(RapidReviewView::id).containsExactly("rr-a");
        assertThat(queries.list(d("2024-12-31"), 1, 1).total()).isEqualTo(2);
    }

    @Test
    void theTimelineInterleavesTheMilestonesAndSaysWhoRecordedEachFact() {
        rapidReviewA();

        Timeline timeline = queries.timeline("rr-a", d("2024-07-31")).orElseThrow();
        assertThat(timeline.reference()).isEqualTo("RR-A");
        List<TimelineEntry> entries = timeline.entries();
        assertThat(entries).extracting(TimelineEntry::on).isSorted();
        assertThat(entries).extracting(e -> e.on() + " " + (e.milestone() == null ? e.recordedBy() : e.milestone() + " " + e.state()))
                .containsExactly(
                        "2024-05-07 alice",
                        "2024-05-10 NOTIFICATION MET",
                        "2024-05-14 bob",
                        "2024-05-21 bob",
                        "2024-05-24 bob",
                        "2024-05-29 RAPID_REVIEW MET",
                        "2024-06-14 alice",
                        "2024-06-20 carol",
                        "2024-06-21 carol",
                        "2024-07-05 alice",
                        "2024-07-12 PANEL_RESPONSE MET");
        assertThat(entries.get(1).what()).isEqualTo(
                "Notification due to the National Panel (5 working days after awareness): met on 2024-05-07");
        assertThat(entries.get(2).what()).isEqualTo("Rapid review meeting held with Children's social care, Police.");
        assertThat(entries.get(3).what()).isEqualTo("Decision: cspr. Agencies did not share concerns about weight loss");
        assertThat(entries.get(6).what()).isEqualTo("The National Panel responded: disagreed. The learning is already identified");
        assertThat(entries.get(7).what()).isEqualTo("Decision revised: no cspr. Learning taken forward by a single-agency review");
        assertThat(entries).filteredOn(e -> e.entry().equals(TimelineEntry.FACT))
                .allSatisfy(e -> assertThat(e.recordedAt()).isNotNull());
        assertThat(entries.get(0).recordedAt()).isEqualTo(fx.messages().get(0).getTimestamp());

        // as of 22 May: what had happened by then, with the milestones in the state they were in
        Timeline may22 = queries.timeline("rr-a", d("2024-05-22")).orElseThrow();
        assertThat(may22.entries()).extracting(e -> e.on() + " " + e.entry() + (e.state() == null ? "" : " " + e.state()))
                .containsExactly("2024-05-07 FACT", "2024-05-10 MILESTONE MET", "2024-05-14 FACT", "2024-05-21 FACT",
                        "2024-05-29 MILESTONE DUE");
        assertThat(queries.timeline("rr-a", d("2024-05-06"))).isEmpty();
    }
}
