package uk.org.casereview.api.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import uk.org.casereview.api.CaseReviewApplication;
import uk.org.casereview.api.axon.AxonConfiguration;
import uk.org.casereview.api.web.ProcessorTokens;
import uk.org.casereview.api.web.ReadYourWrites;
import uk.org.casereview.api.support.Api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The national-scale benchmark of the read models (issue "Read models"): writes a synthetic history of N
 * recommendations' worth of events (100,000 by default: about a million events) straight into a fresh embedded event
 * store, starts the service on it and times, from the start of the service, how long it takes to build the read models
 * (in bulk, as so many events are behind; with {@code --bulk-catch-up=0}, by the processor event by event; with
 * {@code --first-start=false}, the processor starts at the head and a first rebuild fills them instead), then
 * rebuilds the read models over the full tables through the admin endpoint and times it, then measures the
 * latency of the overdue list, the recommendation list and the yearly report over HTTP. Baselines measured in the same
 * run: a raw JDBC scan of the event table with deserialization (for the rebuild), and the cheapest read, the reference
 * data (for the queries). Results go to stdout and to target/benchmark/national-scale.md.
 * <pre>
 * ./mvnw -B -q install -DskipTests && ./mvnw -B -q -pl review-api exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=uk.org.casereview.api.benchmark.NationalScaleBenchmark -Dexec.args="--recommendations=100000"
 * </pre>
 */
