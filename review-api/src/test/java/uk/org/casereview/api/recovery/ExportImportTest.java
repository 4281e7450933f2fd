package uk.org.casereview.api.recovery;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import uk.org.casereview.api.readmodels.ReadModelData;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ReadAnswers;
import uk.org.casereview.api.support.ServiceProcess;
import uk.org.casereview.api.support.TestDatabase;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leaving with the data: GET /api/v1/admin/export from one tracker, POST /api/v1/admin/import into an empty one, and
 * every read endpoint (lists, views, timelines, actions, reports, the audit trail) answers identically, the integrity
 * head included. An import into a tracker that holds events is refused (409), and a stream changed after its export
 * is refused (400) with nothing loaded. The second test goes from the embedded database to PostgreSQL and back (it
 * needs CASEREVIEW_TEST_DATABASE_URL, as in CI's PostgreSQL run).
 */
class ExportImportTest {

    @Test
    void anExportLoadedIntoAnEmptyTrackerAnswersEveryReadIdentically() throws Exception {
        Path source = Files.createTempDirectory("casereview-export-source");
        Path target = Files.createTempDirectory("casereview-export-target");
        try (ServiceProcess from = ServiceProcess.start(source, "source", Map.of())) {
            new ReadModelData(from.api()).record();
            Map<String, String> expected = ReadAnswers.answers(from.api(), ReadAnswers.paths(from.api()));
            JsonNode integrity = integrity(from.api());
            assertThat(integrity.path("firstBrokenLink").isNull()).isTrue();
            String export = export(from.api(), integrity.path("length").asLong());

            Api.Response intoItself = importInto(from.api(), export);
            assertThat(intoItself.status()).as(intoItself.toString()).isEqualTo(409);
            assertThat(intoItself.contentType()).startsWith("application/problem+json");
            assertThat(integrity(from.api())).isEqualTo(integrity);

            // an import of more events than bulk-catch-up has its read models loaded in bulk (nationally the event-by-event
            // path takes many minutes); the default (20,000) is lowered here so that this small export is one
            try (ServiceProcess to = ServiceProcess.start(target, "target", Map.of("casereview.read-models.bulk-catch-up", "10"))) {
                assertRefusedWhenChanged(to.api(), export);
                Api.Response imported = importInto(to.api(), export);
                assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
                assertThat(imported.json().path("events").asLong()).isEqualTo(integrity.path("length").asLong());
                assertThat(imported.text("head")).isEqualTo(integrity.path("head").asText());
                assertThat(integrity(to.api())).isEqualTo(integrity);
                JsonNode rebuild = ReadAnswers.awaitRebuildDone(to.api());
                assertThat(rebuild.path("events").asLong()).as("every imported event loaded in bulk").isEqualTo(integrity.path("length").asLong());
                ReadAnswers.awaitSame(expected, to.api());
                assertThat(export(to.api(), integrity.path("length").asLong())).isEqualTo(export);

                // the imported tracker carries on: a new write extends the imported chain, and a recommendation
                // number the import holds cannot be taken again
                Api.Response notified = to.api().post("/api/v1/rapid-reviews", """
                        {"reference":"RR-AFTER-IMPORT","children":["Child I"],"outcome":"DIED","awareOn":"2025-06-02",
                         "notifiedOn":"2025-06-03","harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""");
                assertThat(notified.status()).as(notified.toString()).isEqualTo(201);
                JsonNode after = integrity(to.api());
                assertThat(after.path("length").asLong()).isEqualTo(integrity.path("length").asLong() + 1);
                assertThat(after.path("firstBrokenLink").isNull()).isTrue();
                JsonNode recommendation = to.api().get("/api/v1/recommendations?size=1").json().path("items").get(0);
                Api.Response again = to.api().post("/api/v1/recommendations", Map.of("sourceId", recommendation.path("sourceId").asText(),
                        "number", recommendation.path("number").asText(), "text", "The same number again", "themes", List.of("NEGLECT"),
                        "madeOn", "2025-06-01"));
                assertThat(again.status()).as(again.toString()).isEqualTo(409);
            }
        }
    }

    @Test
    void fromTheEmbeddedDatabaseToPostgresqlAndBack() throws Exception {
        if (TestDatabase.postgresUrl() == null) {
            Assumptions.abort("from H2 to PostgreSQL: set CASEREVIEW_TEST_DATABASE_URL to run this test");
        }
        Path h2 = Files.createTempDirectory("casereview-export-h2");
        Path postgres = Files.createTempDirectory("casereview-export-pg");
        Path h2Again = Files.createTempDirectory("casereview-export-h2-again");
        Map<String, String> expected;
        JsonNode integrity;
        String export;
        try (ServiceProcess embedded = ServiceProcess.start(h2, "h2", TestDatabase.embedded(h2), Map.of())) {
            new ReadModelData(embedded.api()).record();
            expected = ReadAnswers.answers(embedded.api(), ReadAnswers.paths(embedded.api()));
            integrity = integrity(embedded.api());
            export = export(embedded.api(), integrity.path("length").asLong());
        }
        String exportedFromPostgres;
        try (ServiceProcess pg = ServiceProcess.start(postgres, "pg", TestDatabase.postgres(postgres), Map.of())) {
            Api.Response imported = importInto(pg.api(), export);
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            assertThat(integrity(pg.api())).isEqualTo(integrity);
            ReadAnswers.awaitSame(expected, pg.api());
            exportedFromPostgres = export(pg.api(), integrity.path("length").asLong());
            assertThat(exportedFromPostgres).isEqualTo(export);
        }
        try (ServiceProcess back = ServiceProcess.start(h2Again, "h2-again", TestDatabase.embedded(h2Again), Map.of())) {
            Api.Response imported = importInto(back.api(), exportedFromPostgres);
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            assertThat(integrity(back.api())).isEqualTo(integrity);
            ReadAnswers.awaitSame(expected, back.api());
        }
    }

    /** A stream with one payload changed, or cut short of a line, or not JSON, is refused whole: nothing is loaded. */
    private static void assertRefusedWhenChanged(Api api, String export) {
        List<String> lines = export.lines().toList();
        String changed = export.replaceFirst("\"children\":\\[\"Child ", "\"children\":[\"Someone ");
        assertThat(changed).isNotEqualTo(export);
        String gap = String.join("\n", lines.subList(0, 3)) + "\n" + String.join("\n", lines.subList(4, lines.size())) + "\n";
        for (String bad : List.of(changed, gap, export + "{not json\n")) {
            Api.Response refused = importInto(api, bad);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("errors").get(0).path("field").asText()).startsWith("line ");
            assertThat(integrity(api).path("length").asLong()).isZero();
        }
    }

    private static String export(Api api, long events) {
        Api.Response response = api.get("/api/v1/admin/export", "application/x-ndjson");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/x-ndjson");
        assertThat(response.body().lines()).hasSize((int) events).allMatch(line -> line.startsWith("{\"globalIndex\":"));
        return response.body();
    }

    private static Api.Response importInto(Api api, String export) {
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/admin/import"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(export)), "application/json");
    }

    private static JsonNode integrity(Api api) {
        Api.Response response = api.get("/api/v1/integrity");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
