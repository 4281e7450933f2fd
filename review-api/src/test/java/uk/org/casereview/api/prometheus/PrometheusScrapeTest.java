package uk.org.casereview.api.prometheus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real Prometheus (the Debian package's /usr/bin/prometheus) scrapes the running service with HTTP Basic as the
 * METRICS user, with the scrape job and alert rules shipped in docker/prometheus/, and sees the overdue actions of a
 * known data set. Without the binary the test fails in CI (CI set) and is skipped elsewhere.
 * The service's gauges refresh every casereview.metrics.refresh-interval (1 s in the end-to-end tests, see ApiTest;
 * the 60-second wait also covers the 15-second default).
 */
class PrometheusScrapeTest extends ApiTest {

    private static final String AGENCY = "PROBATION";
    private static final Path PROMETHEUS = Path.of(System.getenv().getOrDefault("PROMETHEUS_BINARY", "/usr/bin/prometheus"));
    /** The stack's Prometheus configuration, from review-api (Maven runs the tests in the module's directory). */
    private static final Path SHIPPED = Path.of("..", "docker", "prometheus");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void prometheusScrapesTheOverdueActionsOfAnAgency() throws Exception {
        requirePrometheus();
        Api api = api();
        long before = api.get("/api/v1/overdue-actions?agency=" + AGENCY).json().path("total").asLong();

        // a rapid review's recommendation with three overdue PROBATION actions, one PROBATION action not yet due and
        // one overdue action of another agency; "today" is 30 June 2025
        Api.Response notified = api.post("/api/v1/rapid-reviews", """
                {"reference":"RR-PROM-01","children":["Child P"],"outcome":"SERIOUSLY_HARMED","awareOn":"2025-01-06",
                 "notifiedOn":"2025-01-09","harmCategories":["NEGLECT"],"themes":["DOMESTIC_ABUSE"]}""");
        assertThat(notified.status()).as(notified.toString()).isEqualTo(201);
        Api.Response made = api.post("/api/v1/recommendations", """
                {"sourceId":"%s","number":"1","text":"Probation shares risk assessments of perpetrators with children's social care",
                 "themes":["DOMESTIC_ABUSE"],"madeOn":"2025-02-03"}""".formatted(notified.text("id")));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String recommendation = "/api/v1/recommendations/" + made.text("id");
        Api.Response accepted = api.post(recommendation + "/response", """
                {"respondedOn":"2025-02-10","accepted":true}""");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assign(api, recommendation, AGENCY, "2025-03-31", "RED");
        assign(api, recommendation, AGENCY, "2025-04-30", "RED");
        assign(api, recommendation, AGENCY, "2025-06-27", "RED");
        assign(api, recommendation, AGENCY, "2025-12-31", "GREEN");
        assign(api, recommendation, "HOUSING", "2025-05-30", "RED");
        long expected = before + 3;
        assertThat(api.get("/api/v1/overdue-actions?agency=" + AGENCY).json().path("total").asLong()).isEqualTo(expected);

        Path dir = Files.createTempDirectory("casereview-prometheus");
        int prometheusPort = freePort();
        Path log = dir.resolve("prometheus.log");
        Process prometheus = null;
        try {
            Path config = writeConfig(dir, port);
            prometheus = new ProcessBuilder(PROMETHEUS.toString(),
                    "--config.file=" + config,
                    "--storage.tsdb.path=" + dir.resolve("data"),
                    "--web.listen-address=127.0.0.1:" + prometheusPort,
                    "--log.level=info")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            String base = "http://127.0.0.1:" + prometheusPort;
            String query = "casereview_actions_overdue{agency=\"" + AGENCY + "\"}";

            JsonNode result = null;
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!prometheus.isAlive()) {
                    fail("prometheus exited with " + prometheus.exitValue() + ":\n" + tail(log));
                }
                result = query(base, query);
                if (result != null && result.size() == 1 && value(result.get(0)) == expected) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(result).as("Prometheus's answer to %s after %s (targets: %s)\n%s", query, TIMEOUT,
                    describe(base + "/api/v1/targets"), tail(log)).isNotNull().hasSize(1);
            assertThat(value(result.get(0))).as("%s in Prometheus", query).isEqualTo(expected);
            assertThat(result.get(0).path("metric").path("job").asText()).isEqualTo("casereview");

            // the target is up (signed in as the METRICS user) and every shipped alert rule evaluates without error
            JsonNode up = query(base, "up{job=\"casereview\"}");
            assertThat(up).hasSize(1);
            assertThat(value(up.get(0))).isEqualTo(1);
            assertThat(query(base, "casereview_actions_overdue{agency=\"HOUSING\"}")).hasSize(1);
            awaitRulesEvaluated(base);
        } finally {
            if (prometheus != null) {
                prometheus.destroy();
                if (!prometheus.waitFor(15, TimeUnit.SECONDS)) {
                    prometheus.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
            deleteRecursively(dir);
        }
    }

    private static void requirePrometheus() {
        boolean present = Files.isExecutable(PROMETHEUS);
        String why = PROMETHEUS + " not found: install the Debian package prometheus (apt-get install -y prometheus)"
                + " or set PROMETHEUS_BINARY to a Prometheus 2.x binary";
        if (!present && System.getenv("CI") != null) {
            fail(why + "; CI must install it before running the tests (.ci/run)");
        }
        assumeTrue(present, why + "; the end-to-end scrape test is skipped");
    }

    private static void assign(Api api, String recommendation, String agency, String dueOn, String rag) {
        Api.Response action = api.post(recommendation + "/actions", """
                {"description":"Action for %s due %s","agency":"%s","owner":"Head of service","assignedOn":"2025-02-17",
                 "dueOn":"%s"}""".formatted(agency, dueOn, agency, dueOn));
        assertThat(action.status()).as(action.toString()).isEqualTo(201);
        assertThat(action.text("rag")).isEqualTo(rag);
    }

    /**
     * The casereview job and the alert rules of docker/prometheus, as the container has them (secrets/ beside the
     * configuration), pointed at this application, every second, with no Alertmanager.
     */
    @SuppressWarnings("unchecked")
    private static Path writeConfig(Path dir, int appPort) throws IOException {
        Yaml yaml = new Yaml();
        Map<String, Object> shipped = yaml.load(Files.readString(SHIPPED.resolve("prometheus.yml")));
        Map<String, Object> job = ((List<Map<String, Object>>) shipped.get("scrape_configs")).stream()
                .filter(j -> "casereview".equals(j.get("job_name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no job casereview in " + SHIPPED.resolve("prometheus.yml")));
        Map<String, Object> basicAuth = (Map<String, Object>) job.get("basic_auth");
        assertThat(basicAuth).as("the casereview job's basic_auth").containsEntry("username", "prometheus").containsKey("password_file");
        Path passwordFile = dir.resolve((String) basicAuth.get("password_file"));
        Files.createDirectories(passwordFile.getParent());
        Files.writeString(passwordFile, "metrics-secret\n");
        job.put("scrape_interval", "1s");
        job.put("scrape_timeout", "1s");
        job.put("static_configs", List.of(Map.of("targets", List.of("localhost:" + appPort))));

        Map<String, Object> config = new LinkedHashMap<>();
        config.put("global", Map.of("scrape_interval", "1s", "evaluation_interval", "1s"));
        config.put("rule_files", shipped.get("rule_files"));
        config.put("scrape_configs", List.of(job));
        for (Object ruleFile : (List<Object>) shipped.get("rule_files")) {
            Files.copy(SHIPPED.resolve(ruleFile.toString()), dir.resolve(ruleFile.toString()));
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Path file = dir.resolve("prometheus.yml");
        Files.writeString(file, new Yaml(options).dump(config));
        return file;
    }

    private void awaitRulesEvaluated(String base) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> problems = List.of("not evaluated yet");
        JsonNode groups = null;
        while (!problems.isEmpty() && System.nanoTime() < deadline) {
            groups = JSON.readTree(get(base + "/api/v1/rules")).path("data").path("groups");
            problems = new ArrayList<>();
            int rules = 0;
            for (JsonNode group : groups) {
                for (JsonNode rule : group.path("rules")) {
                    rules++;
                    if (!"ok".equals(rule.path("health").asText())) {
                        problems.add(rule.path("name").asText() + ": " + rule.path("health").asText() + " " + rule.path("lastError").asText());
                    }
                }
            }
            if (rules == 0) {
                problems.add("no rules loaded");
            }
            if (!problems.isEmpty()) {
                Thread.sleep(500);
            }
        }
        assertThat(problems).as("alert rules of docker/prometheus/alerts.yml: %s", groups).isEmpty();
    }

    /** The result vector of an instant query, or null while Prometheus is not answering. */
    private JsonNode query(String base, String promql) {
        try {
            String body = get(base + "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
            JsonNode answer = JSON.readTree(body);
            return "success".equals(answer.path("status").asText()) ? answer.path("data").path("result") : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private String get(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** For failure messages: the answer, or why there is none. */
    private String describe(String url) {
        try {
            return get(url);
        } catch (RuntimeException e) {
            return "(" + e + ")";
        }
    }

    private static double value(JsonNode sample) {
        return Double.parseDouble(sample.path("value").get(1).asText());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
