package uk.org.casereview.api.oldrecords;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.org.casereview.api.admin.ReadModelRebuild;
import uk.org.casereview.api.support.TestDatabase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Old records stay readable (SPEC 3a): the event store that release 0.1 recorded for its demonstration data set
 * ({@code v1-event-store/events.jsonl}, 378 events) is put into the event table of this release as it was written, and
 * every view, list and report is read back and checked against answers written here: first as the processor builds the
 * read models event by event, then after a bulk rebuild, which must give the same answers. Where version 2 of the rules
 * changed an answer (a delay no longer moves a due date; withholding no longer completes publication) the expected
 * answer is version 2's, and the comment says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "casereview.fixed-date=2026-11-30")
@ActiveProfiles("e2e")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OldRecordsTest {

    private static final Path DATA_DIR = dataDir();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, JsonNode> answersBeforeRebuild;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ReadModelRebuild rebuild;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, DATA_DIR);
    }

    @Test
    @Order(1)
    void theEventsOfRelease01AreReadAsTheyWereMeant() throws Exception {
        storeTheEventsOfRelease01();
        awaitReadModels();

        assertTheAnswers();
        answersBeforeRebuild = answers();
    }

    @Test
    @Order(2)
    void aRebuildReadsThemThroughTheSameUpcastersAndGivesTheSameAnswers() throws Exception {
        assertThat(answersBeforeRebuild).as("the first test ran").isNotNull();
        rebuild.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!rebuild.status().state().equals("DONE") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(rebuild.status().state()).isEqualTo("DONE");
        assertThat(rebuild.status().events()).isEqualTo(378);

        assertTheAnswers();
        assertThat(answers()).isEqualTo(answersBeforeRebuild);
    }

    private void assertTheAnswers() {
        JsonNode rapidReviews = get("/api/v1/rapid-reviews?size=100&asOf=2026-11-30");
        assertThat(rapidReviews.path("total").asInt()).isEqualTo(18);
        assertThat(byReference(rapidReviews, r -> r.path("status").asText())).isEqualTo(expected(
                "RR-2021-02 PANEL_AGREED", "RR-2021-04 PANEL_AGREED", "RR-2022-01 NATIONAL_REVIEW", "RR-2022-05 PANEL_AGREED",
                "RR-2023-02 PANEL_AGREED", "RR-2023-06 PANEL_AGREED", "RR-2024-01 PANEL_AGREED", "RR-2024-04 PANEL_AGREED",
                "RR-2025-01 PANEL_AGREED", "RR-2025-03 PANEL_AGREED", "RR-2026-01 PANEL_AGREED", "RR-2026-02 PANEL_AGREED",
                "RR-2026-03 PANEL_AGREED", "RR-2026-04 PANEL_DISAGREED", "RR-2026-05 SUBMITTED_TO_PANEL", "RR-2026-06 DECIDED",
                "RR-2026-07 MEETING_HELD", "RR-2026-08 NOTIFIED"));
        assertThat(byReference(rapidReviews, OldRecordsTest::milestones)).isEqualTo(expected(
                "RR-2021-02 NOTIFICATION MET, RAPID_REVIEW MET, PANEL_RESPONSE MET",
                "RR-2021-04 NOTIFICATION MET, RAPID_REVIEW MET, PANEL_RESPONSE MET",
                "RR-2022-01 NOTIFICATION MET, RAPID_REVIEW MET, PANEL_RESPONSE MET",
                "RR-2022-05 NOTIFICATION MISSED, RAPID_REVIEW MET, PANEL_RESPONSE MET",
                "RR-2023-02 NOTIFICATION MET, RAPID_REVIEW MISSED, PANEL_RESPONSE MISSED",
                "RR-2023-06 NOTIFICATION MET, RAPID_REVIEW MET, PANEL_RESPONSE MET",
                "RR-2024-01 NOTIFICATION MET, RAPID_REVIEW MET, PANEL_RESPONSE MET",
                "RR-2024-04 NOTIFICATION MET, RAPID_REVIEW MET, PANEL_RESPONSE MISSED",
                "RR-2025-01 NOTIFICATION MET, RAPID_REVIEW MET, PANEL_RESPONSE MET",
                "RR-2025-03 NOTIFICATION MET, RAPID_REVIEW MET, PANEL_RESPONSE MET",
                "RR-2026-01 NOTIFICATION MET, RAPID_REVIEW MET, PANEL_RESPONSE MET",
                "RR-2026-02 NOTIFICATION MET, RAPID_REVIEW MET, PANEL_RESPONSE MET",
                "RR-2026-03 NOTIFICATION MET, RAPID_REVIEW MET, PANEL_RESPONSE MET",
                "RR-2026-04 NOTIFICATION MET, RAPID_REVIEW MET, PANEL_RESPONSE MET",
                "RR-2026-05 NOTIFICATION MET, RAPID_REVIEW MET, PANEL_RESPONSE OVERDUE",
                "RR-2026-06 NOTIFICATION MET, RAPID_REVIEW OVERDUE",
                "RR-2026-07 NOTIFICATION MET, RAPID_REVIEW OVERDUE",
                "RR-2026-08 NOTIFICATION MET, RAPID_REVIEW OVERDUE"));

        JsonNode practiceReviews = get("/api/v1/practice-reviews?size=100&asOf=2026-11-30");
        assertThat(practiceReviews.path("total").asInt()).isEqualTo(12);
        // version 2: CSPR-2023-01 and CSPR-2024-01 were delayed (a trial, an inquest with no date): a delay no longer moves
        // the due date, so the first is MISSED and the second OVERDUE (its final report, sent after the due date, MISSED);
        // CSPR-2024-02 was withheld: withholding no longer completes PUBLICATION; a serious case review has no FINAL_REPORT
        // milestone; every PracticeReviewCommissioned was upcast with an empty jointWith
        assertThat(byReference(practiceReviews, r -> r.path("kind").asText() + " " + r.path("status").asText() + " "
                + milestones(r) + (r.path("jointWith").isArray() && r.path("jointWith").isEmpty() ? "" : " !jointWith"))).isEqualTo(expected(
                "CSPR-2021-01 CSPR PUBLISHED FINAL_REPORT MET, PUBLICATION MET",
                "CSPR-2022-02 CSPR PUBLISHED FINAL_REPORT MET, PUBLICATION MISSED",
                "CSPR-2023-01 CSPR PUBLISHED FINAL_REPORT MET, PUBLICATION MISSED",
                "CSPR-2024-01 CSPR FINAL_REPORT_SENT FINAL_REPORT MISSED, PUBLICATION OVERDUE",
                "CSPR-2024-02 CSPR WITHHELD FINAL_REPORT MET, PUBLICATION OVERDUE",
                "CSPR-2025-01 CSPR PUBLISHED FINAL_REPORT MET, PUBLICATION MET",
                "CSPR-2026-01 CSPR FINAL_REPORT_SENT FINAL_REPORT MET, PUBLICATION DUE",
                "CSPR-2026-02 CSPR REVIEWER_APPOINTED FINAL_REPORT DUE, PUBLICATION DUE",
                "CSPR-2026-03 CSPR COMMISSIONED FINAL_REPORT DUE, PUBLICATION DUE",
                "LLR-2023-01 LEARNING_REVIEW PUBLISHED ",
                "NR-2022-01 NATIONAL_REVIEW PUBLISHED ",
                "SCR-2018-01 SERIOUS_CASE_REVIEW PUBLISHED PUBLICATION MISSED"));

        JsonNode recommendations = get("/api/v1/recommendations?size=100&asOf=2026-11-30");
        assertThat(recommendations.path("total").asInt()).isEqualTo(32);
        assertThat(count(recommendations, r -> r.path("status").asText())).isEqualTo(Map.of("IN_PROGRESS", 14L, "CLOSED", 13L,
                "DECLINED", 2L, "ACCEPTED", 1L, "MADE", 1L, "ACTIONS_COMPLETE", 1L));
        assertThat(count(actions(recommendations), a -> a.path("rag").asText())).isEqualTo(Map.of("COMPLETE", 35L, "GREEN", 9L,
                "RED", 7L, "AMBER", 2L));
        assertThat(recommendations.path("items").findValues("closure").stream().filter(c -> !c.isNull())
                .allMatch(c -> c.has("rationale") && c.path("rationale").isNull())).as("RecommendationClosed upcast with a null rationale").isTrue();

        assertThat(get("/api/v1/overdue-actions?asOf=2026-11-30").path("total").asInt()).isEqualTo(7);

        // version 2: publications counted on time only by their statutory date, late ones with or without a reason recorded
        // before it; a withheld review stays active
        assertThat(publicationFigures(get("/api/v1/reports/yearly/2023?asOf=2026-11-30"))).isEqualTo(
                "{\"commissioned\":2,\"published\":2,\"publishedOnTime\":0,\"publishedLateWithReason\":0,\"publishedLateWithoutReason\":1,"
                        + "\"withheld\":0,\"activeAtYearEnd\":2}");
        assertThat(publicationFigures(get("/api/v1/reports/yearly/2024?asOf=2026-11-30"))).isEqualTo(
                "{\"commissioned\":1,\"published\":1,\"publishedOnTime\":0,\"publishedLateWithReason\":1,\"publishedLateWithoutReason\":0,"
                        + "\"withheld\":1,\"activeAtYearEnd\":2}");
        JsonNode year2026 = get("/api/v1/reports/yearly/2026?asOf=2026-11-30");
        assertThat(year2026.path("rapidReviews").path("total").asInt()).isEqualTo(7);
        assertThat(year2026.path("rapidReviews").path("notYetSubmitted").asInt()).isEqualTo(3);
        assertThat(year2026.path("recommendations").path("openAtYearEnd").asInt()).isEqualTo(17);
        assertThat(year2026.path("actions").path("overdueAtYearEnd").asInt()).isEqualTo(7);

        JsonNode timeliness = get("/api/v1/statutory-timeliness?from=2017-04-01&to=2026-11-30&asOf=2026-11-30");
        Map<String, String> counts = new TreeMap<>();
        timeliness.path("milestones").forEach(m -> counts.put(m.path("milestone").asText(), m.path("met").asInt() + " met, "
                + m.path("missed").asInt() + " missed, " + m.path("overdue").asInt() + " overdue, " + m.path("due").asInt() + " due"));
        assertThat(counts).isEqualTo(Map.of("NOTIFICATION", "17 met, 1 missed, 0 overdue, 0 due",
                "RAPID_REVIEW", "14 met, 1 missed, 3 overdue, 0 due", "PANEL_RESPONSE", "12 met, 2 missed, 1 overdue, 0 due",
                "FINAL_REPORT", "6 met, 1 missed, 0 overdue, 0 due", "PUBLICATION", "2 met, 3 missed, 2 overdue, 0 due"));
    }

    /** The practice reviews' figures of version 1 and those of the publication (version 2 added more beside them). */
    private static String publicationFigures(JsonNode report) {
        com.fasterxml.jackson.databind.node.ObjectNode figures = report.path("practiceReviews").deepCopy();
        figures.retain("commissioned", "published", "publishedOnTime", "publishedLateWithReason", "publishedLateWithoutReason",
                "withheld", "activeAtYearEnd");
        return figures.toString();
    }

    /** Every read answer the test compares before and after the rebuild. */
    private Map<String, JsonNode> answers() {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String path : List.of("/api/v1/rapid-reviews?size=100&asOf=2026-11-30", "/api/v1/practice-reviews?size=100&asOf=2026-11-30",
                "/api/v1/recommendations?size=100&asOf=2026-11-30", "/api/v1/recommendations?size=100&asOf=2024-03-31",
                "/api/v1/recommendations?rag=RED&size=100&asOf=2026-11-30", "/api/v1/recommendations?status=IN_PROGRESS&size=100&asOf=2025-03-31",
                "/api/v1/overdue-actions?asOf=2026-11-30", "/api/v1/overdue-actions?asOf=2023-03-31",
                "/api/v1/learning-themes?from=2017-04-01&to=2026-11-30", "/api/v1/statutory-timeliness?from=2017-04-01&to=2026-11-30&asOf=2026-11-30",
                "/api/v1/reports/yearly/2021?asOf=2026-11-30", "/api/v1/reports/yearly/2022?asOf=2026-11-30",
                "/api/v1/reports/yearly/2023?asOf=2026-11-30", "/api/v1/reports/yearly/2024?asOf=2026-11-30",
                "/api/v1/reports/yearly/2025?asOf=2026-11-30", "/api/v1/reports/yearly/2026?asOf=2026-11-30")) {
            answers.put(path, get(path));
        }
        return answers;
    }

    private void storeTheEventsOfRelease01() throws IOException {
        List<Object[]> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/v1-event-store/events.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode e = JSON.readTree(line);
                rows.add(new Object[]{e.path("global_index").asLong(), e.path("event_identifier").asText(),
                        e.path("aggregate_identifier").asText(), e.path("sequence_number").asLong(), e.path("type").asText(),
                        e.path("time_stamp").asText(), e.path("payload_type").asText(),
                        e.path("payload").asText().getBytes(StandardCharsets.UTF_8),
                        e.path("meta_data").asText().getBytes(StandardCharsets.UTF_8)});
            }
        }
        assertThat(rows).hasSize(378);
        jdbc.batchUpdate("insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type,"
                + " time_stamp, payload_type, payload_revision, payload, meta_data) values (?, ?, ?, ?, ?, ?, ?, null, ?, ?)", rows);
    }

    private void awaitReadModels() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Long recommendations = jdbc.queryForObject("select count(*) from recommendation", Long.class);
            Long actions = jdbc.queryForObject("select count(*) from action where completed_on is not null or status is not null", Long.class);
            Long rapidReviews = jdbc.queryForObject("select count(*) from rapid_review", Long.class);
            if (recommendations == 32 && actions == 53 && rapidReviews == 18 && get("/api/v1/recommendations?size=100").path("items")
                    .findValues("actions").stream().mapToInt(JsonNode::size).sum() == 53) {
                Thread.sleep(500); // the last batches of the processor
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the read models did not take in the 378 events of release 0.1");
    }

    private static Map<String, String> expected(String... lines) {
        Map<String, String> expected = new TreeMap<>();
        for (String line : lines) {
            int space = line.indexOf(' ');
            expected.put(line.substring(0, space), line.substring(space + 1));
        }
        return expected;
    }

    private static Map<String, String> byReference(JsonNode page, Function<JsonNode, String> what) {
        Map<String, String> answers = new TreeMap<>();
        page.path("items").forEach(item -> answers.put(item.path("reference").asText(), what.apply(item)));
        return answers;
    }

    private static String milestones(JsonNode review) {
        List<String> milestones = new ArrayList<>();
        review.path("milestones").forEach(m -> milestones.add(m.path("name").asText() + " " + m.path("state").asText()));
        return String.join(", ", milestones);
    }

    private static List<JsonNode> actions(JsonNode recommendations) {
        List<JsonNode> actions = new ArrayList<>();
        recommendations.path("items").forEach(r -> r.path("actions").forEach(actions::add));
        return actions;
    }

    private static Map<String, Long> count(JsonNode page, Function<JsonNode, String> what) {
        List<JsonNode> items = new ArrayList<>();
        page.path("items").forEach(items::add);
        return count(items, what);
    }

    private static Map<String, Long> count(List<JsonNode> items, Function<JsonNode, String> what) {
        return items.stream().collect(Collectors.groupingBy(what, TreeMap::new, Collectors.counting()));
    }

    private JsonNode get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("tester:tester-secret".getBytes()))
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path dataDir() {
        try {
            return Files.createTempDirectory("casereview-old-records");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
