package uk.org.casereview.api.problem;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error class answers an RFC 9457 problem detail with a clear detail (and the offending fields), and a refused
 * request leaves the event store exactly as it was.
 */
class ProblemDetailsTest extends ApiTest {

    private static final String NOTIFY = """
            {"reference":"RR-ERR-01","children":["Child E"],"outcome":"SERIOUSLY_HARMED","awareOn":"2025-03-03",
             "notifiedOn":"2025-03-05","harmCategories":["PHYSICAL_ABUSE"],"themes":["DOMESTIC_ABUSE"]}""";

    private Api api;
    private String rapidReview;
    private String recommendation;

    @BeforeEach
    void recordSomething() {
        api = api();
        Api.Response notified = api.post("/api/v1/rapid-reviews", NOTIFY);
        assertThat(notified.status()).isEqualTo(201);
        rapidReview = "/api/v1/rapid-reviews/" + notified.text("id");
        Api.Response made = api.post("/api/v1/recommendations", """
                {"sourceId":"%s","number":"1","text":"Police share DA notifications with schools","themes":["DOMESTIC_ABUSE"],
                 "madeOn":"2025-04-01"}""".formatted(notified.text("id")));
        assertThat(made.status()).isEqualTo(201);
        recommendation = "/api/v1/recommendations/" + made.text("id");
    }

    @Test
    void malformedJson() {
        JsonNode problem = refused(() -> api.post("/api/v1/rapid-reviews", "{\"reference\": "), 400);
        assertThat(problem.path("detail").asText()).startsWith("the request body is not well-formed JSON");
    }

    @Test
    void emptyAndNonObjectBodies() {
        assertThat(refused(() -> api.post("/api/v1/rapid-reviews", ""), 400).path("detail").asText()).isEqualTo("the request body is missing");
        assertThat(refused(() -> api.post("/api/v1/rapid-reviews", "[]"), 400).path("detail").asText()).isEqualTo("the request body must be a JSON object");
        assertThat(refused(() -> api.post("/api/v1/rapid-reviews", "\"notify\""), 400).path("detail").asText()).isEqualTo("the request body must be a JSON object");
        refused(() -> api.post(rapidReview + "/submission", "{\"submittedOn\":\"2025-03-20\"} {}"), 400);
    }

    @Test
    void unknownFieldsAreNamed() {
        JsonNode problem = refused(() -> api.post("/api/v1/rapid-reviews", NOTIFY.replace("{\"reference\"", "{\"childName\":\"Jane\",\"reference\"")), 400);
        assertThat(problem.path("detail").asText()).startsWith("unknown field 'childName'; the fields are awareOn, children");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("childName");
    }

    @Test
    void missingFieldsAreEachNamed() {
        JsonNode problem = refused(() -> api.post("/api/v1/rapid-reviews", "{\"reference\":\"RR-X\"}"), 400);
        List<String> fields = problem.path("errors").findValuesAsText("field");
        assertThat(fields).containsExactly("awareOn", "children", "harmCategories", "notifiedOn", "outcome");
        assertThat(problem.path("detail").asText()).contains("awareOn must not be null");
    }

    @Test
    void unknownCodesListTheValidOnes() {
        JsonNode theme = refused(() -> api.post("/api/v1/rapid-reviews", NOTIFY.replace("\"DOMESTIC_ABUSE\"", "\"ASTROLOGY\"")), 400);
        assertThat(theme.path("unknown").get(0).asText()).isEqualTo("ASTROLOGY");
        assertThat(texts(theme.path("validCodes"))).contains("NEGLECT", "DOMESTIC_ABUSE", "ONLINE_HARM").hasSize(20);
        assertThat(theme.path("errors").get(0).path("field").asText()).isEqualTo("themes");

        JsonNode agency = refused(() -> api.post(rapidReview + "/meetings", "{\"heldOn\":\"2025-03-10\",\"agencies\":[\"POLICE\",\"MI5\"]}"), 400);
        assertThat(agency.path("detail").asText()).startsWith("unknown agencies MI5; valid codes are CHILDRENS_SOCIAL_CARE, POLICE");
        assertThat(texts(agency.path("validCodes"))).hasSize(15);

        JsonNode outcome = refused(() -> api.post("/api/v1/rapid-reviews", NOTIFY.replace("SERIOUSLY_HARMED", "INJURED")), 400);
        assertThat(outcome.path("detail").asText()).isEqualTo("'INJURED' is not a valid outcome; valid values are DIED, SERIOUSLY_HARMED");

        JsonNode status = refused(() -> api.get("/api/v1/rapid-reviews?asOf=yesterday"), 400);
        assertThat(status.path("detail").asText()).isEqualTo("asOf must be a real date written yyyy-MM-dd, not 'yesterday'");
    }

