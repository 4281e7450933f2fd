package uk.org.casereview.api.benchmark;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import uk.org.casereview.api.CaseReviewApplication;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a write costs (issue 13, "Writes"): commands over HTTP against the service on the embedded default (file H2),
 * signed in with a bcrypt cost-10 password as real users are, each answered once the read models have its event.
 * Measured in the same run: the baseline, raw single-row JDBC inserts each committed on its own, on a fresh H2 file with
 * the service's settings ({@code WRITE_DELAY=0}); progress appended to small recommendations by one client and by eight;
 * rapid reviews created by one client and by eight; and progress appended to a recommendation that already has
 * {@code --long=1000} events against progress appended to small ones, the two taken in turn. Results go to stdout and
 * target/benchmark/writes.md.
 * <pre>
 * ./mvnw -B -q install -DskipTests &amp;&amp; ./mvnw -B -q -pl review-api exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=uk.org.casereview.api.benchmark.WriteBenchmark -Dexec.args="--samples=1000"
 * </pre>
 */
public final class WriteBenchmark {

    private static final String PASSWORD = "a long passphrase for the benchmark";
    private static final int CLIENTS = 8;
    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    private final int samples;
    private final int longHistory;
    private final StringBuilder report = new StringBuilder();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger references = new AtomicInteger();
    private String base;
    private String authorization;
    private String sourceId;

    private WriteBenchmark(int samples, int longHistory) {
        this.samples = samples;
        this.longHistory = longHistory;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("samples", "1000");
        options.put("long", "1000");
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        new WriteBenchmark(Integer.parseInt(options.get("samples")), Integer.parseInt(options.get("long"))).run();
        System.exit(0);
    }

