package uk.org.casereview.api.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.fail;

/**
 * The answers of every read endpoint of a service, to compare two services that should hold the same record (a
 * restored backup, an import): the lists with their filters and "as at" dates, the overdue actions in JSON and CSV,
 * learning themes, statutory timeliness, the yearly reports, the audit trail, and the view, timeline and actions of
 * every review and recommendation the lists name.
 */
public final class ReadAnswers {

    private ReadAnswers() {
    }

    public static List<String> paths(Api api) {
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
            paths.add("/api/v1/overdue-actions?size=1000" + asOf);
            paths.add("/api/v1/overdue-actions?size=1000&agency=POLICE" + asOf);
            paths.add("csv:/api/v1/overdue-actions?" + asOf);
        }
        paths.add("/api/v1/learning-themes");
        paths.add("/api/v1/learning-themes?from=2023-04-01&to=2024-03-31");
        paths.add("/api/v1/statutory-timeliness");
        paths.add("/api/v1/statutory-timeliness?from=2020-01-01&to=2026-12-31");
        for (int year = 2023; year <= 2026; year++) {
            paths.add("/api/v1/reports/yearly/" + year);
        }
        paths.add("/api/v1/audit?from=2000-01-01&to=2099-12-31&size=1000");
        for (String id : ids(api, "/api/v1/rapid-reviews?size=500")) {
            paths.add("/api/v1/rapid-reviews/" + id);
            paths.add("/api/v1/rapid-reviews/" + id + "/timeline");
        }
        for (String id : ids(api, "/api/v1/practice-reviews?size=500")) {
            paths.add("/api/v1/practice-reviews/" + id);
            paths.add("/api/v1/practice-reviews/" + id + "/timeline");
        }
        for (String id : ids(api, "/api/v1/recommendations?size=500")) {
            paths.add("/api/v1/recommendations/" + id);
            paths.add("/api/v1/recommendations/" + id + "/timeline");
            paths.add("/api/v1/recommendations/" + id + "?asOf=2025-03-31");
            api.get("/api/v1/recommendations/" + id).json().path("actions")
                    .forEach(action -> paths.add("/api/v1/recommendations/" + id + "/actions/" + action.path("actionId").asText()));
        }
        return new ArrayList<>(paths);
    }

    public static Map<String, String> answers(Api api, List<String> paths) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : paths) {
            Api.Response response = path.startsWith("csv:") ? api.get(path.substring(4), "text/csv") : api.get(path);
            answers.put(path, response.status() + " " + response.body());
        }
        return answers;
    }

    /** Waits (up to a minute: the read models are built after the events are in) until the service answers as expected. */
    public static void awaitSame(Map<String, String> expected, Api api) throws InterruptedException {
        List<String> paths = new ArrayList<>(expected.keySet());
        long deadline = System.nanoTime() + 60_000_000_000L;
        List<String> different;
        do {
            Map<String, String> actual = answers(api, paths);
            different = new ArrayList<>();
            for (String path : paths) {
                if (!expected.get(path).equals(actual.get(path))) {
                    different.add(path + "\n  expected: " + expected.get(path) + "\n  actual:   " + actual.get(path));
                }
            }
            if (different.isEmpty()) {
                return;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        fail(different.size() + " of " + paths.size() + " answers differ:\n" + String.join("\n", different));
    }

    /** Waits (up to a minute) until a rebuild or bulk load of the read models is DONE; its status. */
    public static JsonNode awaitRebuildDone(Api api) throws InterruptedException {
        return awaitRebuildDone(api, Duration.ofMinutes(1));
    }

    /** Waits (up to the timeout) until a rebuild or bulk load of the read models is DONE; its status. */
    public static JsonNode awaitRebuildDone(Api api, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode status;
        do {
            status = api.get("/api/v1/admin/rebuild").json();
            if ("DONE".equals(status.path("state").asText())) {
                return status;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        fail("no rebuild of the read models was DONE within " + timeout + ": " + status);
        return status;
    }

    /** Waits (up to a minute) until every segment of the read-model processor has passed the head of the event store. */
    public static void awaitReadModelsCaughtUp(Api api) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        JsonNode status;
        do {
            status = api.get("/api/v1/admin/rebuild").json();
            long head = status.path("head").asLong();
            boolean caughtUp = status.path("segments").size() > 0;
            for (JsonNode segment : status.path("segments")) {
                caughtUp &= segment.path("position").asLong(-1) >= head;
            }
            if (caughtUp) {
                return;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        fail("the read models did not catch up with the event store within a minute: " + status);
    }

    private static List<String> ids(Api api, String path) {
        List<String> ids = new ArrayList<>();
        JsonNode items = api.get(path).json().path("items");
        items.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
