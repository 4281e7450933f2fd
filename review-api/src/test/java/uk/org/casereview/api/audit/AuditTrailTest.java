package uk.org.casereview.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/v1/audit: the raw trail of who recorded what and when, with the business date, the request's correlation id
 * and the event as stored; filtered by user, aggregate and the days the facts were recorded (UTC, on the real clock),
 * in pages; for the scrutineer and the admin only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailTest extends ApiTest {

    private static final String ALL_TIME = "from=2000-01-01&to=2100-12-31";

    private String run;
    private String correlationId;
    private String generatedCorrelationId;
    private String rapidReview;
    private String recommendation;
    private Instant startedAt;
    private Instant finishedAt;

    @BeforeAll
    void recordFactsByDifferentUsers() {
        run = UUID.randomUUID().toString().substring(0, 8);
        correlationId = "audit-test-" + run;
        startedAt = Instant.now();

        // the recorder notifies, with the caller's correlation id
        Api.Response notified = api("recorder").with("X-Correlation-Id", correlationId).post("/api/v1/rapid-reviews", """
                {"reference":"RR-AUDIT-%s","children":["Child T"],"outcome":"SERIOUSLY_HARMED","awareOn":"2025-04-01",
                 "notifiedOn":"2025-04-03","harmCategories":["PHYSICAL_ABUSE"],"themes":["DOMESTIC_ABUSE"]}""".formatted(run));
        assertThat(notified.status()).as(notified.toString()).isEqualTo(201);
        assertThat(notified.header("X-Correlation-Id")).as("the correlation id is echoed").isEqualTo(correlationId);
        rapidReview = notified.text("id");

        // tester records the meeting without a correlation id: one is made up and answered
        Api.Response meeting = api().post("/api/v1/rapid-reviews/" + rapidReview + "/meetings", """
                {"heldOn":"2025-04-10","agencies":["POLICE","EDUCATION"]}""");
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(200);
        generatedCorrelationId = meeting.header("X-Correlation-Id");
        assertThat(generatedCorrelationId).isNotBlank().isNotEqualTo(correlationId);

        Api.Response decided = api("recorder").post("/api/v1/rapid-reviews/" + rapidReview + "/decision", """
                {"decidedOn":"2025-04-17","decision":"NO_CSPR","rationale":"Learning already identified"}""");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);

        // a recommendation (recorder), its acceptance and a police action (tester), progress (police lead)
        Api.Response made = api("recorder").post("/api/v1/recommendations", """
                {"sourceId":"%s","number":"1","text":"Police tell schools of call-outs","themes":["DOMESTIC_ABUSE"],"madeOn":"2025-04-17"}"""
                .formatted(rapidReview));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        recommendation = made.text("id");
        assertThat(api().post("/api/v1/recommendations/" + recommendation + "/response", """
                {"respondedOn":"2025-04-24","accepted":true}""").status()).isEqualTo(200);
        assertThat(api().post("/api/v1/recommendations/" + recommendation + "/actions", """
                {"description":"Notify schools","agency":"POLICE","owner":"DI Smith","assignedOn":"2025-05-01","dueOn":"2025-09-30"}""")
                .status()).isEqualTo(201);
        Api.Response progress = api("police-lead").with("X-Correlation-Id", correlationId + "-progress")
                .post("/api/v1/recommendations/" + recommendation + "/actions/1/progress", """
                        {"reportedOn":"2025-05-20","note":"Live in the north district"}""");
        assertThat(progress.status()).as(progress.toString()).isEqualTo(200);
        finishedAt = Instant.now();
    }

    @Test
    void eachFactShowsItsBusinessDateRecordedTimeUserEventPayloadAndCorrelationId() {
        JsonNode trail = audit("aggregateId=" + rapidReview);
        assertThat(trail.path("total").asLong()).isEqualTo(3);
        List<JsonNode> items = items(trail);
        assertThat(items).extracting(i -> i.path("event").asText())
                .containsExactly("SeriousIncidentNotified", "RapidReviewMeetingHeld", "RapidReviewDecisionRecorded");
        assertThat(items).extracting(i -> i.path("recordedBy").asText()).containsExactly("recorder", "tester", "recorder");
        assertThat(items).extracting(i -> i.path("businessDate").asText()).containsExactly("2025-04-03", "2025-04-10", "2025-04-17");
        assertThat(items).extracting(i -> i.path("sequenceNumber").asLong()).containsExactly(0L, 1L, 2L);
        assertThat(items).extracting(i -> i.path("aggregateId").asText()).containsOnly(rapidReview);
        assertThat(items.get(0).path("aggregateType").asText()).isEqualTo("RapidReview");

        JsonNode notified = items.get(0);

        // recorded on the real clock, not on the test's fixed "today"
        for (JsonNode item : items) {
            Instant recordedAt = Instant.parse(item.path("recordedAt").asText());
            assertThat(recordedAt).isBetween(startedAt.minusSeconds(5), finishedAt.plusSeconds(5));
        }
        assertThat(items).extracting(i -> i.path("position").asLong()).isSorted();

        // the payload is the event as stored
        JsonNode payload = notified.path("payload");
        assertThat(payload.path("reference").asText()).isEqualTo("RR-AUDIT-" + run);
        assertThat(payload.path("outcome").asText()).isEqualTo("SERIOUSLY_HARMED");
        assertThat(payload.path("awareOn").asText()).isEqualTo("2025-04-01");
        assertThat(payload.path("children").get(0).asText()).isEqualTo("Child T");
        assertThat(items.get(2).path("payload").path("rationale").asText()).isEqualTo("Learning already identified");

        // the request's correlation id: the caller's when given, else the one made up and answered in the header
        assertThat(notified.path("correlationId").asText()).as("correlationId of " + notified).isEqualTo(correlationId);
        assertThat(items.get(1).path("correlationId").asText()).as("correlationId of " + items.get(1)).isEqualTo(generatedCorrelationId);
        assertThat(items.get(2).path("correlationId").asText()).as("correlationId of " + items.get(2)).isNotBlank().isNotEqualTo(correlationId);
    }

    @Test
    void theCorrelationIdSentWithAWriteFindsItsFact() {
        List<JsonNode> progress = items(audit("aggregateId=" + recommendation + "&user=police-lead"));
        assertThat(progress).hasSize(1);
        JsonNode fact = progress.get(0);
        assertThat(fact.path("event").asText()).isEqualTo("ActionProgressReported");
        assertThat(fact.path("businessDate").asText()).isEqualTo("2025-05-20");
        assertThat(fact.path("payload").path("note").asText()).isEqualTo("Live in the north district");
        assertThat(fact.path("payload").path("actionId").asText()).isEqualTo("1");
        assertThat(fact.path("correlationId").asText()).as("correlationId of " + fact).isEqualTo(correlationId + "-progress");

        // the whole trail of today holds exactly one fact with the correlation id
        List<JsonNode> withId = new ArrayList<>();
        LocalDate recordedOn = recordedOn(fact);
        for (JsonNode item : allPages("from=" + recordedOn + "&to=" + recordedOn)) {
            if (item.path("correlationId").asText().equals(correlationId)) {
                withId.add(item);
            }
        }
        assertThat(withId).extracting(i -> i.path("aggregateId").asText() + " " + i.path("event").asText())
                .containsExactly(rapidReview + " SeriousIncidentNotified");
    }

    @Test
    void filterByUser() {
        JsonNode recorder = audit("aggregateId=" + recommendation + "&user=recorder");
        assertThat(items(recorder)).extracting(i -> i.path("event").asText()).containsExactly("RecommendationMade");
        JsonNode tester = audit("aggregateId=" + recommendation + "&user=tester");
        assertThat(items(tester)).extracting(i -> i.path("event").asText()).containsExactly("RecommendationAccepted", "ActionAssigned");
        assertThat(audit("aggregateId=" + recommendation).path("total").asLong()).isEqualTo(4);

        // on its own: only that user's facts, ours among them
        List<JsonNode> byLead = allPages(ALL_TIME + "&user=police-lead");
        assertThat(byLead).extracting(i -> i.path("recordedBy").asText()).containsOnly("police-lead");
        assertThat(byLead).extracting(i -> i.path("aggregateId").asText()).contains(recommendation);

        assertThat(audit("user=nobody-" + run).path("total").asLong()).isZero();
        assertThat(audit("user=nobody-" + run).path("items")).isEmpty();
    }

    @Test
    void filterByAggregate() {
        assertThat(items(audit("aggregateId=" + recommendation))).extracting(i -> i.path("aggregateId").asText()).containsOnly(recommendation);
        assertThat(items(audit("aggregateId=" + recommendation))).extracting(i -> i.path("event").asText())
                .containsExactly("RecommendationMade", "RecommendationAccepted", "ActionAssigned", "ActionProgressReported");
        assertThat(audit("aggregateId=no-such-aggregate-" + run).path("total").asLong()).isZero();
    }

    @Test
    void filterByTheDaysTheFactsWereRecorded() {
        List<JsonNode> facts = items(audit("aggregateId=" + rapidReview));
        LocalDate recordedOn = recordedOn(facts.get(0));
        LocalDate lastRecordedOn = recordedOn(facts.get(facts.size() - 1)); // the same day, unless recorded across midnight UTC
        String aggregate = "&aggregateId=" + rapidReview;

        assertThat(audit("from=" + recordedOn + "&to=" + lastRecordedOn + aggregate).path("total").asLong())
                .as("the day they were recorded").isEqualTo(3);
        assertThat(audit("from=" + recordedOn.minusDays(30) + "&to=" + recordedOn.plusDays(30) + aggregate).path("total").asLong())
                .isEqualTo(3);
        assertThat(audit("from=" + lastRecordedOn.plusDays(1) + "&to=" + lastRecordedOn.plusDays(30) + aggregate).path("total").asLong())
                .as("from the day after").isZero();
        assertThat(audit("from=" + recordedOn.minusDays(30) + "&to=" + recordedOn.minusDays(1) + aggregate).path("total").asLong())
                .as("up to the day before").isZero();
        // the business dates (April 2025) are not the days of recording
        assertThat(audit("from=2025-04-01&to=2025-04-30" + aggregate).path("total").asLong())
                .as("business dates are not what from/to filter").isZero();

        Api.Response backwards = api("scrutineer").get("/api/v1/audit?from=" + recordedOn + "&to=" + recordedOn.minusDays(1));
        assertThat(backwards.status()).as(backwards.toString()).isEqualTo(400);
        assertThat(backwards.contentType()).isEqualTo("application/problem+json");
        assertThat(backwards.text("detail")).isEqualTo("from " + recordedOn + " is after to " + recordedOn.minusDays(1));
        Api.Response notADate = api("scrutineer").get("/api/v1/audit?from=yesterday");
        assertThat(notADate.status()).as(notADate.toString()).isEqualTo(400);
    }

    @Test
    void paging() {
        String filter = "aggregateId=" + recommendation;
        List<String> all = positions(items(audit(filter)));
        assertThat(all).hasSize(4);

        JsonNode first = audit(filter + "&page=0&size=3");
        assertThat(first.path("total").asLong()).isEqualTo(4);
        assertThat(first.path("page").asInt()).isZero();
        assertThat(first.path("size").asInt()).isEqualTo(3);
        JsonNode second = audit(filter + "&page=1&size=3");
        assertThat(second.path("total").asLong()).isEqualTo(4);
        assertThat(second.path("page").asInt()).isEqualTo(1);
        List<String> paged = new ArrayList<>(positions(items(first)));
        assertThat(paged).hasSize(3);
        paged.addAll(positions(items(second)));
        assertThat(paged).isEqualTo(all);
        JsonNode beyond = audit(filter + "&page=2&size=3");
        assertThat(beyond.path("items")).isEmpty();
        assertThat(beyond.path("total").asLong()).isEqualTo(4);

        // paging with the user filter pages over that user's facts
        List<String> testers = positions(items(audit(filter + "&user=tester")));
        assertThat(positions(items(audit(filter + "&user=tester&page=1&size=1")))).containsExactly(testers.get(1));

        for (String bad : List.of("size=0", "size=1001", "page=-1", "size=many")) {
            Api.Response response = api("scrutineer").get("/api/v1/audit?" + ALL_TIME + "&" + bad);
            assertThat(response.status()).as(bad + ": " + response).isEqualTo(400);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
        }
    }

    @Test
    void theScrutineerAndTheAdminMayReadItTheRecorderAndTheAgencyLeadMayNot() {
        String path = "/api/v1/audit?" + ALL_TIME + "&aggregateId=" + rapidReview;
        for (String user : List.of("scrutineer", "admin")) {
            Api.Response response = api(user).get(path);
            assertThat(response.status()).as(user + ": " + response).isEqualTo(200);
            assertThat(response.json().path("total").asLong()).isEqualTo(3);
        }
        for (String user : List.of("recorder", "police-lead", "prometheus")) {
            Api.Response response = api(user).get(path);
            assertThat(response.status()).as(user + ": " + response).isEqualTo(403);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.json().path("status").asInt()).isEqualTo(403);
            assertThat(response.text("detail")).isEqualTo("your role does not allow GET /api/v1/audit");
        }
        Api.Response anonymous = anonymous().get(path);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).isEqualTo("application/problem+json");
        assertThat(anonymous.json().path("detail").asText()).isNotBlank();
    }

    // helpers

    /** The trail as the scrutineer sees it; over all time unless the query says from and to. */
    private JsonNode audit(String query) {
        String fullQuery = query.contains("from=") ? query : ALL_TIME + "&" + query;
        Api.Response response = api("scrutineer").get("/api/v1/audit?" + fullQuery);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private List<JsonNode> allPages(String query) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode trail = audit(query + "&size=1000&page=" + page);
            List<JsonNode> items = items(trail);
            all.addAll(items);
            if (items.size() < 1000) {
                assertThat((long) all.size()).isEqualTo(trail.path("total").asLong());
                return all;
            }
        }
    }

    private static List<JsonNode> items(JsonNode trail) {
        List<JsonNode> items = new ArrayList<>();
        trail.path("items").forEach(items::add);
        return items;
    }

    private static List<String> positions(List<JsonNode> items) {
        return items.stream().map(i -> i.path("position").asText()).toList();
    }

    private static LocalDate recordedOn(JsonNode item) {
        return LocalDate.ofInstant(Instant.parse(item.path("recordedAt").asText()), ZoneOffset.UTC);
    }
}