    private void run() throws Exception {
        line("# Write benchmark");
        line("");
        line("- one row per measure; " + samples + " commands per row (eight clients: " + samples + " each), after a warm-up;"
                + " machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + String.format(java.util.Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + ", JVM " + System.getProperty("java.version"));
        line("- HTTP Basic with a bcrypt cost-10 hash; each write answered once the read models have its event");
        line("");
        line("| measure | clients | per s | p50 ms | p99 ms | ratio |");
        line("|---|---:|---:|---:|---:|---:|");

        Timing raw1 = rawCommits(1);
        Timing raw8 = rawCommits(CLIENTS);
        row("baseline: raw JDBC insert of one row and commit, fresh H2 file", 1, raw1, raw1.perSecond() / raw1.perSecond());
        row("baseline: raw JDBC insert of one row and commit, fresh H2 file", CLIENTS, raw8, raw8.perSecond() / raw1.perSecond());

        String hash = "{bcrypt}" + new BCryptPasswordEncoder(10).encode(PASSWORD);
        try (ConfigurableApplicationContext app = start(hash)) {
            base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort() + "/api/v1";
            authorization = "Basic " + Base64.getEncoder().encodeToString(("recorder:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            sourceId = createRapidReview();

            // small recommendations: each client appends to its own, about ten reports each
            int pool = Math.max(10, samples / 10);
            List<String> small = new ArrayList<>();
            for (int i = 0; i < (CLIENTS + 1) * pool; i++) {
                small.add(recommendationWithAction());
            }
            List<String> warm = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                warm.add(recommendationWithAction());
            }
            // warm-up: the JIT, the connection pool, the credential cache
            measure(1, Math.max(100, samples / 5), client -> i -> progress(warm.get(i % warm.size())));
            measure(1, Math.max(100, samples / 5), client -> i -> createRapidReview());

            Timing append1 = measure(1, samples, client -> i -> progress(small.get(CLIENTS * pool + i % pool)));
            Timing append8 = measure(CLIENTS, samples, client -> i -> progress(small.get(client * pool + i % pool)));
            Timing create1 = measure(1, samples, client -> i -> createRapidReview());
            Timing create8 = measure(CLIENTS, samples, client -> i -> createRapidReview());
            row("**progress appended to small recommendations**", 1, append1, append1.perSecond() / raw1.perSecond());
            row("**progress appended to small recommendations**", CLIENTS, append8, append8.perSecond() / raw1.perSecond());
            row("**rapid reviews notified (created)**", 1, create1, create1.perSecond() / raw1.perSecond());
            row("**rapid reviews notified (created)**", CLIENTS, create8, create8.perSecond() / raw1.perSecond());

            String grown = recommendationWithAction();
            long built = System.nanoTime();
            for (int i = 3; i < longHistory; i++) {
                progress(grown, DAY.plusDays(i / 3).toString());
            }
            double buildSeconds = (System.nanoTime() - built) / 1e9;
            List<String> fresh = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                fresh.add(recommendationWithAction());
            }
            int pairs = Math.max(50, samples / 2);
            double[] toGrown = new double[pairs];
            double[] toFresh = new double[pairs];
            for (int i = 0; i < pairs; i++) {
                long start = System.nanoTime();
                progress(grown);
                toGrown[i] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                progress(fresh.get(i % fresh.size()));
                toFresh[i] = (System.nanoTime() - start) / 1e6;
            }
            Timing newOne = Timing.of(toFresh, 0);
            Timing grownOne = Timing.of(toGrown, 0);
            row("baseline: progress appended to a new recommendation (3 to " + (3 + pairs / 20 + 1) + " events), in turn with the next row",
                    1, newOne, 1.0);
            row("**progress appended to a recommendation of " + longHistory + " events**", 1, grownOne,
                    grownOne.perSecond() / newOne.perSecond());
            line("");
            line("- ratio: per second against the one-client raw commit rate; the long recommendation's row against the new"
                    + " recommendation's (the two appended in turn)");
            line("- building the " + longHistory + "-event recommendation (" + (longHistory - 3) + " progress reports by one client) took "
                    + String.format(java.util.Locale.ROOT, "%.1f", buildSeconds) + " s");
        }
        Path out = Path.of("target/benchmark/writes.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println();
        System.out.println(report);
    }

    /** Single-row inserts, each committed on its own, on a fresh H2 file with the service's durability setting. */
    private Timing rawCommits(int clients) throws Exception {
        Path dir = Files.createTempDirectory("write-benchmark-raw");
        String url = "jdbc:h2:file:" + dir.resolve("raw") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
        try (Connection setup = DriverManager.getConnection(url, "sa", ""); Statement statement = setup.createStatement()) {
            statement.execute("create table raw_commit (id bigint auto_increment primary key, client int, payload varchar(500))");
            String payload = "x".repeat(497);
            int count = samples * 5;
            List<Connection> connections = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                connections.add(DriverManager.getConnection(url, "sa", ""));
            }
            try {
                return measure(clients, count, client -> {
                    try {
                        PreparedStatement insert = connections.get(client)
                                .prepareStatement("insert into raw_commit (client, payload) values (?, ?)");
                        return i -> {
                            try {
                                insert.setInt(1, client);
                                insert.setString(2, payload);
                                insert.executeUpdate();
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        };
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            } finally {
                for (Connection connection : connections) {
                    connection.close();
                }
            }
        }
    }

    /** Each client runs {@code count} operations; the timing of every one, and the rate of them all together. */
    private Timing measure(int clients, int count, IntFunction<Operation> perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                int client = c;
                results.add(pool.submit(() -> {
                    Operation operation = perClient.apply(client);
                    double[] millis = new double[count];
                    for (int i = 0; i < count; i++) {
                        long began = System.nanoTime();
                        operation.run(i);
                        millis[i] = (System.nanoTime() - began) / 1e6;
                    }
                    return millis;
                }));
            }
            List<double[]> all = new ArrayList<>();
            for (Future<double[]> result : results) {
                all.add(result.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double[] millis = all.stream().flatMapToDouble(Arrays::stream).toArray();
            return Timing.of(millis, millis.length / seconds);
        } finally {
            pool.shutdown();
        }
    }

    private interface Operation {
        void run(int i);
    }

    private record Timing(double p50, double p99, double perSecond) {

        /** Percentiles of the timings; the rate given, or (given 0) one over the mean. */
        static Timing of(double[] millis, double perSecond) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            double rate = perSecond > 0 ? perSecond : sorted.length / (Arrays.stream(millis).sum() / 1000);
            return new Timing(sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.99) - 1], rate);
        }
    }

    private ConfigurableApplicationContext start(String hash) throws IOException {
        Path dataDir = Files.createTempDirectory("write-benchmark");
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("casereview.data-dir", dataDir.toString());
        properties.put("server.port", "0");
        properties.put("casereview.security.users[0].name", "recorder");
        properties.put("casereview.security.users[0].password", hash);
        properties.put("casereview.security.users[0].roles[0]", "RECORDER");
        properties.put("logging.level.root", "WARN");
        List<String> args = new ArrayList<>();
        properties.forEach((name, value) -> args.add("--" + name + "=" + value));
        return new SpringApplicationBuilder(CaseReviewApplication.class).run(args.toArray(String[]::new));
    }

    private String createRapidReview() {
        String body = "{\"reference\":\"RR-B-" + references.incrementAndGet() + "\",\"children\":[\"Child B\"],\"outcome\":\"DIED\","
                + "\"awareOn\":\"" + DAY + "\",\"notifiedOn\":\"" + DAY.plusDays(2) + "\",\"harmCategories\":[\"NEGLECT\"],"
                + "\"themes\":[\"NEGLECT\"]}";
        return id(post("/rapid-reviews", body, 201));
    }

    /** A recommendation, accepted, with action 1 assigned: three events. */
    private String recommendationWithAction() {
        String id = id(post("/recommendations", "{\"sourceId\":\"" + sourceId + "\",\"number\":\"" + references.incrementAndGet()
                + "\",\"text\":\"Share concerns about weight loss\",\"themes\":[\"NEGLECT\"],\"madeOn\":\"" + DAY + "\"}", 201));
        post("/recommendations/" + id + "/response", "{\"respondedOn\":\"" + DAY + "\",\"accepted\":true}", 200);
        post("/recommendations/" + id + "/actions", "{\"description\":\"Audit records\",\"agency\":\"POLICE\",\"owner\":\"Head of audit\","
                + "\"assignedOn\":\"" + DAY + "\",\"dueOn\":\"" + DAY.plusYears(5) + "\"}", 201);
        return id;
    }

    private void progress(String recommendationId) {
        progress(recommendationId, DAY.plusYears(1).toString());
    }

    private void progress(String recommendationId, String reportedOn) {
        post("/recommendations/" + recommendationId + "/actions/1/progress",
                "{\"reportedOn\":\"" + reportedOn + "\",\"note\":\"Twenty more records audited\"}", 200);
    }

    private String post(String path, String body, int expected) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", authorization).header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String id(String json) {
        Matcher matcher = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return matcher.group(1);
    }

    private void row(String measure, int clients, Timing timing, double ratio) {
        line("| " + measure + " | " + clients + " | " + Math.round(timing.perSecond()) + " | " + round(timing.p50()) + " | "
                + round(timing.p99()) + " | " + round(ratio) + " |");
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }

    private static String round(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
