package uk.org.casereview.projections.recommendation;

import uk.org.casereview.domain.recommendation.RecommendationStatus;
import org.junit.jupiter.api.Test;
import uk.org.casereview.domain.calendar.MilestoneState;
import uk.org.casereview.domain.calendar.Rag;
import uk.org.casereview.domain.practicereview.PracticeReviewKind;
import uk.org.casereview.domain.rapidreview.Outcome;
import uk.org.casereview.domain.recommendation.ActionStatus;
import uk.org.casereview.domain.recommendation.RecommendationEvent;
import uk.org.casereview.projections.readmodel.Page;
import uk.org.casereview.projections.readmodel.Timeline;
import uk.org.casereview.projections.readmodel.TimelineEntry;
import uk.org.casereview.projections.support.ReadModelFixture;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.casereview.projections.support.Events.accepted;
import static uk.org.casereview.projections.support.Events.assigned;
import static uk.org.casereview.projections.support.Events.closed;
import static uk.org.casereview.projections.support.Events.commissioned;
import static uk.org.casereview.projections.support.Events.d;
import static uk.org.casereview.projections.support.Events.declined;
import static uk.org.casereview.projections.support.Events.evidenceAccepted;
import static uk.org.casereview.projections.support.Events.evidenceReturned;
import static uk.org.casereview.projections.support.Events.evidenced;
import static uk.org.casereview.projections.support.Events.made;
import static uk.org.casereview.projections.support.Events.notified;
import static uk.org.casereview.projections.support.Events.progress;
import static uk.org.casereview.projections.support.Events.revised;

/**
 * The recommendation read model, fed through RecommendationProjection's own handler: the view of a recommendation as
 * of dates before and after each change, the list as of a date with each filter, and the timeline.
 */
class RecommendationReadModelTest {

    private static final String CSPR = "pr-cspr-1";
    private static final String RAPID = "rr-rapid-1";

    private final ReadModelFixture fx = new ReadModelFixture();
    private final RecommendationQueries queries = fx.recommendations;

    private void record(String recordedBy, RecommendationEvent... events) {
        for (RecommendationEvent event : events) {
            fx.recommendationProjection.on(event, fx.next(recordedBy, event));
        }
    }

    private void record(RecommendationEvent... events) {
        record(ReadModelFixture.ALICE, events);
    }

    private void sources() {
        fx.record(commissioned(CSPR, "CSPR-T-01", PracticeReviewKind.CSPR, null, "2024-05-21", "NEGLECT"),
                notified(RAPID, "RR-T-01", Outcome.DIED, "2024-05-02", "2024-05-07", "NEGLECT"));
    }

    private RecommendationView view(String id, String asOf) {
        return queries.find(id, d(asOf)).orElseThrow(() -> new AssertionError("no " + id + " as of " + asOf));
    }

    private static RecommendationView.ActionView action(RecommendationView view, String actionId) {
        return view.actions().stream().filter(a -> a.actionId().equals(actionId)).findFirst()
                .orElseThrow(() -> new AssertionError("no action " + actionId + " in " + view));
    }

    /** R1 of CSPR-T-01: two actions, one evidenced, returned and accepted, the other revised and accepted; then closed. */
    private void recommendationOne() {
        record(made("rec-1", CSPR, "1", "2024-11-21", "FATHERS_AND_MALE_CARERS", "NEGLECT"),
                accepted("rec-1", "2024-12-05"),
                assigned("rec-1", "1", "COMMUNITY_HEALTH", "2024-12-10", "2025-03-31"),
                assigned("rec-1", "2", "POLICE", "2024-12-12", "2025-02-28"),
                progress("rec-1", "1", "2025-02-01", "30 of 50 records audited"));
        record("bob", evidenced("rec-1", "2", "2025-02-20", "Training register"),
                evidenceReturned("rec-1", "2", "2025-02-25", "Register incomplete"),
                evidenced("rec-1", "2", "2025-03-03", "Full training register"));
        record(evidenceAccepted("rec-1", "2", "2025-03-10"),
                revised("rec-1", "1", "2025-03-20", "2025-03-31", "2025-06-30", "Records system migration"),
                evidenced("rec-1", "1", "2025-06-20", "Audit report"),
                evidenceAccepted("rec-1", "1", "2025-06-27"),
                closed("rec-1", "2025-06-30", "Fathers now seen at 92% of new-birth visits"));
    }

    @Test
    void aRecommendationMadeLaterDoesNotExistYet() {
        sources();
        recommendationOne();

        assertThat(queries.find("rec-1", d("2024-11-20"))).isEmpty();
        assertThat(queries.list(new RecommendationFilter(CSPR, null, null, null, null), d("2024-11-20"), 0, 20).total()).isZero();
        assertThat(queries.timeline("rec-1", d("2024-11-20"))).isEmpty();

        RecommendationView made = view("rec-1", "2024-11-21");
        assertThat(made.status()).isEqualTo(RecommendationStatus.MADE);
        assertThat(made.sourceId()).isEqualTo(CSPR);
        assertThat(made.sourceReference()).isEqualTo("CSPR-T-01");
        assertThat(made.themes()).containsExactly("FATHERS_AND_MALE_CARERS", "NEGLECT");
        assertThat(made.actions()).isEmpty();
        assertThat(made.rag()).as("no action yet").isNull();
        assertThat(made.response()).isNull();
        assertThat(queries.list(new RecommendationFilter(CSPR, null, null, null, null), d("2024-11-21"), 0, 20).items())
                .extracting(RecommendationView::id).containsExactly("rec-1");

        assertThat(view("rec-1", "2024-12-05").status()).isEqualTo(RecommendationStatus.ACCEPTED);
        assertThat(view("rec-1", "2024-12-05").response().accepted()).isTrue();
    }

