package uk.org.casereview.api.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.org.casereview.api.CaseReviewApplication;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.TestDatabase;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Stop the application and start it again on the same data directory: everything recorded is still there. */
class RestartTest {

    @Test
    void everythingRecordedSurvivesARestart(@TempDir Path dataDir) {
        String rapidReview;
        String recommendation;
        String rapidReviewBefore;
        String recommendationBefore;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            Api api = api(first);
            Api.Response notified = api.post("/api/v1/rapid-reviews", """
                    {"reference":"RR-RESTART-01","children":["Child S"],"outcome":"DIED","awareOn":"2025-01-06",
                     "notifiedOn":"2025-01-08","harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""");
            assertThat(notified.status()).isEqualTo(201);
            rapidReview = "/api/v1/rapid-reviews/" + notified.text("id");
            api.post(rapidReview + "/decision", """
                    {"decidedOn":"2025-01-20","decision":"NO_CSPR","rationale":"Learning already identified"}""");
            Api.Response made = api.post("/api/v1/recommendations", """
                    {"sourceId":"%s","number":"1","text":"Escalation training","themes":["PROFESSIONAL_CURIOSITY"],"madeOn":"2025-01-20"}"""
                    .formatted(notified.text("id")));
            recommendation = "/api/v1/recommendations/" + made.text("id");
            api.post(recommendation + "/response", "{\"respondedOn\":\"2025-01-27\",\"accepted\":true}");
            Api.Response action = api.post(recommendation + "/actions", """
                    {"description":"Deliver escalation training","agency":"PARTNERSHIP","owner":"Training lead",
                     "assignedOn":"2025-02-03","dueOn":"2025-05-30"}""");
            assertThat(action.status()).isEqualTo(201);
            rapidReviewBefore = api.get(rapidReview).body();
            recommendationBefore = api.get(recommendation).body();
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            Api api = api(second);
            assertThat(api.get(rapidReview).body()).isEqualTo(rapidReviewBefore);
            assertThat(api.get(recommendation).body()).isEqualTo(recommendationBefore);
            assertThat(api.get("/api/v1/rapid-reviews").json().path("total").asInt()).isEqualTo(1);
            if (TestDatabase.postgresUrl() == null) {
                assertThat(second.getEnvironment().getProperty("spring.datasource.url")).contains(dataDir.toString());
            }

            // and it carries on where it stopped: new facts are recorded on the same history
            Api.Response submitted = api.post(rapidReview + "/submission", "{\"submittedOn\":\"2025-01-24\"}");
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
            assertThat(submitted.header("ETag")).isEqualTo("\"2\"");
            assertThat(submitted.text("status")).isEqualTo("SUBMITTED_TO_PANEL");
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        Map<String, String> properties = new HashMap<>(TestDatabase.properties(dataDir));
        properties.put("server.port", "0");
        properties.put("casereview.fixed-date", "2025-06-30");
        properties.put("spring.profiles.active", "e2e");
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(CaseReviewApplication.class).run(args);
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort()).as("tester", "tester-secret");
    }
}
