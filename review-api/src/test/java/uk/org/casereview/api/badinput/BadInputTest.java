package uk.org.casereview.api.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;
import uk.org.casereview.api.support.DatabaseSnapshot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;
import static uk.org.casereview.api.badinput.WriteEndpoints.JSON;

/**
 * Throws generated bad input at every write endpoint (see {@link BadInputCases}) and checks the rule of the
 * specification (section 5): bad input is never a 5xx and never changes state. Each case starts from the endpoint's
 * valid body on resources set up for it; a refused case must answer the expected 4xx as an RFC 9457 problem detail
 * (status, title, non-blank detail; its {@code errors} naming the broken field, header or parameter, and
 * {@code validCodes} for an unknown code) and leave everything as it was: every table of the schema (event store,
 * read models, {@code idempotency_key}, {@code recommendation_number}, ...; see {@link DatabaseSnapshot}) and the
 * answers of the resource's reads; a case the specification allows (injection-looking but valid text) must be
 * accepted, stored verbatim, and leave the resource readable. Headers (Accept, Content-Type, If-Match,
 * Idempotency-Key) are cases like any other; the read endpoints get bad query parameters and path variables
 * ({@link ReadParameterCases}).
 * <p>
 * Every case is reported by name; a summary (cases tried, by category and endpoint, and the failures) is printed and
 * written to {@code target/bad-input/cases.txt}.
 */
class BadInputTest extends ApiTest {

    private static final Map<String, Fixture> SHARED = new HashMap<>();
    private static final List<Result> RESULTS = Collections.synchronizedList(new ArrayList<>());

    private Api api;
    private Fixtures fixtures;
    /** The tables as the last refused case left them (see {@link #tablesBefore}). */
    private Map<String, String> lastTables;

    record Result(String endpoint, String category, String name, String expected, String actual, boolean passed, String failure) {
    }

