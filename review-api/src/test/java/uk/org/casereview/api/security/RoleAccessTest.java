package uk.org.casereview.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role (and no credentials at all) against every endpoint family, as a table: who may call what (SPEC section 7
 * and {@link SecurityConfiguration}). A call without credentials is a 401 problem, a call the role does not allow a 403
 * problem, both with status and detail; an allowed call is never 401/403 and an allowed write succeeds (its fixture is
 * in the state the write needs). A refused write leaves the event store as it was.
 * <p>
 * The rebuild of the read models is triggered once in the whole class, by the admin (the refused POSTs of the other
 * roles are turned away by the security filter before they reach it); the read check uses GET /api/v1/admin/rebuild.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleAccessTest extends ApiTest {

    static final String ANONYMOUS = "anonymous";
    static final List<String> USERS = List.of("recorder", "police-lead", "scrutineer", "prometheus", "admin", ANONYMOUS);

    private static final Set<String> RECORDER = Set.of("recorder");
    private static final Set<String> RECORDER_OR_AGENCY_LEAD = Set.of("recorder", "police-lead");
    private static final Set<String> READERS = Set.of("recorder", "police-lead", "scrutineer");
    private static final Set<String> REFERENCE_DATA_READERS = Set.of("recorder", "police-lead", "scrutineer", "admin");
    private static final Set<String> AUDIT_READERS = Set.of("scrutineer", "admin");
    private static final Set<String> ADMIN = Set.of("admin");
    private static final Set<String> METRICS = Set.of("prometheus");
    private static final Set<String> PEOPLE = Set.of("recorder", "police-lead", "scrutineer", "admin");
    private static final Set<String> EVERYONE = Set.copyOf(USERS);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /**
     * One endpoint: its family, method, path and body (with {placeholders} for the fixture's ids), who may call it and
     * what an allowed call answers.
     */
    record Endpoint(String family, String method, String path, String accept, String body, Set<String> allowed, int success) {

        boolean write() {
            return method.equals("POST");
        }

        @Override
        public String toString() {
            return family + ": " + method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            // writes: rapid reviews
            post("rapid reviews", "/api/v1/rapid-reviews", """
                    {"reference":"RR-ACCESS-{run}","children":["Child A"],"outcome":"DIED","awareOn":"2025-05-01",
                     "notifiedOn":"2025-05-06","harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""", RECORDER, 201),
            post("rapid reviews", "/api/v1/rapid-reviews/{rrMeeting}/meetings",
                    "{\"heldOn\":\"2025-05-12\",\"agencies\":[\"POLICE\"]}", RECORDER, 200),
            post("rapid reviews", "/api/v1/rapid-reviews/{rrDecision}/decision",
                    "{\"decidedOn\":\"2025-05-20\",\"decision\":\"CSPR\",\"rationale\":\"Missed opportunities\"}", RECORDER, 200),
            post("rapid reviews", "/api/v1/rapid-reviews/{rrSubmission}/submission", "{\"submittedOn\":\"2025-05-22\"}", RECORDER, 200),
            post("rapid reviews", "/api/v1/rapid-reviews/{rrPanel}/panel-response",
                    "{\"respondedOn\":\"2025-06-10\",\"response\":\"AGREED\",\"comments\":\"Agreed\"}", RECORDER, 200),
            // writes: practice reviews
            post("practice reviews", "/api/v1/practice-reviews", """
                    {"reference":"CSPR-ACCESS-{run}","kind":"CSPR","title":"Child A","decidedOn":"2025-01-10",
                     "children":["Child A"],"themes":["NEGLECT"]}""", RECORDER, 201),
            post("practice reviews", "/api/v1/practice-reviews/{prReviewer}/reviewer",
                    "{\"reviewer\":\"Dr A. Reviewer\",\"appointedOn\":\"2025-02-01\"}", RECORDER, 200),
            post("practice reviews", "/api/v1/practice-reviews/{prDelay}/delays",
                    "{\"recordedOn\":\"2025-03-01\",\"reason\":\"Criminal trial\",\"expectedOn\":\"2025-09-01\"}", RECORDER, 200),
            post("practice reviews", "/api/v1/practice-reviews/{prFinalReport}/final-report", "{\"sentOn\":\"2025-06-01\"}", RECORDER, 200),
            post("practice reviews", "/api/v1/practice-reviews/{prPublication}/publication",
                    "{\"publishedOn\":\"2025-06-20\",\"url\":\"https://lscp.example.org/child-a\",\"scope\":\"FULL\"}", RECORDER, 200),
            post("practice reviews", "/api/v1/practice-reviews/{prWithholding}/withholding",
                    "{\"decidedOn\":\"2025-06-01\",\"reason\":\"Risk to a sibling\"}", RECORDER, 200),
            // writes: recommendations and their actions
            post("recommendations", "/api/v1/recommendations",
                    "{\"sourceId\":\"{rrSource}\",\"number\":\"99\",\"text\":\"Share concerns\",\"themes\":[\"NEGLECT\"],\"madeOn\":\"2025-02-01\"}",
                    RECORDER, 201),
            post("recommendations", "/api/v1/recommendations/{recRespond}/response",
                    "{\"respondedOn\":\"2025-02-10\",\"accepted\":true}", RECORDER, 200),
            post("actions: assign", "/api/v1/recommendations/{recAssign}/actions", """
                    {"description":"Train officers","agency":"POLICE","owner":"DI Smith","assignedOn":"2025-02-15","dueOn":"2025-09-30"}""",
                    RECORDER, 201),
            post("actions: progress", "/api/v1/recommendations/{recWork}/actions/1/progress",
                    "{\"reportedOn\":\"2025-03-01\",\"note\":\"Half the officers trained\"}", RECORDER_OR_AGENCY_LEAD, 200),
            post("actions: evidence", "/api/v1/recommendations/{recWork}/actions/{evidenceAction}/evidence",
                    "{\"submittedOn\":\"2025-06-01\",\"summary\":\"Training register\"}", RECORDER_OR_AGENCY_LEAD, 200),
            post("actions: evidence review", "/api/v1/recommendations/{recReview}/actions/1/evidence-review",
                    "{\"reviewedOn\":\"2025-06-05\",\"accepted\":true,\"comment\":\"Complete\"}", RECORDER, 200),
            post("actions: due date", "/api/v1/recommendations/{recWork}/actions/4/due-date",
                    "{\"revisedOn\":\"2025-03-05\",\"dueOn\":\"2025-10-31\",\"reason\":\"New records system\"}", RECORDER, 200),
            post("closure", "/api/v1/recommendations/{recClose}/closure",
                    "{\"closedOn\":\"2025-06-20\",\"impactStatement\":\"Every officer now trained\"}", RECORDER, 200),
            // reads: views
            get("views", "/api/v1/rapid-reviews/{rr}", READERS),
            get("views", "/api/v1/practice-reviews/{pr}", READERS),
            get("views", "/api/v1/recommendations/{recWork}", READERS),
            get("views", "/api/v1/recommendations/{recWork}/actions/1", READERS),
            // reads: lists
            get("lists", "/api/v1/rapid-reviews", READERS),
            get("lists", "/api/v1/practice-reviews", READERS),
            get("lists", "/api/v1/recommendations?agency=POLICE", READERS),
            // reads: timelines
            get("timelines", "/api/v1/rapid-reviews/{rr}/timeline", READERS),
            get("timelines", "/api/v1/practice-reviews/{pr}/timeline", READERS),
            get("timelines", "/api/v1/recommendations/{recWork}/timeline", READERS),
            // reads: reports
            get("overdue actions (JSON)", "/api/v1/overdue-actions", READERS),
            new Endpoint("overdue actions (CSV)", "GET", "/api/v1/overdue-actions", "text/csv", null, READERS, 200),
            get("learning themes", "/api/v1/learning-themes?from=2024-04-01&to=2025-06-30", READERS),
            get("statutory timeliness", "/api/v1/statutory-timeliness?from=2024-04-01&to=2025-06-30", READERS),
            get("yearly report", "/api/v1/reports/yearly/2024", READERS),
            get("reference data", "/api/v1/reference-data", REFERENCE_DATA_READERS),
            // the audit trail
            get("audit trail", "/api/v1/audit?from={today}&to={today}&size=5", AUDIT_READERS),
            // administration
            get("admin rebuild", "/api/v1/admin/rebuild", ADMIN),
            post("admin rebuild", "/api/v1/admin/rebuild", "", ADMIN, 202),
            // operations
            new Endpoint("metrics", "GET", "/actuator/prometheus", "text/plain", null, METRICS, 200),
            get("other actuator endpoints", "/actuator/metrics", ADMIN),
            get("health", "/actuator/health", EVERYONE),
            get("health", "/actuator/health/liveness", EVERYONE),
            // the API description
            get("api docs", "/v3/api-docs", PEOPLE),
            new Endpoint("swagger ui", "GET", "/swagger-ui/index.html", "text/html", null, PEOPLE, 200));

    private final Map<String, String> fixture = new HashMap<>();

    static Stream<Arguments> table() {
        return ENDPOINTS.stream().flatMap(endpoint -> USERS.stream()
                // the one allowed rebuild comes last, after the refusals
                .sorted((a, b) -> Boolean.compare(endpoint.allowed().contains(a), endpoint.allowed().contains(b)))
                .map(user -> Arguments.of(endpoint, user)));
    }

    @BeforeAll
    void recordTheFixture() {
        Api api = api();
        String run = UUID.randomUUID().toString().substring(0, 8);
        fixture.put("run", run);

        fixture.put("rrMeeting", notify(api, "RR-ACC-M-" + run));
        fixture.put("rrDecision", notify(api, "RR-ACC-D-" + run));
        String rrSubmission = notify(api, "RR-ACC-S-" + run);
        ok(api.post(rr(rrSubmission) + "/decision", "{\"decidedOn\":\"2025-05-20\",\"decision\":\"CSPR\",\"rationale\":\"r\"}"));
        fixture.put("rrSubmission", rrSubmission);
        String rrPanel = notify(api, "RR-ACC-P-" + run);
        ok(api.post(rr(rrPanel) + "/decision", "{\"decidedOn\":\"2025-05-20\",\"decision\":\"CSPR\",\"rationale\":\"r\"}"));
        ok(api.post(rr(rrPanel) + "/submission", "{\"submittedOn\":\"2025-05-22\"}"));
        fixture.put("rrPanel", rrPanel);
        fixture.put("rr", rrPanel);

        fixture.put("prReviewer", commission(api, "CSPR-ACC-R-" + run));
        fixture.put("prDelay", commission(api, "CSPR-ACC-D-" + run));
        String prFinalReport = commission(api, "CSPR-ACC-F-" + run);
        ok(api.post(pr(prFinalReport) + "/reviewer", "{\"reviewer\":\"Dr R\",\"appointedOn\":\"2025-02-01\"}"));
        fixture.put("prFinalReport", prFinalReport);
        String prPublication = commission(api, "CSPR-ACC-P-" + run);
        ok(api.post(pr(prPublication) + "/reviewer", "{\"reviewer\":\"Dr R\",\"appointedOn\":\"2025-02-01\"}"));
        ok(api.post(pr(prPublication) + "/final-report", "{\"sentOn\":\"2025-06-01\"}"));
        fixture.put("prPublication", prPublication);
        fixture.put("pr", prPublication);
        fixture.put("prWithholding", commission(api, "CSPR-ACC-W-" + run));

        String rrSource = notify(api, "RR-ACC-R-" + run);
        fixture.put("rrSource", rrSource);
        fixture.put("recRespond", recommend(api, rrSource, "1"));
        fixture.put("recAssign", accepted(api, recommend(api, rrSource, "2")));
        // actions 1 (progress), 2 (the recorder's evidence), 3 (the police lead's evidence), 4 (due date): all POLICE
        String recWork = accepted(api, recommend(api, rrSource, "3"));
        for (int i = 0; i < 4; i++) {
            assign(api, recWork, "POLICE");
        }
        fixture.put("recWork", recWork);
        String recReview = accepted(api, recommend(api, rrSource, "4"));
        assign(api, recReview, "POLICE");
        ok(api.post(rec(recReview) + "/actions/1/evidence", "{\"submittedOn\":\"2025-06-01\",\"summary\":\"Register\"}"));
        fixture.put("recReview", recReview);
        String recClose = accepted(api, recommend(api, rrSource, "5"));
        assign(api, recClose, "POLICE");
        ok(api.post(rec(recClose) + "/actions/1/evidence", "{\"submittedOn\":\"2025-06-01\",\"summary\":\"Register\"}"));
        ok(api.post(rec(recClose) + "/actions/1/evidence-review", "{\"reviewedOn\":\"2025-06-05\",\"accepted\":true}"));
        fixture.put("recClose", recClose);
    }

    @ParameterizedTest(name = "[{index}] {0} as {1}")
    @MethodSource("table")
    void whoMayCallWhat(Endpoint endpoint, String user) throws InterruptedException {
        String path = resolve(endpoint.path(), user);
        String body = endpoint.body() == null ? null : resolve(endpoint.body(), user);
        Api client = user.equals(ANONYMOUS) ? anonymous() : api(user);

        long before = eventCount();
        Api.Response response = call(client, endpoint, path, body);
        long after = eventCount();

        if (endpoint.allowed().contains(user)) {
            assertThat(response.status()).as(user + " may " + endpoint + ": " + response).isNotIn(401, 403)
                    .isEqualTo(endpoint.success());
            if (endpoint.write() && !endpoint.path().startsWith("/api/v1/admin")) {
                assertThat(after).as("an allowed write is recorded").isGreaterThan(before);
            }
            if (endpoint.path().equals("/api/v1/admin/rebuild") && endpoint.write()) {
                awaitRebuildDone();
            }
            assertAllowedContent(endpoint, response);
        } else if (user.equals(ANONYMOUS)) {
            JsonNode problem = assertProblem(response, 401, path);
            assertThat(problem.path("title").asText()).isEqualTo("Authentication is required");
            assertThat(problem.path("detail").asText()).contains("HTTP Basic");
            assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
            assertThat(after).as("a refused write changes nothing").isEqualTo(before);
        } else {
            JsonNode problem = assertProblem(response, 403, path);
            assertThat(problem.path("title").asText()).isEqualTo("Not allowed for your role");
            assertThat(problem.path("detail").asText()).contains(endpoint.method() + " " + URI.create(path).getPath());
            assertThat(after).as("a refused write changes nothing").isEqualTo(before);
        }
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsUnauthorized() {
        long before = eventCount();
        for (Api client : List.of(anonymous().as("recorder", "not-the-password"), anonymous().as("nobody", "nobody-secret"),
                anonymous().with("Authorization", "Basic not-base64!"), anonymous().with("Authorization", "Bearer abc.def.ghi"))) {
            assertProblem(client.get("/api/v1/rapid-reviews"), 401, "/api/v1/rapid-reviews");
            assertProblem(client.post("/api/v1/rapid-reviews", """
                    {"reference":"RR-ACCESS-BAD","children":["Child A"],"outcome":"DIED","awareOn":"2025-05-01",
                     "notifiedOn":"2025-05-06","harmCategories":["NEGLECT"],"themes":["NEGLECT"]}"""), 401, "/api/v1/rapid-reviews");
        }
        assertThat(eventCount()).as("refused writes change nothing").isEqualTo(before);
    }

    @Test
    void otherMethodsOnTheApiNeedTheRecorder() {
        for (String user : List.of("police-lead", "scrutineer", "prometheus", "admin")) {
            Api.Response response = api(user).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/rapid-reviews/" + fixture.get("rr")))
                    .DELETE(), "application/json");
            assertProblem(response, 403, "/api/v1/rapid-reviews/" + fixture.get("rr"));
        }
        Api.Response anonymousDelete = anonymous().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/rapid-reviews/" + fixture.get("rr")))
                .DELETE(), "application/json");
        assertProblem(anonymousDelete, 401, "/api/v1/rapid-reviews/" + fixture.get("rr"));
    }

    private Api.Response call(Api client, Endpoint endpoint, String path, String body) {
        if (endpoint.write()) {
            return client.post(path, body);
        }
        return endpoint.accept() == null ? client.get(path) : client.get(path, endpoint.accept());
    }

    private static void assertAllowedContent(Endpoint endpoint, Api.Response response) {
        String type = response.contentType() == null ? "" : response.contentType();
        switch (endpoint.family()) {
            case "overdue actions (CSV)" -> assertThat(type).startsWith("text/csv");
            case "metrics" -> assertThat(response.body()).contains("# TYPE");
            case "swagger ui" -> assertThat(response.body()).contains("Swagger UI");
            case "health" -> assertThat(response.json().path("status").asText()).isEqualTo("UP");
            default -> assertThat(type).as(endpoint + " answers JSON").contains("json");
        }
    }

    private static JsonNode assertProblem(Api.Response response, int status, String path) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).isEqualTo("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).startsWith("https://");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.path("instance").asText()).isEqualTo(URI.create(path).getPath());
        return problem;
    }

    private void awaitRebuildDone() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode status;
        do {
            Api.Response response = api("admin").get("/api/v1/admin/rebuild");
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            status = response.json();
            if (status.path("state").asText().equals("DONE")) {
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the rebuild was not DONE within 60 s: " + status);
    }

    private String resolve(String template, String user) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1);
            String value = switch (key) {
                case "today" -> LocalDate.now(ZoneOffset.UTC).toString();
                case "evidenceAction" -> user.equals("police-lead") ? "3" : "2";
                default -> fixture.get(key);
            };
            assertThat(value).as("fixture value " + key).isNotNull();
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    private static Endpoint post(String family, String path, String body, Set<String> allowed, int success) {
        return new Endpoint(family, "POST", path, null, body, allowed, success);
    }

    private static Endpoint get(String family, String path, Set<String> allowed) {
        return new Endpoint(family, "GET", path, null, null, allowed, 200);
    }

    // the fixture, recorded by "tester"

    private static String notify(Api api, String reference) {
        Api.Response response = api.post("/api/v1/rapid-reviews", """
                {"reference":"%s","children":["Child A"],"outcome":"DIED","awareOn":"2025-05-01",
                 "notifiedOn":"2025-05-06","harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""".formatted(reference));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    private static String commission(Api api, String reference) {
        Api.Response response = api.post("/api/v1/practice-reviews", """
                {"reference":"%s","kind":"CSPR","title":"Child A","decidedOn":"2025-01-10","children":["Child A"],"themes":["NEGLECT"]}"""
                .formatted(reference));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    private static String recommend(Api api, String source, String number) {
        Api.Response response = api.post("/api/v1/recommendations", """
                {"sourceId":"%s","number":"%s","text":"Improve information sharing","themes":["INFORMATION_SHARING"],"madeOn":"2025-02-01"}"""
                .formatted(source, number));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    private static String accepted(Api api, String recommendation) {
        ok(api.post(rec(recommendation) + "/response", "{\"respondedOn\":\"2025-02-10\",\"accepted\":true}"));
        return recommendation;
    }

    private static void assign(Api api, String recommendation, String agency) {
        Api.Response response = api.post(rec(recommendation) + "/actions", """
                {"description":"Train officers","agency":"%s","owner":"Lead","assignedOn":"2025-02-15","dueOn":"2025-09-30"}"""
                .formatted(agency));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private static String rr(String id) {
        return "/api/v1/rapid-reviews/" + id;
    }

    private static String pr(String id) {
        return "/api/v1/practice-reviews/" + id;
    }

    private static String rec(String id) {
        return "/api/v1/recommendations/" + id;
    }
}
