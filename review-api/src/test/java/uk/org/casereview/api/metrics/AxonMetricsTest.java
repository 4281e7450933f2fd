package uk.org.casereview.api.metrics;

import org.junit.jupiter.api.Test;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ServiceProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon's metrics follow Prometheus's conventions: snake_case names under axon_, the event processor as the label
 * "processor", and every series there from the first scrape of a service that has handled nothing yet, then counting.
 */
class AxonMetricsTest {

    @Test
    void axonsMetricsAreSnakeCaseWithTheProcessorAsALabelFromTheFirstScrape() throws Exception {
        Path dataDir = Files.createTempDirectory("casereview-axon-metrics");
        try (ServiceProcess service = ServiceProcess.start(dataDir, "metrics", Map.of())) {
            Api prometheus = new Api(service.port()).as("prometheus", "metrics-secret");
            String first = scrape(prometheus);
            for (String series : new String[]{
                    "axon_event_processor_ingested_total{processor=\"read-models\"}",
                    "axon_event_processor_processed_total{processor=\"read-models\"}",
                    "axon_event_processor_failure_total{processor=\"read-models\"}",
                    "axon_event_processor_capacity{processor=\"read-models\"}",
                    "axon_event_processor_all_timer_seconds_count{processor=\"read-models\"}",
                    "axon_command_bus_success_total",
                    "axon_command_bus_failure_total",
                    "axon_command_bus_all_timer_seconds_count",
                    "axon_command_bus_capacity",
                    "axon_event_store_ingested_total"}) {
                assertThat(value(first, series)).as(series + " in the first scrape").isZero();
            }
            // until the first event the latency gauge holds the few milliseconds of the message that registered it
            assertThat(value(first, "axon_event_processor_latency_milliseconds{processor=\"read-models\"}")).isNotNegative();
            assertThat(first).doesNotContain("commandBus", "eventProcessor", "eventStore", "read_models_", "Counter", "Timer");

            Api.Response notified = service.api().post("/api/v1/rapid-reviews", """
                    {"reference":"RR-METRICS-1","children":["Child M"],"outcome":"DIED","awareOn":"2025-06-02","notifiedOn":"2025-06-03",
                     "harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""");
            assertThat(notified.status()).as(notified.toString()).isEqualTo(201);
            String after = scrape(prometheus);
            assertThat(value(after, "axon_command_bus_success_total")).isEqualTo(1);
            assertThat(value(after, "axon_event_store_ingested_total")).isEqualTo(1);
            assertThat(value(after, "axon_event_processor_processed_total{processor=\"read-models\"}")).isEqualTo(1);
        }
    }

    private static String scrape(Api prometheus) {
        Api.Response response = prometheus.get("/actuator/prometheus", "text/plain");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private static double value(String scrape, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        assertThat(line.find()).as(series + " in\n" + scrape.lines().filter(l -> l.startsWith("axon")).toList()).isTrue();
        return Double.parseDouble(line.group(1));
    }
}
