package uk.org.casereview.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI description and the Swagger UI are served, and every operation is described. */
class OpenApiTest extends ApiTest {

    @Test
    void everyOperationHasASummaryItsProblemsAndExamples() {
        Api.Response docs = api().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().path("paths");
        List<String> operations = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            operations.add(name);
            JsonNode operation = op.getValue();
            assertThat(operation.path("summary").asText()).as(name + " summary").isNotBlank();
            JsonNode responses = operation.path("responses");
            assertThat(responses.has("400")).as(name + " 400").isTrue();
            assertThat(responses.path("400").path("content").has("application/problem+json")).as(name + " problem").isTrue();
            if (op.getKey().equals("post")) {
                assertThat(responses.has("409")).as(name + " 409").isTrue();
                assertThat(responses.has("413")).as(name + " 413").isTrue();
                if (!path.getKey().startsWith("/api/v1/admin")) {
                    assertThat(operation.path("requestBody").isMissingNode()).as(name + " body").isFalse();
                }
            }
            if (path.getKey().contains("{")) {
                assertThat(responses.has("404")).as(name + " 404").isTrue();
            }
        }));
        assertThat(operations).contains("POST /api/v1/rapid-reviews", "POST /api/v1/recommendations/{id}/actions/{actionId}/evidence-review",
                "GET /api/v1/practice-reviews/{id}", "GET /api/v1/reference-data");

        JsonNode notify = paths.path("/api/v1/rapid-reviews").path("post");
        JsonNode created = notify.path("responses").path("201").path("content").path("application/json").path("example");
        assertThat(created.path("reference").asText()).isEqualTo("RR-2024-07");
        String requestSchema = notify.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText();
        JsonNode schema = docs.json().path("components").path("schemas").path(requestSchema.substring(requestSchema.lastIndexOf('/') + 1));
        assertThat(schema.path("properties").path("awareOn").path("example").asText()).isEqualTo("2024-05-02");

        // Swagger UI's "Authorize" offers both ways of signing in
        JsonNode schemes = docs.json().path("components").path("securitySchemes");
        assertThat(schemes.path("basic").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("bearer").path("scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void theSwaggerUiIsServed() {
        Api.Response ui = api().get("/swagger-ui/index.html", "text/html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("Swagger UI");
        Api.Response redirect = api().get("/swagger-ui.html", "text/html");
        assertThat(Map.of("status", redirect.status(), "location", redirect.header("Location")))
                .containsEntry("status", 302).containsEntry("location", "/swagger-ui/index.html");
    }
}
