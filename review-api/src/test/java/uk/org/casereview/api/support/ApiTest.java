package uk.org.casereview.api.support;

import org.springframework.beans.factory.annotation.Autowired;
import uk.org.casereview.api.web.ProcessorTokens;
import uk.org.casereview.api.web.ReadYourWrites;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * End-to-end tests over HTTP against the running application on a real database: a file H2 database in a temporary
 * data directory (or PostgreSQL when CASEREVIEW_TEST_DATABASE_URL is set). "Today" is fixed at 30 June 2025.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"casereview.fixed-date=" + ApiTest.TODAY, "casereview.metrics.refresh-interval=1s"})
@ActiveProfiles("e2e")
@AutoConfigureObservability // metrics as in production: /actuator/prometheus is served
public abstract class ApiTest {

    public static final String TODAY = "2025-06-30";

    private static final Path DATA_DIR = createDataDir();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    /** A client signed in as "tester", who may record, read, see the audit trail and administer. */
    protected Api api() {
        return new Api(port).as("tester", "tester-secret");
    }

    /** A client signed in as one of the test users of application-e2e.yml (password: name-secret, police-lead: police-secret). */
    protected Api api(String user) {
        return new Api(port).as(user, user.equals("police-lead") ? "police-secret" : user.equals("prometheus") ? "metrics-secret" : user + "-secret");
    }

    /** A client with no credentials. */
    protected Api anonymous() {
        return new Api(port);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, DATA_DIR);
    }

    @Autowired
    protected ProcessorTokens processorTokens;

    @Autowired
    protected ReadYourWrites readYourWrites;

    /**
     * Waits (up to 5 s) until the read-model processor has projected every event of the event store (each by the segment
     * that handles its aggregate: see {@link ReadYourWrites#caughtUp()}), so that a snapshot of the read models is not taken while an earlier write is still being projected.
     */
    protected boolean awaitReadModels() {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
        while (true) {
            if (readYourWrites.caughtUp()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    protected long eventCount() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("casereview-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
