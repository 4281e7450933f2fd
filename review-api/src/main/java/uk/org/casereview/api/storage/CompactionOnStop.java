package uk.org.casereview.api.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded database compacted when the service stops: H2 keeps the pages its commits have replaced (a rebuild, a
 * bulk first start or an import leaves the file several times the size of what it holds) and gives the space back only
 * when the database is closed. At a graceful stop (SIGTERM, {@code docker stop}), after the web server and the event
 * processors have stopped, this runs {@code SHUTDOWN COMPACT}: H2 copies what is live into a new file and puts it in
 * the old one's place (a copy interrupted by a kill is cleaned up when the file is next opened, the old file intact).
 * It takes seconds for a partnership's database and about a minute for a national history (README, "Start-up, memory
 * and disk"); {@code casereview.h2-compact-on-stop=false} leaves the file as it is. Nothing to do on PostgreSQL, whose
 * autovacuum gives the space back while it runs.
 */
@Component
public class CompactionOnStop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CompactionOnStop.class);
    private static final String EMBEDDED = "jdbc:h2:file:";

    private final DataSource dataSource;
    private final Path file;
    private volatile boolean running;

    public CompactionOnStop(DataSource dataSource, @Value("${spring.datasource.url:}") String databaseUrl,
                            @Value("${casereview.h2-compact-on-stop:true}") boolean compactOnStop) {
        this.dataSource = dataSource;
        this.file = compactOnStop && databaseUrl.startsWith(EMBEDDED) ? fileOf(databaseUrl) : null;
    }

    /** The database file of an embedded URL: its path, without the settings after the first semicolon, and H2's suffix. */
    static Path fileOf(String databaseUrl) {
        String path = databaseUrl.substring(EMBEDDED.length());
        int settings = path.indexOf(';');
        return Path.of((settings < 0 ? path : path.substring(0, settings)) + ".mv.db");
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (file == null) {
            return;
        }
        long before = size();
        long started = System.nanoTime();
        log.info("Compacting the embedded database {} ({} MiB)", file, before >> 20);
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
        } catch (SQLException e) {
            log.warn("The embedded database was not compacted: {}", e.getMessage());
            return;
        } finally {
            closeQuietly(connection);
        }
        log.info("Compacted the embedded database from {} MiB to {} MiB in {} ms", before >> 20, size() >> 20,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** After SHUTDOWN the pool's connection is a connection to a closed database: closing it (or not) changes nothing. */
    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException closed) {
            log.debug("the connection to the database just shut down: {}", closed.getMessage());
        }
    }

    private long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped last: after the web server, the event processors and everything else that writes. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }
}
