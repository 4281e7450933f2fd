package uk.org.casereview.api.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.org.casereview.api.support.TestDatabase;
import uk.org.casereview.domain.practicereview.PracticeReviewKind;
import uk.org.casereview.domain.rapidreview.PanelResponse;
import uk.org.casereview.domain.rapidreview.RapidReviewDecision;
import uk.org.casereview.domain.recommendation.ActionStatus;
import uk.org.casereview.domain.practicereview.PracticeReviewStatus;
import uk.org.casereview.domain.rapidreview.RapidReviewStatus;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data set, loaded at start-up with the {@code demo} profile, read back over HTTP as a user would see it on
 * 22 November 2026 (so no dates are shifted).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "casereview.fixed-date=2026-11-22")
@ActiveProfiles({"e2e", "demo"})
class DemoDataTest {

    private static final Path DATA_DIR = createDataDir();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DemoData demoData;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, DATA_DIR);
    }

    @Test
    void rapidReviewsShowEveryStatusDecisionAndPanelResponse() {
        List<JsonNode> reviews = list("/api/v1/rapid-reviews?size=100");

        assertThat(texts(reviews, r -> List.of(r.path("status").asText())))
                .containsAll(names(RapidReviewStatus.values()));
        assertThat(texts(reviews, r -> {
            List<String> decisions = new ArrayList<>(values(r.path("earlierDecisions"), "decision"));
            decisions.add(r.path("decision").path("decision").asText());
            return decisions;
        })).containsAll(names(RapidReviewDecision.values()));
        assertThat(texts(reviews, r -> values(r.path("panelResponses"), "response")))
                .containsAll(names(PanelResponse.values()));
    }

    @Test
    void rapidReviewsIncludeALateNotificationALateSubmissionAndARevisedDecision() {
        List<JsonNode> reviews = list("/api/v1/rapid-reviews?size=100");

        assertThat(reviews).filteredOn(r -> milestoneState(r, "NOTIFICATION").equals("MISSED")).hasSize(1);
        assertThat(reviews).filteredOn(r -> milestoneState(r, "RAPID_REVIEW").equals("MISSED")).hasSize(1);
        assertThat(reviews).anySatisfy(r -> {
            assertThat(values(r.path("panelResponses"), "response")).containsExactly("DISAGREED", "AGREED");
            assertThat(r.path("earlierDecisions")).hasSize(1);
            assertThat(r.path("submissions")).hasSize(2);
            assertThat(r.path("status").asText()).isEqualTo("PANEL_AGREED");
        });
    }

    @Test
    void practiceReviewsShowEveryKindAndStage() {
        List<JsonNode> reviews = list("/api/v1/practice-reviews?size=100");

        assertThat(texts(reviews, r -> List.of(r.path("kind").asText()))).containsAll(names(PracticeReviewKind.values()));
        assertThat(texts(reviews, r -> List.of(r.path("status").asText()))).containsAll(names(PracticeReviewStatus.values()));

        assertThat(reviews).as("published late")
                .anySatisfy(r -> assertThat(milestoneState(r, "PUBLICATION")).isEqualTo("MISSED"));
        assertThat(reviews).as("delayed by criminal proceedings, with an expected date")
                .anySatisfy(r -> assertThat(r.path("delays").findValuesAsText("expectedOn")).isNotEmpty());
        assertThat(reviews).as("delayed by an inquest, with no expected date")
                .anySatisfy(r -> {
                    assertThat(r.path("delays")).isNotEmpty();
                    assertThat(r.path("delays").get(r.path("delays").size() - 1).path("expectedOn").isNull()).isTrue();
                    assertThat(r.path("status").asText()).isEqualTo("FINAL_REPORT_SENT");
                });
        assertThat(reviews).as("withheld with a reason")
                .anySatisfy(r -> assertThat(r.path("withholding").path("reason").asText()).isNotBlank());
        assertThat(reviews).as("legacy serious case review decided before 2019")
                .anySatisfy(r -> {
                    assertThat(r.path("kind").asText()).isEqualTo("SERIOUS_CASE_REVIEW");
                    assertThat(LocalDate.parse(r.path("decidedOn").asText())).isBefore(LocalDate.of(2019, 1, 1));
                });
    }

    @Test
    void recommendationsShowEveryStateOfTheirActions() {
        List<JsonNode> recommendations = list("/api/v1/recommendations?size=100");
        List<JsonNode> actions = recommendations.stream().flatMap(r -> stream(r.path("actions"))).toList();

        assertThat(recommendations).hasSizeGreaterThanOrEqualTo(25);
        assertThat(texts(recommendations, r -> List.of(r.path("status").asText()))).contains("DECLINED", "CLOSED");
        assertThat(recommendations).filteredOn(r -> r.path("status").asText().equals("DECLINED"))
                .allSatisfy(r -> assertThat(r.path("response").path("rationale").asText()).isNotBlank());
        assertThat(recommendations).filteredOn(r -> r.path("status").asText().equals("CLOSED"))
                .allSatisfy(r -> assertThat(r.path("closure").path("impactStatement").asText()).isNotBlank());
        assertThat(texts(recommendations, r -> values(r.path("themes")))).as("themes").hasSizeGreaterThanOrEqualTo(15);

        assertThat(texts(actions, a -> List.of(a.path("status").asText()))).containsAll(names(ActionStatus.values()));
        assertThat(actions).filteredOn(a -> a.path("rag").asText().equals("RED")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(actions).filteredOn(a -> !a.path("dueOn").asText().equals(a.path("originalDueOn").asText()))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(actions).as("evidence returned, then submitted again")
                .anySatisfy(a -> assertThat(a.path("evidence").findValuesAsText("accepted")).contains("false"));
        assertThat(texts(actions, a -> List.of(a.path("agency").asText()))).hasSizeGreaterThanOrEqualTo(10);
    }

    /** SPEC 3a's facts are all in the data set: every kind of event of the three aggregates, corrections included. */
    @Test
    void everyKindOfFactIsInTheDataSet() {
        List<String> recorded = jdbc.queryForList("select distinct payload_type from domain_event_entry", String.class);
        List<String> kinds = new ArrayList<>();
        for (Class<?> events : List.of(uk.org.casereview.domain.rapidreview.RapidReviewEvent.class,
                uk.org.casereview.domain.practicereview.PracticeReviewEvent.class,
                uk.org.casereview.domain.recommendation.RecommendationEvent.class)) {
            for (Class<?> kind : events.getPermittedSubclasses()) {
                kinds.add(kind.getName());
            }
        }
        assertThat(kinds).hasSizeGreaterThan(25);
        assertThat(recorded).containsAll(kinds);
        assertThat(jdbc.queryForList("select kind from practice_review", String.class)).containsAll(names(PracticeReviewKind.values()));
        assertThat(jdbc.queryForList("select status from action", String.class)).containsAll(names(ActionStatus.values()));
    }

    @Test
    void runningTheLoaderAgainAddsNoEvents() {
        long before = eventCount();
        assertThat(before).isPositive();

        demoData.run(new DefaultApplicationArguments());

        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void datesMoveOnByWholeYears() {
        assertThat(DemoData.yearsToShift(LocalDate.of(2026, 11, 22))).isZero();
        assertThat(DemoData.yearsToShift(LocalDate.of(2025, 6, 1))).isZero();
        assertThat(DemoData.yearsToShift(LocalDate.of(2027, 10, 31))).isZero();
        assertThat(DemoData.yearsToShift(LocalDate.of(2027, 11, 1))).isEqualTo(1);
        assertThat(DemoData.yearsToShift(LocalDate.of(2030, 3, 1))).isEqualTo(3);
    }

    private long eventCount() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    /** The items of a list answer, checking that one page holds them all. */
    private List<JsonNode> list(String path) {
        JsonNode page = get(path);
        List<JsonNode> items = stream(page.path("items")).toList();
        assertThat(page.path("total").asLong()).as("total of " + path).isEqualTo(items.size());
        return items;
    }

    private JsonNode get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("tester:tester-secret".getBytes()))
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

    private static String milestoneState(JsonNode view, String milestone) {
        return stream(view.path("milestones")).filter(m -> m.path("name").asText().equals(milestone))
                .map(m -> m.path("state").asText()).findFirst().orElse("");
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }

    private static List<String> values(JsonNode array, String field) {
        return stream(array).map(n -> n.path(field).asText()).toList();
    }

    private static List<String> values(JsonNode array) {
        return stream(array).map(JsonNode::asText).toList();
    }

    private static Set<String> texts(List<JsonNode> nodes, Function<JsonNode, List<String>> field) {
        return nodes.stream().flatMap(n -> field.apply(n).stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("casereview-demo-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
