package uk.org.casereview.api.metrics;

import org.junit.jupiter.api.Test;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The partnership's gauges on /actuator/prometheus: every series present, named by Prometheus conventions, and true. */
class ReadModelGaugesTest extends ApiTest {

    @Test
    void everySeriesIsThereWithBoundedLabels() {
        String metrics = scrape();
        assertThat(count(metrics, "casereview_actions_open\\{agency=")).isEqualTo(15);
        assertThat(count(metrics, "casereview_actions_overdue\\{agency=")).isEqualTo(15);
        assertThat(count(metrics, "casereview_theme_actions_open\\{theme=")).isEqualTo(20);
        assertThat(count(metrics, "casereview_theme_actions_overdue\\{theme=")).isEqualTo(20);
        assertThat(count(metrics, "casereview_actions\\{rag=")).isEqualTo(5);
        assertThat(count(metrics, "casereview_recommendations\\{status=")).isEqualTo(6);
        assertThat(count(metrics, "casereview_milestones\\{milestone=")).isEqualTo(25);
        assertThat(metrics).contains("# TYPE casereview_actions_overdue gauge", "# HELP casereview_actions_overdue",
                "casereview_read_model_lag_events ", "casereview_metrics_refreshed_timestamp_seconds ");
        assertThat(metrics).doesNotContain("casereview_actions_overdue_total");
        assertThat(metrics).contains("jvm_memory_used_bytes", "process_uptime_seconds");
    }

    @Test
    void anOverdueActionShowsInTheAgencyThemeAndRagGauges() throws InterruptedException {
        double overdueBefore = value(scrape(), "casereview_actions_overdue{agency=\"YOUTH_JUSTICE\"}");
        double themeBefore = value(scrape(), "casereview_theme_actions_overdue{theme=\"ADOLESCENTS\"}");
        double redBefore = value(scrape(), "casereview_actions{rag=\"RED\"}");

        Api api = api();
        String review = api.post("/api/v1/rapid-reviews", """
                {"reference":"RR-METRICS-01","children":["Child M"],"outcome":"SERIOUSLY_HARMED","awareOn":"2025-01-06",
                 "notifiedOn":"2025-01-08","harmCategories":["PHYSICAL_ABUSE"],"themes":["ADOLESCENTS"]}""").text("id");
        String recommendation = "/api/v1/recommendations/" + api.post("/api/v1/recommendations", """
                {"sourceId":"%s","number":"1","text":"Youth offending teams screen for exploitation","themes":["ADOLESCENTS"],
                 "madeOn":"2025-01-20"}""".formatted(review)).text("id");
        api.post(recommendation + "/response", "{\"respondedOn\":\"2025-01-21\",\"accepted\":true}");
        Api.Response action = api.post(recommendation + "/actions", """
                {"description":"Screening tool in every assessment","agency":"YOUTH_JUSTICE","owner":"Head of service",
                 "assignedOn":"2025-01-22","dueOn":"2025-05-31"}""");
        assertThat(action.text("rag")).isEqualTo("RED");

        // segments with nothing to do store their position every few seconds: the lag reaches 0 within them; a refresh
        // sets the gauges one after another, so a scrape during one can show the agency's count and not yet the theme's
        String metrics = awaitScrape(m -> value(m, "casereview_actions_overdue{agency=\"YOUTH_JUSTICE\"}") == overdueBefore + 1
                && value(m, "casereview_theme_actions_overdue{theme=\"ADOLESCENTS\"}") == themeBefore + 1
                && value(m, "casereview_actions{rag=\"RED\"}") == redBefore + 1
                && value(m, "casereview_read_model_lag_events") == 0);
        assertThat(value(metrics, "casereview_actions_overdue{agency=\"YOUTH_JUSTICE\"}")).isEqualTo(overdueBefore + 1);
        assertThat(value(metrics, "casereview_theme_actions_overdue{theme=\"ADOLESCENTS\"}")).isEqualTo(themeBefore + 1);
        assertThat(value(metrics, "casereview_actions{rag=\"RED\"}")).isEqualTo(redBefore + 1);
        assertThat(value(metrics, "casereview_read_model_lag_events")).isEqualTo(0);
        // Axon's command and event processor metrics
        assertThat(metrics).contains("axon_event_processor_latency_milliseconds{processor=\"read-models\"}",
                "axon_event_processor_processed_total{processor=\"read-models\"}", "axon_command_bus_success_total");
    }

    @Test
    void onlyTheMetricsRoleMayScrape() {
        assertThat(anonymous().get("/actuator/prometheus", "text/plain").status()).isEqualTo(401);
        assertThat(api("recorder").get("/actuator/prometheus", "text/plain").status()).isEqualTo(403);
    }

    private String scrape() {
        Api.Response response = api("prometheus").get("/actuator/prometheus", "text/plain");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private String awaitScrape(java.util.function.Predicate<String> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String metrics = scrape();
        while (!condition.test(metrics) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            metrics = scrape();
        }
        return metrics;
    }

    private static int count(String metrics, String regex) {
        Matcher matcher = Pattern.compile("(?m)^" + regex).matcher(metrics);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    static double value(String metrics, String series) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        throw new AssertionError("no series " + series + " in " + List.of(metrics.split("\n")).subList(0, 5));
    }
}
