package uk.org.casereview.api.durability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ServiceProcess;
import uk.org.casereview.api.support.TestDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service, as a process of its own under a steady write load, is killed with SIGKILL and started again on the
 * same database: every write it acknowledged is there, the read models catch up with the event store, and retrying
 * the writes that got no answer (with their Idempotency-Key) records each of them exactly once. Runs on the database
 * the end-to-end suite runs on (file H2, or PostgreSQL with CASEREVIEW_TEST_DATABASE_URL), and writes its figures to
 * target/durability/.
 */
class CrashTest {

    private static final int WRITERS = 4;
    private static final Duration LOAD = Duration.ofSeconds(8);

    @Test
    void killedUnderLoadItLosesNothingAndDuplicatesNothing(@TempDir Path dataDir) throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // reference -> id
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        double writesPerSecond;
        try (ServiceProcess first = ServiceProcess.start(dataDir, "first", Map.of())) {
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                Thread thread = new Thread(() -> write(first.api(), writer, running, attempted, acknowledged));
                thread.start();
                writers.add(thread);
            }
            long start = System.nanoTime();
            Thread.sleep(LOAD.toMillis());
            first.kill(); // SIGKILL while the writers are still writing
            double seconds = (System.nanoTime() - start) / 1e9;
            running.set(false);
            for (Thread thread : writers) {
                thread.join();
            }
            writesPerSecond = acknowledged.size() / seconds;
        }
        assertThat(acknowledged).as("writes acknowledged before the kill").hasSizeGreaterThan(20);

        try (ServiceProcess second = ServiceProcess.start(dataDir, "second", Map.of())) {
            Api api = second.api();
            long restarted = System.nanoTime();
            // the read models catch up: every acknowledged rapid review is in the list (and can be read)
            Set<String> listed = listed(api);
            while (!listed.containsAll(acknowledged.keySet()) && System.nanoTime() - restarted < Duration.ofSeconds(60).toNanos()) {
                Thread.sleep(20);
                listed = listed(api);
            }
            double catchUpSeconds = (System.nanoTime() - restarted) / 1e9;
            assertThat(listed).as("acknowledged writes in the read models after the restart").containsAll(acknowledged.keySet());
            List<String> unreadable = acknowledged.values().stream().filter(id -> api.get("/api/v1/rapid-reviews/" + id).status() != 200).toList();
            assertThat(unreadable).as("acknowledged writes that cannot be read").isEmpty();

            // the writes that got no answer, retried with their key: each is recorded once, whether or not it was before
            for (String reference : attempted) {
                Api.Response retried = api.with("Idempotency-Key", reference).post("/api/v1/rapid-reviews", body(reference));
                assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
                if (acknowledged.containsKey(reference)) {
                    assertThat(retried.text("id")).isEqualTo(acknowledged.get(reference));
                }
            }
            Map<String, Integer> perReference = new HashMap<>();
            int page = 0;
            while (true) {
                var items = api.get("/api/v1/rapid-reviews?size=500&page=" + page).json().path("items");
                items.forEach(item -> perReference.merge(item.path("reference").asText(), 1, Integer::sum));
                if (items.size() < 500) {
                    break;
                }
                page++;
            }
            assertThat(perReference.keySet()).containsAll(attempted);
            assertThat(perReference.values()).as("no rapid review recorded twice").allMatch(count -> count == 1);
            assertThat(perReference).hasSize(attempted.size());
            figures(writesPerSecond, acknowledged.size(), attempted.size(), catchUpSeconds);
        }
    }

    private static Set<String> listed(Api api) {
        Set<String> references = new java.util.HashSet<>();
        for (int page = 0; ; page++) {
            var items = api.get("/api/v1/rapid-reviews?size=500&page=" + page).json().path("items");
            items.forEach(item -> references.add(item.path("reference").asText()));
            if (items.size() < 500) {
                return references;
            }
        }
    }

    private static void write(Api api, int writer, AtomicBoolean running, Set<String> attempted, Map<String, String> acknowledged) {
        for (int n = 0; running.get(); n++) {
            String reference = "CRASH-" + writer + "-" + n;
            attempted.add(reference);
            try {
                Api.Response response = api.with("Idempotency-Key", reference).post("/api/v1/rapid-reviews", body(reference));
                if (response.status() == 201) {
                    acknowledged.put(reference, response.text("id"));
                }
            } catch (RuntimeException killed) {
                return; // the connection died with the process: this write got no answer
            }
        }
    }

    private static String body(String reference) {
        return """
                {"reference":"%s","children":["Child K"],"outcome":"SERIOUSLY_HARMED","awareOn":"2025-03-03",
                 "notifiedOn":"2025-03-05","harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""".formatted(reference);
    }

    private static void figures(double writesPerSecond, int acknowledged, int attempted, double catchUpSeconds) throws IOException {
        String database = TestDatabase.postgresUrl() == null ? "H2 file" : "PostgreSQL";
        String line = String.format("%s: %d writers, %.0f acknowledged writes/s (%d acknowledged, %d attempted before SIGKILL);"
                + " every acknowledged write was in the read models %.2f s after the restarted service was up%n", database, WRITERS, writesPerSecond, acknowledged,
                attempted, catchUpSeconds);
        System.out.print(line);
        Path out = Path.of("target/durability/crash-" + (TestDatabase.postgresUrl() == null ? "h2" : "postgresql") + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line);
    }
}
