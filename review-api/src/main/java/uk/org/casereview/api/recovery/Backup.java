package uk.org.casereview.api.recovery;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.domain.commandhandling.CommandRefusedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

/**
 * An online backup of the embedded database into {@code <data-dir>/backups/}: H2's {@code BACKUP TO} writes a zip of
 * the database file as committed, consistent, while writes go on. What the backup holds is then read from the backup
 * itself (H2 opens a database inside a zip, read-only): the head of the chain and its length, to compare with
 * {@code GET /api/v1/integrity} after a restore. On PostgreSQL it is refused: use pg_dump (README).
 */
@Component
public class Backup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final Path backups;
    private final Clock clock;

    public Backup(JdbcTemplate jdbc, @Value("${casereview.data-dir}") Path dataDir, Clock clock) {
        this.jdbc = jdbc;
        this.backups = dataDir.resolve("backups").toAbsolutePath();
        this.clock = clock;
    }

    public record Made(String file, long size, long length, String head) {
    }

    public synchronized Made backUp() throws IOException {
        String database = jdbc.execute((Connection con) -> con.getMetaData().getDatabaseProductName());
        if (!"H2".equals(database)) {
            throw new CommandRefusedException("the backup endpoint backs up the embedded database; on " + database
                    + " use its own tools (pg_dump, see the README)");
        }
        Files.createDirectories(backups);
        Path file = backups.resolve("casereview-" + STAMP.format(clock.instant()) + ".zip");
        for (int n = 2; Files.exists(file); n++) {
            file = backups.resolve("casereview-" + STAMP.format(clock.instant()) + "-" + n + ".zip");
        }
        jdbc.execute("backup to '" + file.toString().replace("'", "''") + "'");
        try (Connection backup = DriverManager.getConnection("jdbc:h2:zip:" + file + "!/casereview;ACCESS_MODE_DATA=r", "sa", "");
             Statement statement = backup.createStatement();
             ResultSet head = statement.executeQuery("select length, link from event_chain_head where id = 1")) {
            boolean chained = head.next();
            return new Made(file.toString(), Files.size(file), chained ? head.getLong(1) : 0,
                    chained && head.getLong(1) > 0 ? head.getString(2) : null);
        } catch (SQLException e) {
            throw new IllegalStateException("the backup " + file + " was written but cannot be opened", e);
        }
    }
}