    @Test
    void impossibleDates() {
        JsonNode february = refused(() -> api.post("/api/v1/rapid-reviews", NOTIFY.replace("2025-03-03", "2025-02-30")), 400);
        assertThat(february.path("detail").asText()).isEqualTo("awareOn must be a real date written yyyy-MM-dd, not '2025-02-30'");
        JsonNode future = refused(() -> api.post("/api/v1/rapid-reviews", NOTIFY.replace("2025-03-05", "2025-07-01")), 400);
        assertThat(future.path("detail").asText()).isEqualTo("notifiedOn 2025-07-01 is in the future (today is " + TODAY + ")");
        assertThat(future.path("errors").get(0).path("field").asText()).isEqualTo("notifiedOn");
        JsonNode backwards = refused(() -> api.post("/api/v1/rapid-reviews", NOTIFY.replace("2025-03-05", "2025-03-01")), 400);
        assertThat(backwards.path("detail").asText()).isEqualTo("notifiedOn 2025-03-01 is before the local authority became aware (2025-03-03)");
    }

    @Test
    void wrongTypes() {
        JsonNode problem = refused(() -> api.post("/api/v1/rapid-reviews", NOTIFY.replace("[\"Child E\"]", "\"Child E\"")), 400);
        assertThat(problem.path("detail").asText()).isEqualTo("children has the wrong type: expected a list");
        JsonNode accepted = refused(() -> api.post(recommendation + "/response", "{\"respondedOn\":\"2025-04-02\",\"accepted\":\"perhaps\"}"), 400);
        assertThat(accepted.path("errors").get(0).path("field").asText()).isEqualTo("accepted");
    }

    @Test
    void unknownIdsAreNotFound() {
        JsonNode write = refused(() -> api.post("/api/v1/rapid-reviews/no-such-review/submission", "{\"submittedOn\":\"2025-03-20\"}"), 404);
        assertThat(write.path("detail").asText()).isEqualTo("nothing has been recorded with id no-such-review");
        JsonNode read = refused(() -> api.get("/api/v1/recommendations/no-such-recommendation"), 404);
        assertThat(read.path("detail").asText()).startsWith("no recommendation no-such-recommendation had been made as of");
        refused(() -> api.post(recommendation + "/actions/9/progress", "{\"reportedOn\":\"2025-04-02\",\"note\":\"n\"}"), 404);
        refused(() -> api.get("/api/v1/no-such-thing"), 404);
    }

    @Test
    void controlCharactersInIdsAndQueryParametersAreRefusedOnEveryDatabase() {
        JsonNode body = refused(() -> api.post("/api/v1/recommendations", """
                {"sourceId":"RR\\u0000X","number":"2","text":"t","themes":["NEGLECT"],"madeOn":"2025-04-01"}"""), 400);
        assertThat(body.path("detail").asText()).isEqualTo("sourceId may not contain the NUL character");
        JsonNode query = refused(() -> api.get("/api/v1/recommendations?sourceId=RR%00X"), 400);
        assertThat(query.path("detail").asText()).contains("parameter");
        refused(() -> api.get("/api/v1/overdue-actions?agency=%01"), 400);
    }

    @Test
    void aCommandTheStateForbidsIsAConflictWithTheReason() {
        JsonNode problem = refused(() -> api.post(rapidReview + "/panel-response", "{\"respondedOn\":\"2025-03-20\",\"response\":\"AGREED\"}"), 409);
        assertThat(problem.path("detail").asText())
                .isEqualTo("the National Panel's response cannot be recorded: rapid review RR-ERR-01 has not been submitted");
        JsonNode close = refused(() -> api.post(recommendation + "/closure", "{\"closedOn\":\"2025-04-02\",\"impactStatement\":\"x\"}"), 409);
        assertThat(close.path("detail").asText()).isEqualTo("recommendation 1 cannot be closed: it has not been accepted");
    }

    @Test
    void aBodyOverOneMebibyteIsTooLarge() {
        String huge = NOTIFY.replace("\"RR-ERR-01\"", "\"" + "x".repeat(1_100_000) + "\"");
        JsonNode declared = refused(() -> api.post("/api/v1/rapid-reviews", huge), 413);
        assertThat(declared.path("detail").asText()).isEqualTo("the request body is larger than the limit of 1048576 bytes");

        // chunked: no Content-Length, so the limit is enforced while reading
        HttpRequest.Builder chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/rapid-reviews"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(huge)));
        refused(() -> api.send(chunked, "application/json"), 413);
    }

    @Test
    void aLongStringThatFitsTheBodyIsStillRefusedByItsFieldLimit() {
        JsonNode problem = refused(() -> api.post("/api/v1/rapid-reviews", NOTIFY.replace("\"RR-ERR-01\"", "\"" + "x".repeat(5_000) + "\"")), 400);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("reference");
    }

    /** Asserts the problem's status, content type and shape, and that nothing reached the event store. */
    private JsonNode refused(Supplier<Api.Response> request, int status) {
        long before = eventCount();
        Api.Response response = request.get();
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.path("type").asText()).startsWith("https://");
        assertThat(problem.path("instance").asText()).startsWith("/");
        assertThat(eventCount()).as("a refused request changes nothing").isEqualTo(before);
        return problem;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