    @TestFactory
    Stream<DynamicNode> badInputAtEveryWriteEndpoint() {
        List<Endpoint> endpoints = WriteEndpoints.all();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            nodes.add(container(endpoint.label(), BadInputCases.forEndpoint(endpoint)));
        }
        nodes.add(container("commands out of order", BadInputCases.outOfOrder(endpoints)));
        Map<String, List<BadCase>> byRead = ReadParameterCases.all().stream()
                .collect(Collectors.groupingBy(BadCase::endpoint, LinkedHashMap::new, Collectors.toList()));
        byRead.forEach((label, cases) -> nodes.add(container(label, cases)));
        nodes.add(DynamicContainer.dynamicContainer("aftermath: every read still answers after all of the above", aftermath()));
        return nodes.stream();
    }

    private DynamicContainer container(String label, List<BadCase> cases) {
        Map<String, List<BadCase>> byCategory = cases.stream()
                .collect(Collectors.groupingBy(BadCase::category, LinkedHashMap::new, Collectors.toList()));
        return DynamicContainer.dynamicContainer(label + " (" + cases.size() + " cases)", byCategory.entrySet().stream()
                .map(category -> DynamicContainer.dynamicContainer(category.getKey() + " (" + category.getValue().size() + ")",
                        category.getValue().stream().map(c -> DynamicTest.dynamicTest(
                                (label.startsWith("POST") || label.startsWith("GET") ? "" : c.endpoint() + ": ") + c.name(), () -> run(c))))));
    }

    // ----------------------------------------------------------------------------------------------------- one case

    private void run(BadCase c) {
        Map<String, String> reusable = lastTables; // kept again only at the end of a clean refusal
        lastTables = null;
        Context context = new Context(c);
        RawRequest request;
        try {
            request = c.request().apply(context);
        } catch (RuntimeException e) {
            record(c, "set-up failed", List.of("setting up the case failed: " + e.getMessage()));
            throw e;
        }
        boolean mayBeRefused = c.expect().mode() != Expect.Mode.ACCEPTED;
        List<String> reads = mayBeRefused ? readsOf(c, context, request) : List.of();
        Map<String, String> tablesBefore = null;
        Map<String, String> readsBefore = null;
        if (mayBeRefused) {
            awaitReadModels();
            tablesBefore = tablesBefore(reusable, context);
            readsBefore = answers(reads);
        }
        long before = eventCount();
        long lastIndex = lastGlobalIndex();
        Api.Response response;
        try {
            response = send(request);
        } catch (RuntimeException e) {
            List<String> failures = List.of("no HTTP answer: " + e + (e.getCause() == null ? "" : " / " + e.getCause()));
            record(c, "no answer", failures);
            fail(describe(c, request, null, failures));
            return;
        }
        long after = eventCount();
        if (after != before && !c.isolated()) {
            SHARED.clear(); // the shared resources may have changed: later cases get new ones
        }
        List<String> failures = check(c, context, response, before, after, lastIndex);
        boolean accepted = response.status() >= 200 && response.status() < 300;
        if (!accepted && tablesBefore != null) {
            boolean caughtUp = awaitReadModels();
            Map<String, String> tablesAfter = DatabaseSnapshot.of(jdbc);
            DatabaseSnapshot.differences(tablesBefore, tablesAfter)
                    .forEach(difference -> failures.add("a refused request changed the table " + difference));
            if (failures.isEmpty() && caughtUp) {
                lastTables = tablesAfter;
            }
            Map<String, String> readsAfter = answers(reads);
            for (String read : reads) {
                if (!readsBefore.get(read).equals(readsAfter.get(read))) {
                    failures.add("a refused request changed the answer of GET " + read + ": before " + abbreviate(readsBefore.get(read))
                            + " / after " + abbreviate(readsAfter.get(read)));
                }
            }
        }
        record(c, response.status() + " " + answerDetail(response), failures);
        if (!failures.isEmpty()) {
            fail(describe(c, request, response, failures));
        }
    }

    /**
     * Every table before the case's request. When the last case was refused cleanly and nothing has been written since
     * (this case built no resources, and the event store has the same rows and last index: only reads were sent), the
     * tables are as that case's check left them, and that snapshot is the one before this case. A write in between
     * would show as a difference of this case: the check can only be stricter than a snapshot taken now.
     */
    private Map<String, String> tablesBefore(Map<String, String> reusable, Context context) {
        if (reusable != null && !context.built && DatabaseSnapshot.eventStore(jdbc).equals(reusable.get("domain_event_entry"))) {
            return reusable;
        }
        return DatabaseSnapshot.of(jdbc);
    }

    private List<String> check(BadCase c, Context context, Api.Response response, long before, long after, long lastIndex) {
        List<String> failures = new ArrayList<>();
        int status = response.status();
        Expect expect = c.expect();
        if (status >= 500) {
            failures.add("a " + status + ": bad input must never be a 5xx");
        } else if (status < 200 || (status >= 300 && status < 400)) {
            failures.add("an unexpected status " + status);
        }
        boolean refused = status >= 400 && status < 500;
        boolean accepted = status >= 200 && status < 300;
        switch (expect.mode()) {
            case REFUSED -> {
                if (accepted) {
                    failures.add("ACCEPTED with " + status + " (" + (after - before) + " event(s) recorded) but must be refused with "
                            + expect.statuses());
                } else if (refused && !expect.statuses().contains(status)) {
                    failures.add("refused with " + status + " but the specification calls for " + expect.statuses());
                }
            }
            case ACCEPTED -> {
                if (!accepted) {
                    failures.add("must be accepted (2xx), was " + status);
                }
            }
            case EITHER -> {
            }
        }
        if (refused) {
            failures.addAll(problemShape(response));
            if (expect.statuses().contains(status)) {
                failures.addAll(problemNames(expect, response));
            }
        }
        if (!accepted && after != before) {
            failures.add("a refused request changed the event store: " + before + " events before, " + after + " after");
        }
        if (expect.notInAnswer() != null && response.body() != null && response.body().contains(expect.notInAnswer())) {
            failures.add("the answer contains '" + expect.notInAnswer() + "'");
        }
        if (accepted && expect.mode() != Expect.Mode.REFUSED) {
            if (expect.verbatim() != null) {
                failures.addAll(storedVerbatim(expect.verbatim(), lastIndex));
            }
            failures.addAll(stillReadable(c, context, response));
        }
        return failures;
    }

    /** A 4xx is an RFC 9457 problem detail: application/problem+json with status, title and a non-blank detail. */
    private static List<String> problemShape(Api.Response response) {
        List<String> failures = new ArrayList<>();
        String type = response.contentType();
        if (type == null || !type.startsWith("application/problem+json")) {
            failures.add("Content-Type is " + type + ", not application/problem+json");
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(response.body() == null ? "" : response.body());
        } catch (IOException e) {
            failures.add("the body is not JSON");
            return failures;
        }
        if (problem == null || !problem.isObject()) {
            failures.add("the body is not a JSON object");
            return failures;
        }
        if (problem.path("status").asInt() != response.status()) {
            failures.add("problem status is " + problem.path("status") + ", the response is " + response.status());
        }
        if (problem.path("title").asText("").isBlank()) {
            failures.add("problem has no title");
        }
        if (problem.path("detail").asText("").isBlank()) {
            failures.add("problem has no detail");
        }
        return failures;
    }

    /**
     * The problem names what was broken: a field (or header, or query parameter) in {@code errors}, as itself or as
     * the path to an entry of it ({@code children[1]}); the valid codes in {@code validCodes}.
     */
    private static List<String> problemNames(Expect expect, Api.Response response) {
        List<String> failures = new ArrayList<>();
        JsonNode problem;
        try {
            problem = JSON.readTree(response.body() == null ? "" : response.body());
        } catch (IOException e) {
            return failures; // problemShape reports it
        }
        if (problem == null) {
            return failures;
        }
        if (expect.field() != null) {
            List<String> named = new ArrayList<>();
            problem.path("errors").forEach(error -> named.add(error.path("field").asText("")));
            String field = expect.field();
            boolean names = named.stream().anyMatch(n -> n.equals(field) || n.startsWith(field + "[") || n.startsWith(field + "."));
            if (!names) {
                failures.add("the problem's errors do not name " + field + " (they name " + named + ")");
            }
        }
        if (expect.validCodes()) {
            JsonNode valid = problem.path("validCodes");
            if (!valid.isArray() || valid.isEmpty()) {
                failures.add("the problem does not list the valid codes (validCodes)");
            }
        }
        return failures;
    }

    /** What a refused request must leave as it was: the resource and its timeline, the collection for a creation, or the read asked. */
    private List<String> readsOf(BadCase c, Context context, RawRequest request) {
        if (request.isGet()) {
            return List.of(context.fixture().path(c.resource()));
        }
        String path = request.path();
        String collection = path.substring(0, path.indexOf('/', "/api/v1/".length()) > 0 ? path.indexOf('/', "/api/v1/".length()) : path.length());
        List<String> reads = new ArrayList<>();
        if (c.resource() != null && !c.resource().contains("{action}")) {
            String resource = context.fixture().path(c.resource());
            reads.add(resource);
            reads.add(resource + "/timeline");
        } else {
            reads.add(collection + "?size=1"); // a creation: the total, and the latest one
        }
        return reads;
    }

    private Map<String, String> answers(List<String> reads) {
        Map<String, String> answers = new HashMap<>();
        for (String read : reads) {
            Api.Response answer = api().get(read);
            answers.put(read, answer.status() + " " + answer.body());
        }
        return answers;
    }

    /** The text is in one of the events the request appended, exactly as sent. */
    private List<String> storedVerbatim(String text, long lastIndex) {
        List<byte[]> payloads = jdbc.query("select payload from domain_event_entry where global_index > ? order by global_index",
                (row, i) -> row.getBytes(1), lastIndex);
        if (payloads.isEmpty()) {
            return List.of("accepted, but no event was recorded");
        }
        for (byte[] payload : payloads) {
            try {
                if (containsText(JSON.readTree(payload), text)) {
                    return List.of();
                }
            } catch (IOException e) {
                return List.of("an event payload is not JSON: " + e.getMessage());
            }
        }
        return List.of("the text was not stored verbatim in the recorded event(s): " + payloads.stream()
                .map(p -> new String(p, java.nio.charset.StandardCharsets.UTF_8)).collect(Collectors.joining(" | ")));
    }

    private static boolean containsText(JsonNode node, String text) {
        if (node.isTextual()) {
            return node.asText().equals(text);
        }
        for (JsonNode child : node) {
            if (containsText(child, text)) {
                return true;
            }
        }
        return false;
    }

    /** After an accepted write the resource, its timeline, its list and (for odd values) the overall reads all answer. */
    private List<String> stillReadable(BadCase c, Context context, Api.Response response) {
        List<String> failures = new ArrayList<>();
        String resource = c.resource() != null ? context.fixture().path(c.resource()) : response.header("Location");
        if (resource == null) {
            failures.add("a creation without a Location header");
            return failures;
        }
        String collection = resource.substring(0, resource.indexOf('/', "/api/v1/".length()) > 0
                ? resource.indexOf('/', "/api/v1/".length()) : resource.length());
        List<String> reads = new ArrayList<>(List.of(resource, resource + "/timeline", collection + "?size=500"));
        if (!c.category().equals("baseline") && !c.category().equals("oversized")) {
            reads.addAll(List.of("/api/v1/overdue-actions", "/api/v1/learning-themes", "/api/v1/statutory-timeliness",
                    "/api/v1/reports/yearly/2024", "/api/v1/reports/yearly/2025"));
        }
        for (String read : reads) {
            Api.Response answer = api().get(read);
            if (answer.status() != 200) {
                failures.add("after the write, GET " + read + " answers " + answer.status() + ": " + abbreviate(answer.body()));
            } else {
                try {
                    JSON.readTree(answer.body());
                } catch (IOException e) {
                    failures.add("after the write, GET " + read + " is not JSON");
                }
            }
        }
        if (!c.category().equals("baseline") && !c.category().equals("oversized")) {
            Api.Response csv = api().get("/api/v1/overdue-actions", "text/csv");
            if (csv.status() != 200) {
                failures.add("after the write, GET /api/v1/overdue-actions as CSV answers " + csv.status() + ": " + abbreviate(csv.body()));
            }
        }
        return failures;
    }

    // ---------------------------------------------------------------------------------------------------- aftermath

    private Stream<DynamicTest> aftermath() {
        List<String> reads = List.of("/api/v1/rapid-reviews?size=500", "/api/v1/practice-reviews?size=500", "/api/v1/recommendations?size=500",
                "/api/v1/overdue-actions", "/api/v1/learning-themes", "/api/v1/statutory-timeliness", "/api/v1/reports/yearly/2024",
                "/api/v1/reports/yearly/2025", "/api/v1/reference-data", "/api/v1/audit?size=1000");
        List<DynamicTest> tests = new ArrayList<>();
        for (String read : reads) {
            tests.add(DynamicTest.dynamicTest("GET " + read, () -> {
                Api.Response answer = api().get(read);
                List<String> failures = answer.status() == 200 ? List.of() : List.of("answers " + answer.status() + ": " + abbreviate(answer.body()));
                RESULTS.add(new Result("GET " + read, "aftermath", "GET " + read, "200", String.valueOf(answer.status()), failures.isEmpty(),
                        String.join("; ", failures)));
                if (!failures.isEmpty()) {
                    fail("GET " + read + " " + failures);
                }
            }));
        }
        tests.add(DynamicTest.dynamicTest("GET /api/v1/overdue-actions as CSV", () -> {
            Api.Response answer = api().get("/api/v1/overdue-actions", "text/csv");
            RESULTS.add(new Result("GET /api/v1/overdue-actions (CSV)", "aftermath", "GET /api/v1/overdue-actions as CSV", "200",
                    String.valueOf(answer.status()), answer.status() == 200, answer.status() == 200 ? "" : abbreviate(answer.body())));
            if (answer.status() != 200) {
                fail("CSV answers " + answer.status() + ": " + abbreviate(answer.body()));
            }
        }));
        return tests.stream();
    }

    // ------------------------------------------------------------------------------------------------------ plumbing

    @Override
    protected Api api() {
        if (api == null) {
            api = super.api();
            fixtures = new Fixtures(api);
        }
        return api;
    }

    private Api.Response send(RawRequest request) {
        if (request.isGet()) {
            request.headers().keySet().stream().filter(name -> !name.equals("Accept")).findAny().ifPresent(name -> {
                throw new IllegalStateException("a GET case sends Accept only");
            });
            return api().getRaw(request.path(), request.headers().getOrDefault("Accept", "application/json"));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
                .timeout(Duration.ofSeconds(60));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        request.headers().forEach((name, value) -> {
            if (!name.equals("Accept")) {
                builder.header(name, value);
            }
        });
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofByteArray(request.body());
        builder.POST(request.chunked() ? HttpRequest.BodyPublishers.fromPublisher(body) : body);
        return api().send(builder, request.headers().getOrDefault("Accept", "application/json"));
    }

    private long lastGlobalIndex() {
        Long last = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return last == null ? 0 : last;
    }

    private final class Context implements BadCase.Context {
        private final BadCase c;
        private Fixture fixture;
        /** Whether the case set up resources (wrote) before its request. */
        private boolean built;

        Context(BadCase c) {
            this.c = c;
        }

        @Override
        public Fixture fixture() {
            if (fixture == null) {
                api();
                fixture = c.isolated() ? build(c.stage())
                        : SHARED.computeIfAbsent(c.endpoint() + "@" + c.stage(), key -> build(c.stage()));
            }
            return fixture;
        }

        @Override
        public Fixture fresh(Stage stage) {
            api();
            return build(stage);
        }

        private Fixture build(Stage stage) {
            built = true;
            return fixtures.build(stage);
        }

        @Override
        public String unique() {
            return Fixtures.unique();
        }
    }

    private static void record(BadCase c, String actual, List<String> failures) {
        RESULTS.add(new Result(c.endpoint(), c.category(), c.name(), c.expect().describe(), actual, failures.isEmpty(),
                String.join("; ", failures)));
    }

    /** The problem's detail of a refusal, or the start of any other answer, for the list of every case. */
    private static String answerDetail(Api.Response response) {
        String body = response.body() == null ? "" : response.body();
        if (response.status() >= 200 && response.status() < 300) {
            return "";
        }
        try {
            JsonNode json = JSON.readTree(body);
            if (json != null && json.has("detail")) {
                String detail = json.path("detail").asText();
                return "\"" + (detail.length() > 160 ? detail.substring(0, 160) + "..." : detail) + "\"";
            }
        } catch (IOException notJson) {
            // shown as it is below
        }
        String start = body.replaceAll("\\s+", " ");
        return "[" + response.contentType() + "] " + (start.length() > 100 ? start.substring(0, 100) + "..." : start);
    }

    private static String describe(BadCase c, RawRequest request, Api.Response response, List<String> failures) {
        return c.endpoint() + " / " + c.displayName() + "\n  expected: " + c.expect().describe()
                + "\n  request:  " + request.summary()
                + (response == null ? "" : "\n  answer:   " + response.status() + " " + response.contentType() + " " + abbreviate(response.body()))
                + "\n  failures: " + String.join("\n            ", failures);
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        String printable = RawRequest.printable(text);
        return printable.length() > 600 ? printable.substring(0, 600) + "..." : printable;
    }

    // ------------------------------------------------------------------------------------------------------ summary

    @AfterAll
    static void summary() throws IOException {
        List<Result> results = new ArrayList<>(RESULTS);
        long passed = results.stream().filter(Result::passed).count();
        StringBuilder out = new StringBuilder();
        String line = "BadInputTest: " + results.size() + " cases tried, " + passed + " passed, " + (results.size() - passed) + " failed";
        out.append(line).append('\n').append('\n').append("by category (tried / passed / failed):\n");
        counts(results, Result::category).forEach((key, n) -> out.append(String.format("  %-20s %5d %5d %5d%n", key, n[0], n[1], n[0] - n[1])));
        out.append('\n').append("by endpoint (tried / passed / failed):\n");
        counts(results, Result::endpoint).forEach((key, n) -> out.append(String.format("  %-60s %5d %5d %5d%n", key, n[0], n[1], n[0] - n[1])));
        out.append('\n').append("failures:\n");
        results.stream().filter(r -> !r.passed()).forEach(r -> out.append("  FAIL ").append(r.endpoint()).append(" | ").append(r.category())
                .append(" | ").append(r.name()).append(" | expected ").append(r.expected()).append(" | got ").append(r.actual())
                .append(" | ").append(r.failure()).append('\n'));
        out.append('\n').append("every case:\n");
        results.forEach(r -> out.append(r.passed() ? "  PASS " : "  FAIL ").append(r.endpoint()).append(" | ").append(r.category())
                .append(" | ").append(r.name()).append(" | expected ").append(r.expected()).append(" | got ").append(r.actual()).append('\n'));
        out.append('\n').append(line).append('\n');
        Path file = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target", "bad-input", "cases.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, RawRequest.printable(out.toString()).replace("\\u000a", "\n"));
        System.out.println();
        System.out.println(out.substring(0, out.indexOf("failures:\n")));
        System.out.println("(failures and every case: " + file + ")");
        System.out.println(line);
    }

    private static Map<String, long[]> counts(List<Result> results, java.util.function.Function<Result, String> key) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Result r : results) {
            long[] n = counts.computeIfAbsent(key.apply(r), k -> new long[2]);
            n[0]++;
            if (r.passed()) {
                n[1]++;
            }
        }
        return counts;
    }
}
