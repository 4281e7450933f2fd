package uk.org.casereview.api.readmodels;

import org.springframework.beans.factory.annotation.Autowired;
import uk.org.casereview.api.metrics.ReadModelGauges;
import uk.org.casereview.api.yearlyreport.YearlyReportCache;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;
import uk.org.casereview.api.support.DatabaseSnapshot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilding the read models from the event store (POST /api/v1/admin/rebuild) over full tables gives exactly the same
 * rows and the same answers. Views, timelines and single actions ({@code /actions/{actionId}}) are folded from the
 * event store, and the audit trail reads it, so they cannot tell a rebuild from none (they are compared all the same);
 * what the rebuild writes is what lists (with every filter), overdue actions in JSON and CSV, learning themes,
 * statutory timeliness, the yearly reports and the metrics' gauges serve. So before the rebuild the read-model tables are damaged directly in the database (rows deleted,
 * a column changed), the test sees the answers change with them, and after the rebuild every row of every read-model
 * table and every answer is as it was before the damage.
 */
class ReadModelRebuildTest extends ApiTest {

    @Autowired
    private YearlyReportCache yearlyReports;

    @Autowired
    private ReadModelGauges readModelGauges;

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void aRebuildGivesExactlyTheSameAnswers() throws InterruptedException {
        Api api = api();
        ReadModelData data = new ReadModelData(api).record();

        List<String> paths = paths(api, data);
        awaitReadModels();
        Map<String, String> tablesBefore = readModelTables();
        Map<String, String> before = answers(api, paths);
        String gaugesBefore = awaitGauges(gauges -> true);
        assertThat(before.get("/api/v1/recommendations/" + data.rec("a"))).contains("\"rag\":\"RED\"");
        assertThat(tablesBefore.get("action")).doesNotStartWith("rows=0 ");

        // damage the read models: the answers that the tables serve change with them
        jdbc.update("update action set owner = 'damaged'");
        jdbc.update("delete from action_overdue_period");
        jdbc.update("delete from recommendation_theme");
        jdbc.update("delete from milestone");
        yearlyReports.clear(); // the damage is no fact: the yearly reports kept from before it would not show it
        readModelGauges.recount(); // nor would the gauges, counted again only when the read models or the date move
        Map<String, String> damaged = answers(api, paths);
        List<String> changedByDamage = paths.stream().filter(path -> !before.get(path).equals(damaged.get(path))).toList();
        assertThat(changedByDamage).as("answers served by the damaged tables")
                .contains("/api/v1/overdue-actions?size=1000", "csv:/api/v1/overdue-actions?", "/api/v1/statutory-timeliness",
                        "/api/v1/recommendations?size=500&agency=POLICE&theme=NEGLECT", "/api/v1/reports/yearly/2024");
        assertThat(awaitGauges(gauges -> !gauges.equals(gaugesBefore))).as("gauges computed from the damaged tables").isNotEqualTo(gaugesBefore);

        Api.Response started = api.post("/api/v1/admin/rebuild", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().path("startedAt").asText("")).isNotBlank();
        JsonNode status = awaitDone(api);
        assertThat(status.path("events").asLong()).as("events replayed").isGreaterThan(30);
        assertThat(status.path("finishedAt").asText("")).isNotBlank();

        awaitReadModels();
        assertThat(DatabaseSnapshot.differences(tablesBefore, readModelTables())).as("read-model rows that changed with the rebuild").isEmpty();
        Map<String, String> after = answers(api, paths);
        assertThat(awaitGauges(gaugesBefore::equals)).as("the gauges after the rebuild").isEqualTo(gaugesBefore);
        List<String> different = new ArrayList<>();
        before.forEach((path, answer) -> {
            if (!answer.equals(after.get(path))) {
                different.add(path + "\n  before: " + answer + "\n  after:  " + after.get(path));
            }
        });
        assertThat(different).as("answers that changed with the rebuild").isEmpty();

        // a write after the rebuild is read back at once
        Api.Response progress = api.post("/api/v1/recommendations/" + data.rec("c") + "/actions/1/progress",
                Map.of("reportedOn", "2025-06-30", "note", "Leaflets printed"));
        assertThat(progress.status()).as(progress.toString()).isEqualTo(200);
        assertThat(progress.text("status")).isEqualTo("IN_PROGRESS");
        assertThat(api.get("/api/v1/recommendations?sourceId=" + data.cspr() + "&agency=HOUSING").json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void aBulkLoadThatFailsFallsBackToAFullReplayThatEndsWithTheSameRowsAndAnswers() throws InterruptedException {
        Api api = api();
        ReadModelData data = new ReadModelData(api).record();
        List<String> paths = paths(api, data);
        awaitReadModels();
        Map<String, String> tablesBefore = readModelTables();
        Map<String, String> before = answers(api, paths);

        // the load's last step, creating its indexes again, fails: an index kept for it cannot be created
        jdbc.update("insert into read_model_index (name, definition) values (?, ?)", "rebuild_test_unbuildable",
                "create index if not exists rebuild_test_unbuildable on no_such_table (id)");
        try {
            Api.Response started = api.post("/api/v1/admin/rebuild", "");
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            awaitDone(api);
            assertThat(jdbc.queryForObject("select state from read_model_rebuild where id = 1", String.class))
                    .as("the rebuild fell back to a replay by the processor").isEqualTo("REPLAYING");
        } finally {
            jdbc.update("delete from read_model_index where name = 'rebuild_test_unbuildable'");
        }
        awaitReadModels();
        assertThat(DatabaseSnapshot.differences(tablesBefore, readModelTables())).as("read-model rows after the replay").isEmpty();
        Map<String, String> after = answers(api, paths);
        assertThat(paths.stream().filter(path -> !before.get(path).equals(after.get(path))).toList())
                .as("answers that changed with the failed load and the replay").isEmpty();
    }

    /** The rows of the read-model tables (not the event store, the tokens or the rebuild's own bookkeeping). */
    private Map<String, String> readModelTables() {
        Map<String, String> tables = new java.util.TreeMap<>(DatabaseSnapshot.of(jdbc));
        tables.keySet().retainAll(List.of("rapid_review", "rapid_review_decision", "rapid_review_response", "practice_review", "review_theme",
                "milestone", "recommendation", "recommendation_theme", "action", "recommendation_period", "recommendation_open_period",
                "action_period", "action_overdue_period", "recommendation_rag_period", "daily_count"));
        assertThat(tables).hasSize(15);
        return tables;
    }

    /**
     * The case-review gauges of /actuator/prometheus (without the refresh time and the processor's lag), once they are
     * as wanted (they are recomputed every second in the tests), or as they are after 10 s.
     */
    private String awaitGauges(java.util.function.Predicate<String> wanted) throws InterruptedException {
        Api prometheus = anonymous().as("prometheus", "metrics-secret");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String gauges;
        do {
            Thread.sleep(1100);
            gauges = prometheus.get("/actuator/prometheus", "text/plain").body().lines()
                    .filter(line -> line.startsWith("casereview_") && !line.startsWith("casereview_metrics_refreshed")
                            && !line.startsWith("casereview_read_model_lag")
                            // the event store's integrity check runs on its own schedule, not from the read models
                            && !line.startsWith("casereview_integrity_verified"))
                    .sorted().collect(java.util.stream.Collectors.joining("\n"));
        } while (!wanted.test(gauges) && System.nanoTime() < deadline);
        assertThat(gauges).contains("casereview_actions_overdue{");
        return gauges;
    }

    private static JsonNode awaitDone(Api api) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        JsonNode status;
        do {
            Api.Response response = api.get("/api/v1/admin/rebuild");
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            status = response.json();
            if (status.path("state").asText().equals("DONE")) {
                return status;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the rebuild was not DONE within " + TIMEOUT + ": " + status);
    }

    /** Every GET to compare: lists of everything in the database (size=500), then the views and timelines of all of it. */
    private static List<String> paths(Api api, ReadModelData data) {
        Set<String> paths = new LinkedHashSet<>();
        paths.add("/api/v1/reference-data");
        for (String asOf : List.of("", "&asOf=2024-12-31", "&asOf=2025-03-31")) {
            paths.add("/api/v1/rapid-reviews?size=500" + asOf);
            paths.add("/api/v1/practice-reviews?size=500" + asOf);
            paths.add("/api/v1/recommendations?size=500" + asOf);
            for (String rag : List.of("RED", "AMBER", "GREEN", "COMPLETE")) {
                paths.add("/api/v1/recommendations?size=500&rag=" + rag + asOf);
            }
            for (String status : List.of("MADE", "ACCEPTED", "DECLINED", "IN_PROGRESS", "ACTIONS_COMPLETE", "CLOSED")) {
                paths.add("/api/v1/recommendations?size=500&status=" + status + asOf);
            }
            paths.add("/api/v1/recommendations?size=500&agency=POLICE&theme=NEGLECT" + asOf);
            paths.add("/api/v1/recommendations?size=500&sourceId=" + data.cspr() + asOf);
            paths.add("/api/v1/overdue-actions?size=1000" + asOf);
            paths.add("/api/v1/overdue-actions?size=1000&agency=POLICE" + asOf);
            paths.add("/api/v1/overdue-actions?size=1000&theme=INFORMATION_SHARING" + asOf);
            paths.add("csv:/api/v1/overdue-actions?" + asOf);
        }
        paths.add("/api/v1/learning-themes");
        paths.add("/api/v1/learning-themes?from=2023-04-01&to=2024-03-31");
        paths.add("/api/v1/learning-themes?from=2024-04-01&to=2025-03-31");
        paths.add("/api/v1/statutory-timeliness");
        paths.add("/api/v1/statutory-timeliness?from=2020-01-01&to=2026-12-31");
        paths.add("/api/v1/statutory-timeliness?from=2024-04-01&to=2025-03-31&asOf=2024-12-31");
        for (int year = 2023; year <= 2026; year++) {
            paths.add("/api/v1/reports/yearly/" + year);
        }
        paths.add("/api/v1/reports/yearly/2024?asOf=2024-09-30");
        paths.add("/api/v1/audit?size=1000");
        paths.add("/api/v1/audit?size=1000&user=tester&from=2024-01-01");

        Set<String> rapidReviews = new LinkedHashSet<>(ids(api, "/api/v1/rapid-reviews?size=500"));
        Set<String> practiceReviews = new LinkedHashSet<>(ids(api, "/api/v1/practice-reviews?size=500"));
        Set<String> recommendations = new LinkedHashSet<>(ids(api, "/api/v1/recommendations?size=500"));
        rapidReviews.addAll(List.of(data.rr(), data.rr2()));
        practiceReviews.addAll(List.of(data.cspr(), data.cspr2()));
        recommendations.addAll(data.ids.values().stream().filter(id -> !id.equals(data.rr()) && !id.equals(data.rr2())
                && !id.equals(data.cspr()) && !id.equals(data.cspr2())).toList());
        for (String id : rapidReviews) {
            paths.add("/api/v1/rapid-reviews/" + id);
            paths.add("/api/v1/rapid-reviews/" + id + "/timeline");
            paths.add("/api/v1/rapid-reviews/" + id + "/timeline?asOf=2024-12-31");
        }
        for (String id : practiceReviews) {
            paths.add("/api/v1/practice-reviews/" + id);
            paths.add("/api/v1/practice-reviews/" + id + "/timeline");
            paths.add("/api/v1/practice-reviews/" + id + "/timeline?asOf=2024-12-31");
        }
        for (String id : recommendations) {
            api.get("/api/v1/recommendations/" + id).json().path("actions").forEach(action -> {
                paths.add("/api/v1/recommendations/" + id + "/actions/" + action.path("actionId").asText());
                paths.add("/api/v1/recommendations/" + id + "/actions/" + action.path("actionId").asText() + "?asOf=2025-03-31");
            });
            paths.add("/api/v1/recommendations/" + id);
            paths.add("/api/v1/recommendations/" + id + "/timeline");
            paths.add("/api/v1/recommendations/" + id + "?asOf=2025-03-31");
        }
        return new ArrayList<>(paths);
    }

    private static List<String> ids(Api api, String path) {
        List<String> ids = new ArrayList<>();
        api.get(path).json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static Map<String, String> answers(Api api, List<String> paths) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : paths) {
            Api.Response response = path.startsWith("csv:") ? api.get(path.substring(4), "text/csv") : api.get(path);
            answers.put(path, response.status() + " " + response.body());
        }
        return answers;
    }
}
