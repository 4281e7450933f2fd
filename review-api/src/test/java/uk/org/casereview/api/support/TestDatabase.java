package uk.org.casereview.api.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Path;
import java.util.Map;

/**
 * The database the end-to-end tests run on: the embedded default (file H2 in the given data directory), or PostgreSQL
 * when the environment names one with CASEREVIEW_TEST_DATABASE_URL (and _USERNAME, _PASSWORD). CI runs the suite both ways.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static String postgresUrl() {
        return System.getenv("CASEREVIEW_TEST_DATABASE_URL");
    }

    public static void register(DynamicPropertyRegistry registry, Path dataDir) {
        properties(dataDir).forEach((name, value) -> registry.add(name, () -> value));
    }

    /**
     * The properties that point the application at the test database. On PostgreSQL each data directory gets a schema
     * of its own, so that test applications do not see each other's events.
     */
    public static Map<String, String> properties(Path dataDir) {
        return postgresUrl() == null ? embedded(dataDir) : postgres(dataDir);
    }

    /** The embedded default: file H2 in the data directory, whatever the environment says. */
    public static Map<String, String> embedded(Path dataDir) {
        return Map.of("casereview.data-dir", dataDir.toString());
    }

    /** PostgreSQL (CASEREVIEW_TEST_DATABASE_URL must be set), in a schema of the data directory's own. */
    public static Map<String, String> postgres(Path dataDir) {
        String url = postgresUrl();
        // the directory's name and a hash of its whole path: two temporary directories named alike ("from", "to") in
        // different runs get schemas of their own, never one left over from an earlier run
        String schema = "t_" + dataDir.getFileName().toString().toLowerCase().replaceAll("[^a-z0-9]", "_")
                + "_" + Integer.toHexString(dataDir.toAbsolutePath().normalize().toString().hashCode());
        return Map.of(
                "casereview.data-dir", dataDir.toString(),
                "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "spring.flyway.default-schema", schema,
                "spring.flyway.schemas", schema,
                "spring.datasource.username", System.getenv().getOrDefault("CASEREVIEW_TEST_DATABASE_USERNAME", "casereview"),
                "spring.datasource.password", System.getenv().getOrDefault("CASEREVIEW_TEST_DATABASE_PASSWORD", "casereview"));
    }

    /** A connection to the database the properties point at (the file H2 of the data directory when they name none). */
    public static JdbcTemplate jdbc(Map<String, String> properties) {
        String url = properties.getOrDefault("spring.datasource.url", "jdbc:h2:file:" + Path.of(properties.get("casereview.data-dir"))
                .toAbsolutePath() + "/casereview;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE");
        return new JdbcTemplate(new DriverManagerDataSource(url, properties.getOrDefault("spring.datasource.username", "sa"),
                properties.getOrDefault("spring.datasource.password", "")));
    }
}