    @Test
    void theViewAsOfEachDateShowsOnlyWhatHadHappenedByThen() {
        sources();
        recommendationOne();

        // 11 December 2024: action 1 assigned (due 31 March 2025, more than 28 days away), action 2 not yet assigned
        RecommendationView dec11 = view("rec-1", "2024-12-11");
        assertThat(dec11.status()).isEqualTo(RecommendationStatus.IN_PROGRESS);
        assertThat(dec11.actions()).extracting(RecommendationView.ActionView::actionId).containsExactly("1");
        assertThat(action(dec11, "1").status()).isEqualTo(ActionStatus.ASSIGNED);
        assertThat(action(dec11, "1").rag()).isEqualTo(Rag.GREEN);
        assertThat(dec11.rag()).isEqualTo(Rag.GREEN);

        // 22 February: evidence for action 2 submitted (20 Feb), not yet returned
        RecommendationView feb22 = view("rec-1", "2025-02-22");
        assertThat(action(feb22, "2").status()).isEqualTo(ActionStatus.EVIDENCE_SUBMITTED);

        // 26 February: the evidence was returned on 25 Feb, so action 2 is back in progress; due 28 Feb: AMBER.
        // Action 1 (progress reported 1 Feb) is due 31 March, beyond 26 Feb + 28 days = 26 March: GREEN.
        RecommendationView feb26 = view("rec-1", "2025-02-26");
        assertThat(action(feb26, "2").status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(action(feb26, "2").rag()).isEqualTo(Rag.AMBER);
        assertThat(action(feb26, "2").evidence()).hasSize(1);
        assertThat(action(feb26, "2").evidence().get(0).accepted()).isFalse();
        assertThat(action(feb26, "2").evidence().get(0).comment()).isEqualTo("Register incomplete");
        assertThat(action(feb26, "1").status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(action(feb26, "1").rag()).isEqualTo(Rag.GREEN);
        assertThat(feb26.rag()).isEqualTo(Rag.AMBER);
        assertThat(feb26.status()).isEqualTo(RecommendationStatus.IN_PROGRESS);

        // 5 March: action 2 past its due date (28 Feb) by 5 days; its evidence is accepted only on 10 March, so it is
        // still open on 5 March
        RecommendationView mar5 = view("rec-1", "2025-03-05");
        assertThat(action(mar5, "2").status()).isEqualTo(ActionStatus.EVIDENCE_SUBMITTED);
        assertThat(action(mar5, "2").rag()).isEqualTo(Rag.RED);
        assertThat(action(mar5, "2").daysOverdue()).isEqualTo(5);
        assertThat(action(mar5, "2").completedOn()).isNull();
        assertThat(mar5.rag()).isEqualTo(Rag.RED);

        // 15 March: action 2 complete; action 1 still due on 31 March (revised only on 20 March): AMBER
        RecommendationView mar15 = view("rec-1", "2025-03-15");
        assertThat(action(mar15, "2").status()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(action(mar15, "2").rag()).isEqualTo(Rag.COMPLETE);
        assertThat(action(mar15, "2").completedOn()).isEqualTo(d("2025-03-10"));
        assertThat(action(mar15, "1").dueOn()).isEqualTo(d("2025-03-31"));
        assertThat(action(mar15, "1").originalDueOn()).isEqualTo(d("2025-03-31"));
        assertThat(action(mar15, "1").dueDateRevisions()).isEmpty();
        assertThat(action(mar15, "1").rag()).isEqualTo(Rag.AMBER);
        assertThat(mar15.rag()).isEqualTo(Rag.AMBER);

        // 1 April: without the revision action 1 would be RED; with it (20 March) it is due 30 June: GREEN
        RecommendationView apr1 = view("rec-1", "2025-04-01");
        assertThat(action(apr1, "1").dueOn()).isEqualTo(d("2025-06-30"));
        assertThat(action(apr1, "1").originalDueOn()).isEqualTo(d("2025-03-31"));
        assertThat(action(apr1, "1").dueDateRevisions()).singleElement().satisfies(r -> {
            assertThat(r.revisedOn()).isEqualTo(d("2025-03-20"));
            assertThat(r.previousDueOn()).isEqualTo(d("2025-03-31"));
            assertThat(r.reason()).isEqualTo("Records system migration");
        });
        assertThat(action(apr1, "1").rag()).isEqualTo(Rag.GREEN);

        // 28 June: both complete, not yet closed
        RecommendationView jun28 = view("rec-1", "2025-06-28");
        assertThat(jun28.status()).isEqualTo(RecommendationStatus.ACTIONS_COMPLETE);
        assertThat(jun28.rag()).isEqualTo(Rag.COMPLETE);
        assertThat(jun28.closure()).isNull();

        RecommendationView jun30 = view("rec-1", "2025-06-30");
        assertThat(jun30.status()).isEqualTo(RecommendationStatus.CLOSED);
        assertThat(jun30.closure().impactStatement()).isEqualTo("Fathers now seen at 92% of new-birth visits");
        assertThat(jun30.version()).as("13 events, sequence numbers 0 to 12").isEqualTo(12);
    }

    @Test
    void theListAsOfADateAgreesWithTheViewsAsOfThatDate() {
        sources();
        recommendationOne();
        RecommendationFilter ofCspr = new RecommendationFilter(CSPR, null, null, null, null);

        // action completed after the date is still open then; a revision made later does not count yet
        assertThat(queries.list(new RecommendationFilter(CSPR, null, null, null, Rag.RED), d("2025-03-05"), 0, 20).items())
                .extracting(RecommendationView::id).containsExactly("rec-1");
        assertThat(queries.list(new RecommendationFilter(CSPR, null, null, null, Rag.RED), d("2025-03-12"), 0, 20).total())
                .as("action 2 complete on 10 March, action 1 due 31 March").isZero();
        assertThat(queries.list(new RecommendationFilter(CSPR, null, null, null, Rag.AMBER), d("2025-03-15"), 0, 20).total())
                .as("action 1 still due 31 March on 15 March").isEqualTo(1);
        assertThat(queries.list(new RecommendationFilter(CSPR, null, null, null, Rag.GREEN), d("2025-03-20"), 0, 20).total())
                .as("revised on 20 March to 30 June").isEqualTo(1);
        assertThat(queries.list(new RecommendationFilter(CSPR, null, null, null, Rag.AMBER), d("2025-02-26"), 0, 20).total())
                .as("evidence returned: action 2 open, due 28 Feb").isEqualTo(1);
        assertThat(queries.list(new RecommendationFilter(CSPR, null, null, RecommendationStatus.ACTIONS_COMPLETE, null), d("2025-06-28"), 0, 20).total())
                .isEqualTo(1);
        assertThat(queries.list(new RecommendationFilter(CSPR, null, null, null, Rag.COMPLETE), d("2025-06-28"), 0, 20).total())
                .isEqualTo(1);
        assertThat(queries.list(new RecommendationFilter(CSPR, null, null, RecommendationStatus.CLOSED, null), d("2025-06-29"), 0, 20).total())
                .isZero();
        assertThat(queries.list(new RecommendationFilter(CSPR, null, null, RecommendationStatus.CLOSED, null), d("2025-06-30"), 0, 20).total())
                .isEqualTo(1);
        // an agency counts from the day its action was assigned
        assertThat(queries.list(new RecommendationFilter(CSPR, "POLICE", null, null, null), d("2024-12-11"), 0, 20).total()).isZero();
        assertThat(queries.list(new RecommendationFilter(CSPR, "POLICE", null, null, null), d("2024-12-12"), 0, 20).total()).isEqualTo(1);

        for (String date : List.of("2024-12-11", "2025-02-22", "2025-02-26", "2025-03-05", "2025-03-15", "2025-04-01", "2025-06-28")) {
            RecommendationView listed = queries.list(ofCspr, d(date), 0, 20).items().get(0);
            assertThat(listed).as("as of " + date).isEqualTo(view("rec-1", date));
        }
    }

    /**
     * Long lists: a filter passing more than 500 recommendations is put in order from the index of the days they were
     * made, a shorter one by looking each up, and the unfiltered count of a past date is taken on its shorter side. Every
     * way gives the same recommendations in the same order (most recently made first, then by id) and the same total.
     */
    @Test
    void longListsAreInTheSameOrderAndCountWhicheverWayTheyAreFound() {
        sources();
        LocalDate first = d("2024-06-03");
        List<String[]> all = new java.util.ArrayList<>();
        for (int i = 0; i < 1300; i++) {
            String id = String.format("rec-%04d", (i * 7919) % 1300); // recorded out of id order
            LocalDate madeOn = first.plusDays(i / 2);
            record(made(id, CSPR, String.valueOf(i + 1), madeOn.toString(), i % 3 == 0 ? "NEGLECT" : "DOMESTIC_ABUSE"));
            if (i % 2 == 0) {
                record(accepted(id, madeOn.plusDays(3).toString()));
            }
            all.add(new String[]{id, madeOn.toString(), String.valueOf(i % 2 == 0), String.valueOf(i % 3 == 0), madeOn.plusDays(3).toString()});
        }
        java.util.Comparator<String[]> newestFirst = java.util.Comparator.<String[], String>comparing(r -> r[1]).reversed()
                .thenComparing(r -> r[0]);
        for (String asOf : List.of("2026-06-01", "2026-01-01", "2025-01-15", "2024-07-01", "2024-06-02")) {
            LocalDate date = d(asOf);
            List<String> accepted = all.stream().filter(r -> r[2].equals("true") && !d(r[4]).isAfter(date)).sorted(newestFirst)
                    .map(r -> r[0]).toList();
            List<String> neglect = all.stream().filter(r -> r[3].equals("true") && !d(r[1]).isAfter(date)).sorted(newestFirst)
                    .map(r -> r[0]).toList();
            List<String> made = all.stream().filter(r -> !d(r[1]).isAfter(date)).sorted(newestFirst).map(r -> r[0]).toList();
            assertThat(everyPage(new RecommendationFilter(null, null, null, RecommendationStatus.ACCEPTED, null), date))
                    .as("accepted as of " + asOf).isEqualTo(accepted);
            assertThat(everyPage(new RecommendationFilter(null, null, "NEGLECT", null, null), date))
                    .as("neglect as of " + asOf).isEqualTo(neglect);
            assertThat(everyPage(RecommendationFilter.none(), date)).as("all as of " + asOf).isEqualTo(made);
            assertThat(queries.list(new RecommendationFilter(null, null, null, RecommendationStatus.ACCEPTED, null), date, 3, 100).total())
                    .isEqualTo(accepted.size());
            assertThat(queries.list(RecommendationFilter.none(), date, 0, 10).total()).isEqualTo(made.size());
        }
        assertThat(queries.list(new RecommendationFilter(null, null, null, RecommendationStatus.ACCEPTED, null), d("2026-06-01"), 0, 1).total())
                .as("more than 500: put in order from the index").isEqualTo(650);
        assertThat(queries.list(new RecommendationFilter(null, null, null, RecommendationStatus.ACCEPTED, null), d("2026-06-01"), 7, 100).items())
                .as("a page past the end").isEmpty();
        // pages read in order from the status periods that have not ended, merged with those that end after the day
        // (those of the recommendations accepted since), and counted day by day;
        // one of them was accepted on the day itself, so is no longer MADE
        LocalDate acceptedThatDay = d("2025-01-15");
        List<String> notYetAccepted = all.stream().filter(r -> !d(r[1]).isAfter(acceptedThatDay))
                .filter(r -> r[2].equals("false") || d(r[4]).isAfter(acceptedThatDay)).sorted(newestFirst).map(r -> r[0]).toList();
        assertThat(all.stream().filter(r -> r[2].equals("true") && d(r[4]).equals(acceptedThatDay))).hasSize(1);
        for (int page = 0; page < 3; page++) {
            Page<RecommendationView> made = queries.list(new RecommendationFilter(null, null, null, RecommendationStatus.MADE, null),
                    acceptedThatDay, page, 10);
            assertThat(made.total()).isEqualTo(notYetAccepted.size());
            assertThat(made.items().stream().map(RecommendationView::id).toList()).as("page " + page)
                    .isEqualTo(notYetAccepted.subList(page * 10, page * 10 + 10));
        }
    }

    /** The ids of every page of the list, 100 a page. */
    private List<String> everyPage(RecommendationFilter filter, LocalDate asOf) {
        List<String> ids = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> items = queries.list(filter, asOf, page, 100).items().stream().map(RecommendationView::id).toList();
            if (items.isEmpty()) {
                return ids;
            }
            ids.addAll(items);
        }
    }

    @Test
    void aDeclinedRecommendation() {
        sources();
        record(made("rec-d", CSPR, "2", "2024-11-21", "NEGLECT"));
        record("carol", declined("rec-d", "2024-12-05", "The 2024 neglect strategy already covers this"));

        assertThat(view("rec-d", "2024-12-04").status()).isEqualTo(RecommendationStatus.MADE);
        RecommendationView view = view("rec-d", "2025-06-30");
        assertThat(view.status()).isEqualTo(RecommendationStatus.DECLINED);
        assertThat(view.response().accepted()).isFalse();
        assertThat(view.response().respondedOn()).isEqualTo(d("2024-12-05"));
        assertThat(view.response().rationale()).isEqualTo("The 2024 neglect strategy already covers this");
        assertThat(view.actions()).isEmpty();
        assertThat(view.rag()).isNull();

        assertThat(queries.list(new RecommendationFilter(null, null, null, RecommendationStatus.DECLINED, null), d("2025-06-30"), 0, 20).items())
                .extracting(RecommendationView::id).containsExactly("rec-d");
        assertThat(queries.list(new RecommendationFilter(null, null, null, RecommendationStatus.DECLINED, null), d("2024-12-04"), 0, 20).total())
                .isZero();
        for (Rag rag : Rag.values()) {
            assertThat(queries.list(new RecommendationFilter(null, null, null, null, rag), d("2025-06-30"), 0, 20).total())
                    .as("a declined recommendation has no RAG: " + rag).isZero();
        }

        Timeline timeline = queries.timeline("rec-d", d("2025-06-30")).orElseThrow();
        assertThat(timeline.entries()).extracting(TimelineEntry::what).containsExactly(
                "Recommendation 2 made: Recommendation 2 of " + CSPR,
                "Declined by the partnership: The 2024 neglect strategy already covers this");
        assertThat(timeline.entries()).extracting(TimelineEntry::recordedBy).containsExactly("alice", "carol");
    }

    /**
     * Six recommendations in existence on 15 January 2025 (amber window 28 days: up to 12 February), one made later:
     * <pre>
     * id         source  no  made        themes                  state on 15 Jan 2025
     * rec-red    CSPR    1   2024-06-01  NEGLECT                 IN_PROGRESS, POLICE due 2024-12-31: RED
     * rec-amber  CSPR    2   2024-06-01  DOMESTIC_ABUSE          IN_PROGRESS, EDUCATION due 2025-02-01: AMBER
     * rec-decl   CSPR    3   2024-06-01  NEGLECT                 DECLINED, no RAG
     * rec-green  RAPID   1   2024-07-01  NEGLECT, ONLINE_HARM    IN_PROGRESS, HOUSING due 2025-06-30: GREEN
     * rec-done   RAPID   2   2024-07-01  MENTAL_HEALTH           ACTIONS_COMPLETE, MENTAL_HEALTH done 2024-11-25: COMPLETE
     * rec-made   RAPID   3   2024-12-01  NEGLECT                 MADE, no RAG
     * rec-later  CSPR    4   2025-02-01  NEGLECT                 (not yet made)
     * </pre>
     */
    private void caseload() {
        sources();
        record(made("rec-red", CSPR, "1", "2024-06-01", "NEGLECT"), accepted("rec-red", "2024-06-10"),
                assigned("rec-red", "1", "POLICE", "2024-06-15", "2024-12-31"));
        record(made("rec-amber", CSPR, "2", "2024-06-01", "DOMESTIC_ABUSE"), accepted("rec-amber", "2024-06-10"),
                assigned("rec-amber", "1", "EDUCATION", "2024-06-15", "2025-02-01"));
        record(made("rec-decl", CSPR, "3", "2024-06-01", "NEGLECT"), declined("rec-decl", "2024-06-10", "Already covered"));
        record(made("rec-green", RAPID, "1", "2024-07-01", "NEGLECT", "ONLINE_HARM"), accepted("rec-green", "2024-07-05"),
                assigned("rec-green", "1", "HOUSING", "2024-07-10", "2025-06-30"));
        record(made("rec-done", RAPID, "2", "2024-07-01", "MENTAL_HEALTH"), accepted("rec-done", "2024-07-05"),
                assigned("rec-done", "1", "MENTAL_HEALTH", "2024-07-10", "2024-12-01"),
                evidenced("rec-done", "1", "2024-11-20", "Pathway published"), evidenceAccepted("rec-done", "1", "2024-11-25"));
        record(made("rec-made", RAPID, "3", "2024-12-01", "NEGLECT"));
        record(made("rec-later", CSPR, "4", "2025-02-01", "NEGLECT"));
    }

    private List<String> ids(RecommendationFilter filter, String asOf) {
        Page<RecommendationView> page = queries.list(filter, d(asOf), 0, 100);
        assertThat(page.total()).as("total of " + filter).isEqualTo(page.items().size());
        return page.items().stream().map(RecommendationView::id).toList();
    }

    @Test
    void eachFilterAsOfADate() {
        caseload();
        String jan15 = "2025-01-15";

        // most recently made first; then in the order recorded (by id)
        assertThat(ids(RecommendationFilter.none(), jan15))
                .containsExactly("rec-made", "rec-done", "rec-green", "rec-amber", "rec-decl", "rec-red");

        assertThat(ids(new RecommendationFilter(CSPR, null, null, null, null), jan15)).containsExactly("rec-amber", "rec-decl", "rec-red");
        assertThat(ids(new RecommendationFilter(RAPID, null, null, null, null), jan15)).containsExactly("rec-made", "rec-done", "rec-green");
        assertThat(ids(new RecommendationFilter("no-such-review", null, null, null, null), jan15)).isEmpty();

        assertThat(ids(new RecommendationFilter(null, "POLICE", null, null, null), jan15)).containsExactly("rec-red");
        assertThat(ids(new RecommendationFilter(null, "HOUSING", null, null, null), jan15)).containsExactly("rec-green");
        assertThat(ids(new RecommendationFilter(null, "MENTAL_HEALTH", null, null, null), jan15)).containsExactly("rec-done");
        assertThat(ids(new RecommendationFilter(null, "PROBATION", null, null, null), jan15)).isEmpty();

        assertThat(ids(new RecommendationFilter(null, null, "NEGLECT", null, null), jan15))
                .containsExactly("rec-made", "rec-green", "rec-decl", "rec-red");
        assertThat(ids(new RecommendationFilter(null, null, "ONLINE_HARM", null, null), jan15)).containsExactly("rec-green");
        assertThat(ids(new RecommendationFilter(null, null, "DISABILITY", null, null), jan15)).isEmpty();

        assertThat(ids(new RecommendationFilter(null, null, null, RecommendationStatus.MADE, null), jan15)).containsExactly("rec-made");
        assertThat(ids(new RecommendationFilter(null, null, null, RecommendationStatus.ACCEPTED, null), jan15)).isEmpty();
        assertThat(ids(new RecommendationFilter(null, null, null, RecommendationStatus.DECLINED, null), jan15)).containsExactly("rec-decl");
        assertThat(ids(new RecommendationFilter(null, null, null, RecommendationStatus.IN_PROGRESS, null), jan15))
                .containsExactly("rec-green", "rec-amber", "rec-red");
        assertThat(ids(new RecommendationFilter(null, null, null, RecommendationStatus.ACTIONS_COMPLETE, null), jan15)).containsExactly("rec-done");
        assertThat(ids(new RecommendationFilter(null, null, null, RecommendationStatus.CLOSED, null), jan15)).isEmpty();

        assertThat(ids(new RecommendationFilter(null, null, null, null, Rag.RED), jan15)).containsExactly("rec-red");
        assertThat(ids(new RecommendationFilter(null, null, null, null, Rag.AMBER), jan15)).containsExactly("rec-amber");
        assertThat(ids(new RecommendationFilter(null, null, null, null, Rag.GREEN), jan15)).containsExactly("rec-green");
        assertThat(ids(new RecommendationFilter(null, null, null, null, Rag.COMPLETE), jan15)).containsExactly("rec-done");

        // filters combine
        assertThat(ids(new RecommendationFilter(CSPR, null, "NEGLECT", null, Rag.RED), jan15)).containsExactly("rec-red");
        assertThat(ids(new RecommendationFilter(RAPID, null, "NEGLECT", RecommendationStatus.IN_PROGRESS, null), jan15)).containsExactly("rec-green");
        assertThat(ids(new RecommendationFilter(CSPR, "HOUSING", null, null, null), jan15)).isEmpty();
        assertThat(ids(new RecommendationFilter(null, "HOUSING", "NEGLECT", null, null), jan15)).containsExactly("rec-green");
        assertThat(ids(new RecommendationFilter(null, "HOUSING", "ONLINE_HARM", null, null), jan15)).containsExactly("rec-green");
        assertThat(ids(new RecommendationFilter(null, "POLICE", "NEGLECT", null, null), jan15)).containsExactly("rec-red");
        assertThat(ids(new RecommendationFilter(null, "POLICE", "DOMESTIC_ABUSE", null, null), jan15)).isEmpty();
        assertThat(ids(new RecommendationFilter(null, "EDUCATION", "DOMESTIC_ABUSE", null, Rag.AMBER), jan15)).containsExactly("rec-amber");
        assertThat(ids(new RecommendationFilter(null, "POLICE", "NEGLECT", null, null), "2024-06-14"))
                .as("before the police action was assigned").isEmpty();

        // a month earlier: rec-red (due 31 Dec) is AMBER, rec-amber (due 1 Feb, beyond 12 Jan) GREEN
        String dec15 = "2024-12-15";
        assertThat(ids(RecommendationFilter.none(), dec15)).containsExactly("rec-made", "rec-done", "rec-green", "rec-amber", "rec-decl", "rec-red");
        // before rec-made was made (1 Dec)
        assertThat(ids(RecommendationFilter.none(), "2024-11-30")).containsExactly("rec-done", "rec-green", "rec-amber", "rec-decl", "rec-red");
        assertThat(ids(new RecommendationFilter(null, null, null, null, Rag.RED), dec15)).isEmpty();
        assertThat(ids(new RecommendationFilter(null, null, null, null, Rag.AMBER), dec15)).containsExactly("rec-red");
        assertThat(ids(new RecommendationFilter(null, null, null, null, Rag.GREEN), dec15)).containsExactly("rec-green", "rec-amber");
        assertThat(ids(new RecommendationFilter(null, null, null, null, Rag.COMPLETE), dec15)).containsExactly("rec-done");
        // before rec-done's evidence was accepted (25 Nov) it was open: on 22 Nov, due 1 Dec, AMBER
        assertThat(ids(new RecommendationFilter(null, null, null, null, Rag.COMPLETE), "2024-11-22")).isEmpty();
        assertThat(ids(new RecommendationFilter(null, null, null, RecommendationStatus.ACTIONS_COMPLETE, null), "2024-11-22")).isEmpty();
        assertThat(ids(new RecommendationFilter(null, null, null, null, Rag.AMBER), "2024-11-22")).containsExactly("rec-done");

        // after rec-later is made
        assertThat(ids(new RecommendationFilter(CSPR, null, null, RecommendationStatus.MADE, null), "2025-02-01")).containsExactly("rec-later");
    }

    @Test
    void theRagFilterAgreesWithTheViewsOnEveryDate() {
        caseload();
        int bothFound = 0;
        for (LocalDate date = d("2024-05-31"); date.isBefore(d("2025-07-31")); date = date.plusDays(7)) {
            List<RecommendationView> all = queries.list(RecommendationFilter.none(), date, 0, 100).items();
            for (Rag rag : Rag.values()) {
                List<String> expected = all.stream().filter(v -> v.rag() == rag).map(RecommendationView::id).toList();
                assertThat(ids(new RecommendationFilter(null, null, null, null, rag), date.toString())).as(rag + " on " + date)
                        .containsExactlyElementsOf(expected);
            }
            for (RecommendationStatus status : RecommendationStatus.values()) {
                List<String> expected = all.stream().filter(v -> v.status() == status).map(RecommendationView::id).toList();
                assertThat(ids(new RecommendationFilter(null, null, null, status, null), date.toString())).as(status + " on " + date)
                        .containsExactlyElementsOf(expected);
                for (Rag rag : Rag.values()) {
                    List<String> both = all.stream().filter(v -> v.status() == status && v.rag() == rag).map(RecommendationView::id).toList();
                    assertThat(ids(new RecommendationFilter(null, null, null, status, rag), date.toString()))
                            .as(status + " and " + rag + " on " + date).containsExactlyElementsOf(both);
                    bothFound += both.size();
                }
            }
        }
        assertThat(bothFound).as("recommendations found by a status and a RAG").isGreaterThan(50);
        // and day by day around RAGs changing (rec-red turns RED on 1 January 2025, its AMBER period ending that day)
        for (LocalDate date = d("2024-12-20"); date.isBefore(d("2025-01-12")); date = date.plusDays(1)) {
            List<RecommendationView> all = queries.list(RecommendationFilter.none(), date, 0, 100).items();
            for (RecommendationStatus status : RecommendationStatus.values()) {
                for (Rag rag : Rag.values()) {
                    List<String> both = all.stream().filter(v -> v.status() == status && v.rag() == rag).map(RecommendationView::id).toList();
                    assertThat(ids(new RecommendationFilter(null, null, null, status, rag), date.toString()))
                            .as(status + " and " + rag + " on " + date).containsExactlyElementsOf(both);
                }
            }
        }
    }

    @Test
    void theOpenAndOverduePeriodsAgreeWithTheViewsOnEveryDay() {
        caseload();
        // rec-red: overdue from 1 Jan 2025, its due date revised on 20 Jan to 31 Mar (no longer overdue), then overdue
        // again from 1 Apr until its evidence is accepted on 15 Apr; closed on 20 Apr
        record(revised("rec-red", "1", "2025-01-20", "2024-12-31", "2025-03-31", "Waiting for the new protocol"),
                evidenced("rec-red", "1", "2025-04-10", "Protocol in force"), evidenceAccepted("rec-red", "1", "2025-04-15"),
                closed("rec-red", "2025-04-20", "Police now share notifications"));
        for (LocalDate date = d("2024-05-31"); date.isBefore(d("2025-08-01")); date = date.plusDays(1)) {
            List<RecommendationView> views = queries.list(RecommendationFilter.none(), date, 0, 100).items();
            LocalDate day = date;
            List<String> open = views.stream()
                    .filter(v -> v.status() != RecommendationStatus.CLOSED && v.status() != RecommendationStatus.DECLINED)
                    .map(RecommendationView::id).sorted().toList();
            List<String> overdue = views.stream().flatMap(v -> v.actions().stream()
                            .filter(a -> a.status() != ActionStatus.COMPLETE && a.dueOn().isBefore(day))
                            .map(a -> v.id() + "/" + a.actionId() + " due " + a.dueOn()))
                    .sorted().toList();
            assertThat(fx.jdbc.queryForList("select recommendation_id from recommendation_open_period where from_on <= ? and to_on > ?"
                    + " order by recommendation_id", String.class, date, date)).as("open on " + date).isEqualTo(open);
            assertThat(fx.jdbc.queryForList("select recommendation_id || '/' || action_id || ' due ' || due_on from action_overdue_period"
                    + " where from_on <= ? and to_on > ? order by 1", String.class, date, date)).as("overdue on " + date).isEqualTo(overdue);
        }
    }

    /**
     * The totals of the lists by status and by RAG are sums of day-by-day changes: on every day they are the number of
     * recommendations whose period holds that status or RAG, also after facts that rewrite periods (a revised due date,
     * evidence, a closure), and the RAG periods are the views' RAG.
     */
    @Test
    void theDailyCountsAgreeWithThePeriodsOnEveryDay() {
        caseload();
        record(revised("rec-red", "1", "2025-01-20", "2024-12-31", "2025-03-31", "Waiting for the new protocol"),
                evidenced("rec-red", "1", "2025-04-10", "Protocol in force"), evidenceAccepted("rec-red", "1", "2025-04-15"),
                closed("rec-red", "2025-04-20", "Police now share notifications"));
        int counted = 0;
        for (LocalDate date = d("2024-05-31"); date.isBefore(d("2025-08-01")); date = date.plusDays(1)) {
            List<RecommendationView> views = queries.list(RecommendationFilter.none(), date, 0, 100).items();
            long made = fx.jdbc.queryForObject("select count(*) from recommendation where made_on <= ?", Long.class, date);
            assertThat(uk.org.casereview.projections.readmodel.DailyCounts.on(fx.jdbc, RecommendationRows.MADE_COUNT, RecommendationRows.MADE, date))
                    .as("made by " + date).isEqualTo(made);
            for (RecommendationStatus status : RecommendationStatus.values()) {
                long held = fx.jdbc.queryForObject("select count(*) from recommendation_period where status = ? and from_on <= ? and to_on > ?",
                        Long.class, status.name(), date, date);
                assertThat(uk.org.casereview.projections.readmodel.DailyCounts.on(fx.jdbc, RecommendationRows.STATUS_COUNT, status.name(), date))
                        .as(status + " on " + date).isEqualTo(held);
                RecommendationStatus wanted = status;
                assertThat(held).as(status + " on " + date).isEqualTo(views.stream().filter(v -> v.status() == wanted).count());
                counted += held;
            }
            for (Rag rag : Rag.values()) {
                long held = fx.jdbc.queryForObject("select count(*) from recommendation_rag_period where rag = ? and from_on <= ? and to_on > ?",
                        Long.class, rag.name(), date, date);
                assertThat(uk.org.casereview.projections.readmodel.DailyCounts.on(fx.jdbc, RecommendationRows.RAG_COUNT, rag.name(), date))
                        .as(rag + " on " + date).isEqualTo(held);
                assertThat(held).as(rag + " on " + date).isEqualTo(views.stream().filter(v -> v.rag() == rag).count());
                counted += held;
            }
        }
        assertThat(counted).as("recommendations counted over the days").isGreaterThan(1000);
        assertThat(fx.jdbc.queryForObject("select count(*) from daily_count where change = 0", Long.class))
                .as("days whose changes cancel out keep no row").isZero();
    }

    @Test
    void pages() {
        caseload();
        Page<RecommendationView> first = queries.list(RecommendationFilter.none(), d("2025-01-15"), 0, 4);
        Page<RecommendationView> second = queries.list(RecommendationFilter.none(), d("2025-01-15"), 1, 4);
        assertThat(first.total()).isEqualTo(6);
        assertThat(second.total()).isEqualTo(6);
        assertThat(first.items()).extracting(RecommendationView::id).containsExactly("rec-made", "rec-done", "rec-green", "rec-amber");
        assertThat(second.items()).extracting(RecommendationView::id).containsExactly("rec-decl", "rec-red");
        assertThat(first.page()).isZero();
        assertThat(second.size()).isEqualTo(4);
    }

    @Test
    void theResetHandlerEmptiesTheRecommendationTablesAndAReplayRestoresThem() {
        caseload();
        var tables = fx.dump();
        List<String> own = List.of("recommendation", "recommendation_theme", "action", "recommendation_period", "action_period",
                "recommendation_open_period", "action_overdue_period");
        Page<RecommendationView> before = queries.list(RecommendationFilter.none(), d("2025-01-15"), 0, 100);

        fx.recommendationProjection.onReset();

        assertThat(own).allSatisfy(table -> assertThat(fx.count(table)).as(table).isZero());
        assertThat(fx.count("practice_review")).as("not this projection's").isEqualTo(1);
        assertThat(queries.list(RecommendationFilter.none(), d("2025-01-15"), 0, 100).total()).isZero();

        for (var message : fx.messages()) {
            if (message.getPayload() instanceof RecommendationEvent event) {
                fx.recommendationProjection.on(event, message);
            }
        }
        assertThat(fx.dump()).isEqualTo(tables);
        assertThat(queries.list(RecommendationFilter.none(), d("2025-01-15"), 0, 100)).isEqualTo(before);
    }

    @Test
    void theTimelineIsInBusinessDateOrderWithTheDueDatesInterleaved() {
        sources();
        recommendationOne();

        Timeline timeline = queries.timeline("rec-1", d("2025-06-30")).orElseThrow();
        assertThat(timeline.reference()).isEqualTo("CSPR-T-01 recommendation 1");
        List<TimelineEntry> entries = timeline.entries();
        assertThat(entries).extracting(TimelineEntry::on).isSorted();
        assertThat(entries).extracting(e -> e.on() + " " + e.entry() + " " + e.recordedBy()).containsExactly(
                "2024-11-21 FACT alice",
                "2024-12-05 FACT alice",
                "2024-12-10 FACT alice",
                "2024-12-12 FACT alice",
                "2025-02-01 FACT alice",
                "2025-02-20 FACT bob",
                "2025-02-25 FACT bob",
                "2025-02-28 MILESTONE null",    // action 2 due
                "2025-03-03 FACT bob",
                "2025-03-10 FACT alice",
                "2025-03-20 FACT alice",
                "2025-06-20 FACT alice",
                "2025-06-27 FACT alice",
                "2025-06-30 FACT alice",
                "2025-06-30 MILESTONE null");   // action 1 due (revised), facts first on the same day
        assertThat(entries.get(7).what()).isEqualTo("Action 2 (Police) due: complete on 2025-03-10");
        assertThat(entries.get(7).state()).isEqualTo(MilestoneState.MISSED);
        assertThat(entries.get(14).what()).isEqualTo("Action 1 (Community health services) due: complete on 2025-06-27");
        assertThat(entries.get(14).state()).isEqualTo(MilestoneState.MET);
        assertThat(entries.get(6).what()).isEqualTo("Action 2 evidence returned: Register incomplete");
        assertThat(entries.get(10).what()).isEqualTo("Action 1 due date revised from 2025-03-31 to 2025-06-30: Records system migration");
        assertThat(entries.get(0).recordedAt()).isEqualTo(fx.messages().get(2).getTimestamp());

        // as of 5 March: nothing later, and action 2 overdue
        Timeline mar5 = queries.timeline("rec-1", d("2025-03-05")).orElseThrow();
        assertThat(mar5.entries()).extracting(TimelineEntry::on).allMatch(on -> !on.isAfter(d("2025-03-31")));
        assertThat(mar5.entries()).filteredOn(e -> e.entry().equals(TimelineEntry.MILESTONE))
                .extracting(TimelineEntry::what, TimelineEntry::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Action 2 (Police) due: overdue by 5 days", MilestoneState.OVERDUE),
                        org.assertj.core.groups.Tuple.tuple("Action 1 (Community health services) due: due within 28 days", MilestoneState.DUE));
        assertThat(mar5.entries()).filteredOn(e -> e.entry().equals(TimelineEntry.FACT)).hasSize(8);
    }
}