public final class NationalScaleBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> options;
    private final StringBuilder report = new StringBuilder();
    private Database database;

    private NationalScaleBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("recommendations", "100000");
        options.put("data-dir", "target/benchmark/data");
        options.put("samples", "200");
        options.put("batch-size", "500");
        options.put("segments", "4");
        options.put("threads", "2");
        options.put("first-start", "true");
        options.put("pdf", "true");
        options.put("queries-only", "false");
        options.put("database", "h2");
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        new NationalScaleBenchmark(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        int recommendations = Integer.parseInt(options.get("recommendations"));
        Path dataDir = Path.of(options.get("data-dir")).toAbsolutePath();
        database = Database.of(options.get("database"), dataDir);
        if (Boolean.parseBoolean(options.getOrDefault("queries-only", "false"))) {
            queriesOnly(dataDir);
            return;
        }
        deleteRecursively(dataDir);
        Files.createDirectories(dataDir);
        String url = database.url();

        line("# National-scale benchmark");
        line("");
        line("- recommendations: " + recommendations + "; today: " + TODAY + "; processor: pooled, " + options.get("segments")
                + " segments, " + options.get("threads") + " threads, batch " + options.get("batch-size"));
        line("- machine: " + Runtime.getRuntime().availableProcessors() + " cores, JVM " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");

        line("- database: " + database.name());
        database.empty();
        var flyway = Flyway.configure().dataSource(url, database.user(), database.password()).locations("classpath:db/migration");
        if (database.schema() != null) { // PostgreSQL: a schema of its own; H2: the file's default schema
            flyway.schemas(database.schema()).defaultSchema(database.schema());
        }
        flyway.load().migrate();
        long start = System.nanoTime();
        List<NationalHistory.Generated> history = new NationalHistory(TODAY.minusYears(10), TODAY).generate(recommendations);
        double generated = seconds(start);
        start = System.nanoTime();
        write(history);
        double written = seconds(start);
        int events = history.size();
        line("- events: " + events + " (generated in " + round(generated) + " s, appended in " + round(written) + " s: "
                + Math.round(events / written) + " events/s)");
        history = null;
        if (database.schema() == null) {
            line("- disk after the history was written: " + disk(dataDir));
            if (Boolean.parseBoolean(options.getOrDefault("compact-history", "true"))) {
                // the benchmark's own writing (commits of 5,000 events into random-key indexes) leaves dead pages that a
                // partnership's store, compacted at each stop of the service, does not keep
                start = System.nanoTime();
                try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN COMPACT");
                } catch (SQLException closedBehindUs) {
                    // H2 closes the connection with the database
                }
                line("- compacted (`SHUTDOWN COMPACT`, " + round(seconds(start)) + " s; `--compact-history=false` leaves it): " + disk(dataDir));
            }
        }

        double scanRate = scan(events);
        boolean firstStart = Boolean.parseBoolean(options.get("first-start"));
        if (!firstStart) {
            startAtHead(Integer.parseInt(options.get("segments")));
        }
        line("");
        line("## Rebuild");
        line("");
        line("| measure | events/s | ratio to the raw scan |");
        line("|---|---:|---:|");
        line("| baseline: raw JDBC scan of the event table with deserialization | " + Math.round(scanRate) + " | 1.00 |");

        long serviceStart = System.nanoTime();
        long stopping;
        try (ConfigurableApplicationContext app = start(dataDir)) {
            Api api = new Api(((WebServerApplicationContext) app).getWebServer().getPort()).as("tester", "tester-secret");
            ProcessorTokens tokens = app.getBean(ProcessorTokens.class);
            if (firstStart) {
                awaitCaughtUp(tokens, events);
                JsonNode loaded = awaitNotLoading(api);
                double firstStartSeconds = seconds(serviceStart);
                String how = "DONE".equals(loaded.path("state").asText())
                        ? "in bulk, as more than `casereview.read-models.bulk-catch-up` events were behind (the load itself "
                        + round(loaded.path("seconds").asDouble()) + " s of them)"
                        : "event by event (the live path)";
                line("| first start: from the start of the service (its start-up included) until the read models are built, "
                        + how + "; " + round(firstStartSeconds) + " s | " + Math.round(events / firstStartSeconds)
                        + " | " + round(events / firstStartSeconds / scanRate) + " |");
            } else {
                JsonNode fill = rebuild(api);
                line("| rebuild over empty read-model tables, to fill them (`--first-start=false`; " + round(fill.path("seconds").asDouble())
                        + " s) | " + Math.round(fill.path("events").asLong() / fill.path("seconds").asDouble()) + " | "
                        + round(fill.path("events").asLong() / fill.path("seconds").asDouble() / scanRate) + " |");
            }
            long rows = readModelRows(app.getBean(org.springframework.jdbc.core.JdbcTemplate.class));
            JsonNode status = rebuild(api);
            double rebuild = status.path("seconds").asDouble();
            long rebuilt = status.path("events").asLong();
            line("| **rebuild over the full read-model tables (admin endpoint: reset, truncate, bulk load)** | **"
                    + Math.round(rebuilt / rebuild) + "** | **" + round(rebuilt / rebuild / scanRate) + "** |");
            line("");
            line("Rebuild of " + rebuilt + " events over read-model tables holding " + rows + " rows took " + round(rebuild) + " s.");
            long verifyStart = System.nanoTime();
            JsonNode integrity = api.get("/api/v1/integrity").json();
            double verified = seconds(verifyStart);
            line("");
            line("Integrity: GET /api/v1/integrity verified " + integrity.path("length").asLong() + " links in " + round(verified)
                    + " s (" + Math.round(integrity.path("length").asLong() / verified) + " events/s), first broken link: "
                    + integrity.path("firstBrokenLink") + ".");
            if (database.schema() == null) {
                line("");
                line("Disk while the service runs, after the first start and the rebuild: " + disk(dataDir));
            }
            queries(api);
            stopping = System.nanoTime();
        }
        if (database.schema() == null) {
            line("");
            line("Disk after the service stopped (" + round(seconds(stopping)) + " s, compacting on its stop): " + disk(dataDir));
        }
        writeReport("national-scale.md");
        System.out.println();
        System.out.println(report);
    }

    /** {@code --queries-only}: the queries again over the history an earlier run left in the data directory, nothing else. */
    private void queriesOnly(Path dataDir) throws Exception {
        line("# National-scale benchmark: the queries over the history already in " + dataDir);
        line("");
        line("- machine: " + Runtime.getRuntime().availableProcessors() + " cores, JVM " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        startUpAndDisk(dataDir);
        if (!Boolean.parseBoolean(options.getOrDefault("queries", "true"))) {
            writeReport("national-scale-start-up.md"); // --queries=false: start-up and disk alone
            return;
        }
        try (ConfigurableApplicationContext app = start(dataDir)) {
            queries(new Api(((WebServerApplicationContext) app).getWebServer().getPort()).as("tester", "tester-secret"));
        }
        writeReport("national-scale-queries.md");
    }

    /**
     * Start-up and disk on the embedded default. Start-up: the packaged service ({@code java -jar}, a JVM of its own at
     * {@code --start-heap}, as a partnership runs it) from its launch until {@code /actuator/health} answers UP, on the
     * store and, as the baseline, on an empty data directory, in turns ({@code --starts} of each). Disk: the embedded
     * file beside the bytes of the events it holds (payloads and metadata).
     */
    private void startUpAndDisk(Path dataDir) throws Exception {
        if (database.schema() != null) {
            line("");
            line("Start-up and disk are measured on the embedded default only.");
            return;
        }
        Path jar = packagedJar();
        line("");
        line("## Start-up and disk");
        line("");
        Path file = dataDir.resolve("casereview.mv.db");
        long fileBytes = Files.size(file);
        long eventBytes;
        long events;
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*), coalesce(sum(octet_length(payload) + coalesce(octet_length(meta_data), 0)), 0)"
                     + " from domain_event_entry")) {
            rs.next();
            events = rs.getLong(1);
            eventBytes = rs.getLong(2);
        }
        line("- disk: the embedded file is " + mib(fileBytes) + " MiB for " + events + " events of " + mib(eventBytes)
                + " MiB (payloads and metadata)" + (eventBytes == 0 ? "" : ": " + round((double) fileBytes / eventBytes) + " times the events' bytes"));
        if (jar == null) {
            line("- start-up not measured: no packaged jar (./mvnw install -DskipTests makes it)");
            return;
        }
        int starts = Math.max(1, Integer.parseInt(options.getOrDefault("starts", "2")));
        String heap = options.getOrDefault("start-heap", "512m");
        Path extracted = Files.createTempDirectory("casereview-extracted");
        try {
            // as the Docker image runs it: the jar extracted (Spring Boot's tools mode) and a class-data archive of a
            // training start (-XX:ArchiveClassesAtExit with spring.context.exit=onRefresh) on an empty directory
            Path extractedJar = extracted.resolve(jar.getFileName());
            run(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", extracted.toString()));
            Path archive = extracted.resolve("application.jsa");
            Path trainingDir = Files.createTempDirectory("casereview-training");
            try {
                List<String> training = new ArrayList<>(List.of(java(), "-Xmx" + heap, "-XX:ArchiveClassesAtExit=" + archive,
                        "-Dspring.context.exit=onRefresh", "-jar", extractedJar.toString()));
                training.addAll(serviceArgs(trainingDir));
                run(training);
            } finally {
                deleteRecursively(trainingDir);
            }
            List<Double> empty = new ArrayList<>();
            List<Double> store = new ArrayList<>();
            List<Double> storeWithArchive = new ArrayList<>();
            for (int i = 0; i < starts; i++) {
                Path emptyDir = Files.createTempDirectory("casereview-empty-start");
                try {
                    empty.add(timedStart(List.of("-Xmx" + heap, "-jar", jar.toString()), emptyDir));
                } finally {
                    deleteRecursively(emptyDir);
                }
                store.add(timedStart(List.of("-Xmx" + heap, "-jar", jar.toString()), dataDir));
                // -Xshare:on: a start that cannot map the archive fails, rather than being timed without it
                storeWithArchive.add(timedStart(List.of("-Xmx" + heap, "-XX:SharedArchiveFile=" + archive, "-Xshare:on",
                        "-jar", extractedJar.toString()), dataDir));
            }
            double emptyMean = mean(empty);
            line("");
            line("| start of the service at -Xmx" + heap + ", from its launch until /actuator/health is UP | seconds, each start | mean | ratio to the baseline |");
            line("|---|---|---:|---:|");
            line("| baseline: the packaged jar (java -jar) on an empty data directory (its schema made) | " + seconds(empty) + " | "
                    + round(emptyMean) + " | 1.00 |");
            line("| **the packaged jar on this store** (" + events + " events) | " + seconds(store) + " | **" + round(mean(store))
                    + "** | " + round(mean(store) / emptyMean) + " |");
            line("| **extracted, with a class-data archive, on this store** (the Docker image's steps) | " + seconds(storeWithArchive)
                    + " | **" + round(mean(storeWithArchive)) + "** | " + round(mean(storeWithArchive) / emptyMean) + " |");
        } finally {
            deleteRecursively(extracted);
        }
    }

    /** The embedded file beside the bytes of the events it holds (payloads and metadata). */
    private String disk(Path dataDir) throws IOException, SQLException {
        long fileBytes = Files.size(dataDir.resolve("casereview.mv.db"));
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select coalesce(sum(octet_length(payload) + coalesce(octet_length(meta_data), 0)), 0)"
                     + " from domain_event_entry")) {
            rs.next();
            long eventBytes = rs.getLong(1);
            return "the file is " + mib(fileBytes) + " MiB for " + mib(eventBytes) + " MiB of events (payloads and metadata)"
                    + (eventBytes == 0 ? "" : ", " + round((double) fileBytes / eventBytes) + " times");
        }
    }

    /** The packaged service (review-api-*.jar in review-api/target, or target when run from review-api), or null. */
    private static Path packagedJar() throws IOException {
        for (Path dir : List.of(Path.of("review-api/target"), Path.of("target"))) {
            if (Files.isDirectory(dir)) {
                try (var jars = Files.list(dir)) {
                    var jar = jars.filter(p -> p.getFileName().toString().matches("review-api-.*\\.jar")).findFirst();
                    if (jar.isPresent()) {
                        return jar.get();
                    }
                }
            }
        }
        return null;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** Runs a command to its end (its output discarded unless it fails). */
    private static void run(List<String> command) throws Exception {
        Path log = Files.createTempFile("casereview-run", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                if (!process.waitFor(300, java.util.concurrent.TimeUnit.SECONDS)) {
                    throw new IllegalStateException("did not finish in 300 s: " + command + "\n" + tail(log));
                }
            } finally {
                if (process.isAlive()) {
                    process.destroyForcibly().waitFor();
                }
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("exit " + process.exitValue() + ": " + command + "\n" + tail(log));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Seconds from the launch of the service ({@code java} with these options) until its health answers UP; the process is stopped after. */
    private double timedStart(List<String> javaOptions, Path dataDir) throws Exception {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(javaOptions);
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        for (String arg : serviceArgs(dataDir)) {
            command.add(arg.startsWith("--server.port=") ? "--server.port=" + port : arg);
        }
        Path log = Files.createTempFile("casereview-start", ".log");
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Thread stop = new Thread(process::destroyForcibly); // the benchmark interrupted: the service must not outlive it
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the service stopped during start-up:\n" + tail(log));
                }
                try {
                    var health = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/actuator/health"))
                            .timeout(java.time.Duration.ofSeconds(2)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200 && health.body().contains("UP")) {
                        return seconds(launched);
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (seconds(launched) > 300) {
                    throw new IllegalStateException("the service did not come up in 300 s:\n" + tail(log));
                }
                Thread.sleep(50);
            }
        } finally {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            Runtime.getRuntime().removeShutdownHook(stop);
            Files.deleteIfExists(log);
        }
    }

    /** The last lines of a log, for the message of a failure (the log itself is deleted). */
    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static String seconds(List<Double> each) {
        return String.join(", ", each.stream().map(NationalScaleBenchmark::round).toList());
    }

    private static String mib(long bytes) {
        return String.valueOf(Math.round(bytes / (1024.0 * 1024.0)));
    }

    /** The report so far, to target/benchmark/{@code name}. */
    private void writeReport(String name) throws IOException {
        Path out = Path.of("target/benchmark", name);
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** Waits while a rebuild (the bulk catch-up of a first start) is loading; its status then. */
    private static JsonNode awaitNotLoading(Api api) throws InterruptedException {
        JsonNode status = api.get("/api/v1/admin/rebuild").json();
        while ("LOADING".equals(status.path("state").asText()) || "LOADED".equals(status.path("state").asText())) {
            Thread.sleep(50);
            status = api.get("/api/v1/admin/rebuild").json();
        }
        return status;
    }

    /** Starts a rebuild through the admin endpoint and waits until it is DONE; its status. */
    private static JsonNode rebuild(Api api) throws InterruptedException {
        Api.Response started = api.post("/api/v1/admin/rebuild", "");
        if (started.status() != 202) {
            throw new IllegalStateException("rebuild refused: " + started);
        }
        JsonNode status;
        do {
            Thread.sleep(50);
            status = api.get("/api/v1/admin/rebuild").json();
        } while (!"DONE".equals(status.path("state").asText()));
        return status;
    }

    /** The rows in the read-model tables: what the rebuild's truncate has to empty. */
    private static long readModelRows(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        long rows = 0;
        for (String table : List.of("rapid_review", "rapid_review_decision", "rapid_review_response", "practice_review", "review_theme",
                "milestone", "recommendation", "recommendation_theme", "action", "recommendation_period", "recommendation_open_period",
                "action_period", "action_overdue_period")) {
            rows += jdbc.queryForObject("select count(*) from " + table, Long.class);
        }
        if (rows == 0) {
            throw new IllegalStateException("the read models are empty: the rebuild would not be measured over full tables");
        }
        return rows;
    }

    private int samples() {
        return Integer.parseInt(options.get("samples"));
    }

    private void queries(Api api) {
        String[] agencies = {"POLICE", "EDUCATION", "CHILDRENS_SOCIAL_CARE", "PRIMARY_CARE"};
        Map<String, IntFunction<String>> queries = new LinkedHashMap<>();
        queries.put("baseline: reference data", i -> "/api/v1/reference-data");
        queries.put("**overdue list** (as of today, 100 a page, pages 1-5)", i -> "/api/v1/overdue-actions?page=" + (i % 5));
        queries.put("overdue list by agency", i -> "/api/v1/overdue-actions?agency=" + agencies[i % agencies.length]);
        queries.put("overdue list as of a past date", i -> "/api/v1/overdue-actions?asOf=" + TODAY.minusDays(400 + i % 300));
        queries.put("**recommendation list** (as of today, 20 a page, pages 1-10)", i -> "/api/v1/recommendations?page=" + (i % 10));
        queries.put("recommendation list, IN_PROGRESS and RED", i -> "/api/v1/recommendations?status=IN_PROGRESS&rag=RED&page=" + (i % 10));
        queries.put("recommendation list by agency and theme", i -> "/api/v1/recommendations?agency=" + agencies[i % agencies.length] + "&theme=NEGLECT");
        queries.put("recommendation list as of a past date", i -> "/api/v1/recommendations?asOf=" + TODAY.minusDays(400 + i % 300));
        String[] statuses = {"MADE", "ACCEPTED", "DECLINED", "IN_PROGRESS", "ACTIONS_COMPLETE", "CLOSED"};
        queries.put("recommendation list by status (each of the six in turn)", i -> "/api/v1/recommendations?status=" + statuses[i % statuses.length]);
        String[] rags = {"RED", "AMBER", "GREEN", "COMPLETE", "CANCELLED"};
        queries.put("recommendation list by RAG (each of the five in turn)", i -> "/api/v1/recommendations?rag=" + rags[i % rags.length]);
        queries.put("recommendation list by agency", i -> "/api/v1/recommendations?agency=" + agencies[i % agencies.length]);
        String[] themes = {"NEGLECT", "DOMESTIC_ABUSE", "INFORMATION_SHARING", "MENTAL_HEALTH"};
        queries.put("recommendation list by theme", i -> "/api/v1/recommendations?theme=" + themes[i % themes.length]);
        queries.put("recommendation list, IN_PROGRESS and RED, as of a past date", i -> "/api/v1/recommendations?status=IN_PROGRESS&rag=RED&asOf="
                + TODAY.minusDays(400 + i % 300));
        queries.put("**rapid review list** (as of today, 20 a page, pages 1-10)", i -> "/api/v1/rapid-reviews?page=" + (i % 10));
        queries.put("rapid review list as of a past date", i -> "/api/v1/rapid-reviews?asOf=" + TODAY.minusDays(400 + i % 300));
        queries.put("**practice review list** (as of today, 20 a page, pages 1-10)", i -> "/api/v1/practice-reviews?page=" + (i % 10));
        queries.put("practice review list as of a past date", i -> "/api/v1/practice-reviews?asOf=" + TODAY.minusDays(400 + i % 300));
        queries.put("**learning themes**", i -> "/api/v1/learning-themes");
        queries.put("learning themes as of a past date", i -> "/api/v1/learning-themes?asOf=" + TODAY.minusDays(400 + i % 300));
        queries.put("**statutory timeliness**", i -> "/api/v1/statutory-timeliness");
        queries.put("statutory timeliness as of a past date", i -> "/api/v1/statutory-timeliness?asOf=" + TODAY.minusDays(400 + i % 300));
        queries.put("**yearly report** (each of the last 9 years)", i -> "/api/v1/reports/yearly/" + (TODAY.getYear() - 1 - i % 9));
        queries.put("yearly report, its record's pages 2-5 (100 a page)", i -> "/api/v1/reports/yearly/" + (TODAY.getYear() - 1 - i % 9)
                + "?recordPage=" + (1 + i % 4));
        // the answers above are kept until a fact that could change them is recorded; this one is made afresh every time
        // (each request as at another date), as the first answer after such a fact is: 18 samples
        java.util.concurrent.atomic.AtomicInteger fresh = new java.util.concurrent.atomic.AtomicInteger();
        String afresh = "yearly report made afresh (each request as at another date, so never kept: the first answer after a fact of its year)";
        queries.put(afresh, i -> {
            int n = fresh.getAndIncrement();
            int year = TODAY.getYear() - 1 - n % 9;
            return "/api/v1/reports/yearly/" + year + "?asOf=" + LocalDate.of(year + 1, 3, 31).minusDays(1 + n / 9);
        });
        // the other formats hold the whole record (about 20,000 recommendations a year nationally): 3 samples each
        Map<String, String> accepts = new LinkedHashMap<>();
        queries.put("yearly report as CSV (the whole record)", i -> "/api/v1/reports/yearly/" + (TODAY.getYear() - 1 - i % 9));
        accepts.put("yearly report as CSV (the whole record)", "text/csv");
        queries.put("yearly report as HTML (the whole record)", i -> "/api/v1/reports/yearly/" + (TODAY.getYear() - 1 - i % 9));
        accepts.put("yearly report as HTML (the whole record)", "text/html");
        if (Boolean.parseBoolean(options.get("pdf"))) { // nationally a PDF of thousands of pages: --pdf=false leaves it out
            queries.put("yearly report as PDF (the whole record)", i -> "/api/v1/reports/yearly/" + (TODAY.getYear() - 1 - i % 9));
            accepts.put("yearly report as PDF (the whole record)", "application/pdf");
        }
        line("");
        line("## Query latency over HTTP (" + samples() + " requests each after " + samples() / 3 + " to warm up, one client;"
                + " the yearly report made afresh 18 after 6, its CSV, HTML and PDF 3 each after 1)");
        line("");
        line("| query | p50 ms | p99 ms | p50 / baseline p50 | answer |");
        line("|---|---:|---:|---:|---|");
        double baseline = 0;
        for (Map.Entry<String, IntFunction<String>> query : queries.entrySet()) {
            String accept = accepts.getOrDefault(query.getKey(), "application/json");
            int samples = query.getKey().equals(afresh) ? 18 : accept.equals("application/json") ? this.samples() : 3;
            for (int i = 0; i < samples / 3; i++) {
                api.get(query.getValue().apply(i), accept);
            }
            double[] millis = new double[samples];
            String answer = "";
            for (int i = 0; i < samples; i++) {
                long t = System.nanoTime();
                Api.Response response = api.get(query.getValue().apply(i), accept);
                millis[i] = (System.nanoTime() - t) / 1e6;
                if (response.status() != 200) {
                    throw new IllegalStateException(query.getKey() + ": " + response);
                }
                if (i == 0 && !accept.equals("application/json")) {
                    answer = response.body().length() + " characters";
                } else if (i == 0) {
                    JsonNode json = response.json();
                    answer = json.has("total") ? "total " + json.path("total").asLong()
                            : json.has("recommendations") ? "made " + json.path("recommendations").path("made").asLong()
                            + ", overdue at year end " + json.path("actions").path("overdueAtYearEnd").asLong()
                            + ", record " + json.path("recommendations").path("recordTotal").asLong() : "";
                }
            }
            Arrays.sort(millis);
            double p50 = millis[samples / 2];
            double p99 = millis[(int) Math.ceil(samples * 0.99) - 1];
            if (baseline == 0) {
                baseline = p50;
            }
            line("| " + query.getKey() + " | " + round(p50) + " | " + round(p99) + " | " + round(p50 / baseline) + " | " + answer + " |");
        }
    }

    private ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(CaseReviewApplication.class).run(serviceArgs(dataDir).toArray(String[]::new));
    }

    private List<String> serviceArgs(Path dataDir) {
        List<String> args = new ArrayList<>(List.of(
                "--casereview.data-dir=" + dataDir,
                "--server.port=0",
                "--spring.profiles.active=e2e",
                "--casereview.fixed-date=" + TODAY,
                // the credentials a real user has: the tester's password with a production-cost hash (bcrypt 10)
                "--casereview.security.users[0].name=tester",
                "--casereview.security.users[0].password={bcrypt}" + new BCryptPasswordEncoder(10).encode("tester-secret"),
                "--casereview.security.users[0].roles[0]=RECORDER",
                "--casereview.security.users[0].roles[1]=SCRUTINEER",
                "--casereview.security.users[0].roles[2]=ADMIN",
                "--axon.eventhandling.processors.read-models.batch-size=" + options.get("batch-size"),
                "--axon.eventhandling.processors.read-models.initial-segment-count=" + options.get("segments"),
                "--axon.eventhandling.processors.read-models.thread-count=" + options.get("threads"),
                "--logging.level.root=WARN",
                "--logging.level.uk.org.casereview=INFO"));
        if (options.containsKey("bulk-catch-up")) { // otherwise the service's default: 20,000 on H2, off on PostgreSQL
            args.add("--casereview.read-models.bulk-catch-up=" + options.get("bulk-catch-up"));
        }
        if (database != null && database.schema() != null) {
            args.set(args.indexOf("--spring.profiles.active=e2e"), "--spring.profiles.active=e2e,postgres"); // as a deployment runs
            args.add("--spring.datasource.url=" + database.url());
            args.add("--spring.datasource.username=" + database.user());
            args.add("--spring.datasource.password=" + database.password());
            args.add("--spring.flyway.default-schema=" + database.schema());
            args.add("--spring.flyway.schemas=" + database.schema());
        }
        return args;
    }

    /**
     * The database the benchmark runs on: the embedded default (file H2 in the data directory), or with
     * {@code --database=postgres} PostgreSQL at CASEREVIEW_BENCHMARK_DATABASE_URL (default
     * jdbc:postgresql://localhost:5432/casereview; user and password CASEREVIEW_BENCHMARK_DATABASE_USERNAME and _PASSWORD,
     * default casereview), in a schema of its own, national_benchmark, emptied first.
     */
    private record Database(String name, String url, String user, String password, String schema) {

        static Database of(String kind, Path dataDir) {
            if ("postgres".equals(kind)) {
                String server = System.getenv().getOrDefault("CASEREVIEW_BENCHMARK_DATABASE_URL", "jdbc:postgresql://localhost:5432/casereview");
                return new Database("PostgreSQL (" + server + ", schema national_benchmark)",
                        server + (server.contains("?") ? "&" : "?") + "currentSchema=national_benchmark",
                        System.getenv().getOrDefault("CASEREVIEW_BENCHMARK_DATABASE_USERNAME", "casereview"),
                        System.getenv().getOrDefault("CASEREVIEW_BENCHMARK_DATABASE_PASSWORD", "casereview"), "national_benchmark");
            }
            if (!"h2".equals(kind)) {
                throw new IllegalArgumentException("--database=" + kind + ": h2 (the embedded default) or postgres");
            }
            return new Database("embedded default (file H2 in " + dataDir + ")",
                    "jdbc:h2:file:" + dataDir + "/casereview;DB_CLOSE_ON_EXIT=FALSE", "sa", "", null);
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        /** A PostgreSQL schema emptied (the data directory of H2 is new already). */
        void empty() throws SQLException {
            if (schema == null) {
                return;
            }
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
                statement.execute("create schema " + schema);
            }
        }
    }

    private static void awaitCaughtUp(ProcessorTokens tokens, long lastIndex) throws InterruptedException {
        while (true) {
            Map<Integer, TrackingToken> bySegment = tokens.bySegment();
            if (!bySegment.isEmpty() && bySegment.values().stream().allMatch(t -> ReadYourWrites.seen(t, lastIndex))) {
                return;
            }
            Thread.sleep(50);
        }
    }

    /** Skips the first start's replay (for quick runs): every segment's token already at the last event. */
    private void startAtHead(int segments) throws SQLException {
        try (Connection connection = database.connect()) {
            NationalHistory.tokensAtHead(connection, segments);
        }
    }

    private void write(List<NationalHistory.Generated> events) throws SQLException {
        try (Connection connection = database.connect()) {
            NationalHistory.appendTo(connection, events);
        }
    }

    /** The baseline: read every event back with plain JDBC and deserialize its payload and metadata. */
    private double scan(int events) throws SQLException {
        Serializer serializer = AxonConfiguration.jsonSerializer();
        long start = System.nanoTime();
        int read = 0;
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement()) {
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery("select payload_type, payload_revision, payload, meta_data"
                    + " from domain_event_entry order by global_index")) {
                while (rs.next()) {
                    serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(3), byte[].class,
                            new SimpleSerializedType(rs.getString(1), rs.getString(2))));
                    serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(4), byte[].class, MetaData.class.getName(), null));
                    read++;
                }
            }
        }
        if (read != events) {
            throw new IllegalStateException("scanned " + read + " events, wrote " + events);
        }
        return read / seconds(start);
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String round(double value) {
        return String.format("%.2f", value);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            List<Path> paths = new ArrayList<>(walk.toList());
            paths.sort((a, b) -> b.getNameCount() - a.getNameCount());
            for (Path p : paths) {
                Files.delete(p);
            }
        }
    }
}
