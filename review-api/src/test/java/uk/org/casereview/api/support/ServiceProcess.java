package uk.org.casereview.api.support;

import uk.org.casereview.api.CaseReviewApplication;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The service as a separate process (a JVM of its own, on the test classpath), so that a test can kill it with
 * SIGKILL and start it again on the same database, or run two of them side by side.
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the service on the database of the data directory (see {@link TestDatabase}) and waits until it is up. */
    public static ServiceProcess start(Path dataDir, String name, Map<String, String> extra) throws IOException, InterruptedException {
        return start(dataDir, name, TestDatabase.properties(dataDir), extra, Duration.ofSeconds(180));
    }

    /** The same, waiting up to the timeout (a start that resumes work, such as an interrupted rebuild, takes longer). */
    public static ServiceProcess start(Path dataDir, String name, Map<String, String> extra, Duration timeout)
            throws IOException, InterruptedException {
        return start(dataDir, name, TestDatabase.properties(dataDir), extra, timeout);
    }

    /** Starts the service on the database the properties name ({@link TestDatabase#embedded} or {@link TestDatabase#postgres}). */
    public static ServiceProcess start(Path dataDir, String name, Map<String, String> database, Map<String, String> extra)
            throws IOException, InterruptedException {
        return start(dataDir, name, database, extra, Duration.ofSeconds(180));
    }

    private static ServiceProcess start(Path dataDir, String name, Map<String, String> database, Map<String, String> extra,
                                        Duration timeout) throws IOException, InterruptedException {
        int port = freePort();
        // A test's service lives a minute or two: the client compiler alone and the serial collector spend a third less
        // CPU than C2's compilations and G1's threads (measured: ExportImportTest and ActionPlanRoundTripTest, 212 s of
        // CPU to 145 s), and on CI's 2 cores the other test fork gets that third.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), CaseReviewApplication.class.getName(),
                "--server.port=" + port, "--spring.profiles.active=e2e", "--casereview.fixed-date=" + ApiTest.TODAY,
                "--logging.file.name=" + dataDir.resolve(name + ".log")));
        database.forEach((key, value) -> command.add("--" + key + "=" + value));
        extra.forEach((key, value) -> command.add("--" + key + "=" + value));
        Path log = dataDir.resolve(name + ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServiceProcess service = new ServiceProcess(process, port, log);
        try {
            service.awaitUp(timeout); // a start takes 10 s on a quiet machine, over 90 s on a busy one
        } catch (IllegalStateException | InterruptedException notUp) {
            service.kill();
            throw notUp;
        }
        return service;
    }

    public int port() {
        return port;
    }

    public Api api() {
        return new Api(port).as("tester", "tester-secret");
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no graceful anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private void awaitUp(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped during start-up; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service did not come up within " + timeout + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
