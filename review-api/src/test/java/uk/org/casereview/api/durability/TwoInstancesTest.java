package uk.org.casereview.api.durability;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ServiceProcess;
import uk.org.casereview.api.support.TestDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The scale-out deployment: two instances on one PostgreSQL database (loopback, two ports). Both accept commands,
 * the read-model processor's segments are shared between them, a read on either sees what was written on the other,
 * appends from both at once make one whole chain of links, and when one is killed (SIGKILL) the other takes all its
 * segments over.
 */
class TwoInstancesTest {

    private static final Map<String, String> QUICK = Map.of(
            "casereview.event-processing.balance-interval", "1s",
            "axon.eventhandling.processors.read-models.token-claim-interval", "1000",
            "axon.eventhandling.tokenstore.claim-timeout", "4s");

    @Test
    void twoInstancesShareTheWorkAndOneTakesOverWhenTheOtherIsKilled(@TempDir Path dataDir) throws Exception {
        if (TestDatabase.postgresUrl() == null) {
            Assumptions.abort("two instances share one PostgreSQL database: set CASEREVIEW_TEST_DATABASE_URL to run this test");
        }
        try (ServiceProcess first = ServiceProcess.start(dataDir, "first", QUICK);
             ServiceProcess second = ServiceProcess.start(dataDir, "second", QUICK)) {
            JdbcTemplate db = database(dataDir);
            // a segment being handed over is owned by neither for a moment: wait for the shared state, two each
            await("the instances hold two segments each", () -> segmentsByOwner(db).equals(List.of(2L, 2L)));

            String writtenOnFirst = notify(first.api(), "RR-TWO-1");
            String writtenOnSecond = notify(second.api(), "RR-TWO-2");
            await("a read on either instance sees the other's write", () ->
                    second.api().get("/api/v1/rapid-reviews/" + writtenOnFirst).status() == 200
                            && first.api().get("/api/v1/rapid-reviews/" + writtenOnSecond).status() == 200);

            // both instances appending at once make one chain, in global-index order, with no broken link
            Thread[] writers = new Thread[4];
            List<String> refused = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            for (int w = 0; w < writers.length; w++) {
                Api api = (w % 2 == 0 ? first : second).api();
                int writer = w;
                writers[w] = new Thread(() -> {
                    for (int n = 0; n < 10; n++) {
                        Api.Response response = api.post("/api/v1/rapid-reviews", """
                                {"reference":"RR-CHAIN-%d-%d","children":["Child T"],"outcome":"DIED","awareOn":"2025-04-01",
                                 "notifiedOn":"2025-04-02","harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""".formatted(writer, n));
                        if (response.status() != 201) {
                            refused.add(response.toString());
                        }
                    }
                });
                writers[w].start();
            }
            for (Thread writer : writers) {
                writer.join();
            }
            assertThat(refused).isEmpty();
            Api.Response integrity = first.api().get("/api/v1/integrity");
            assertThat(integrity.status()).as(integrity.toString()).isEqualTo(200);
            assertThat(integrity.json().path("firstBrokenLink").isNull()).as(integrity.toString()).isTrue();
            assertThat(integrity.json().path("length").asLong())
                    .isEqualTo(db.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(42);

            long killed = System.nanoTime();
            first.kill();
            await("the surviving instance holds every segment", () -> owners(db).size() == 1
                    && db.queryForObject("select count(*) from token_entry where owner is not null", Long.class) == 4);
            double takeover = (System.nanoTime() - killed) / 1e9;

            String afterwards = notify(second.api(), "RR-TWO-3");
            assertThat(second.api().get("/api/v1/rapid-reviews/" + afterwards).status()).isEqualTo(200);
            assertThat(second.api().get("/api/v1/rapid-reviews/" + writtenOnFirst).status()).isEqualTo(200);
            String line = String.format("two instances on PostgreSQL: the survivor held all 4 segments %.1f s after the other was killed"
                    + " (claim timeout 4 s)%n", takeover);
            System.out.print(line);
            Files.createDirectories(Path.of("target/durability"));
            Files.writeString(Path.of("target/durability/two-instances.txt"), line);
        }
    }

    private static String notify(Api api, String reference) {
        Api.Response response = api.post("/api/v1/rapid-reviews", """
                {"reference":"%s","children":["Child T"],"outcome":"DIED","awareOn":"2025-04-01","notifiedOn":"2025-04-02",
                 "harmCategories":["NEGLECT"],"themes":["NEGLECT"]}""".formatted(reference));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    private static List<Long> segmentsByOwner(JdbcTemplate db) {
        return db.queryForList("select count(*) from token_entry where owner is not null group by owner order by count(*)", Long.class);
    }

    private static List<String> owners(JdbcTemplate db) {
        return db.queryForList("select distinct owner from token_entry where owner is not null", String.class);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what);
            }
            Thread.sleep(250);
        }
    }

    private static JdbcTemplate database(Path dataDir) throws IOException {
        Map<String, String> properties = TestDatabase.properties(dataDir);
        return new JdbcTemplate(new DriverManagerDataSource(properties.get("spring.datasource.url"),
                properties.get("spring.datasource.username"), properties.get("spring.datasource.password")));
    }
}
