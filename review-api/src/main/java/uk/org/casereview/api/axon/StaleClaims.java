package uk.org.casereview.api.axon;

import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.projections.readmodel.SqlDialect;

/**
 * On the embedded H2 file only one process can have the database open, so a claim on a token at start-up belongs to a
 * process that died (killed, not stopped). It is released before the processors start, so that the read models catch
 * up at once instead of after the claim timeout. On PostgreSQL, where instances share the database, claims time out.
 */
@Component
public class StaleClaims {

    private static final Logger log = LoggerFactory.getLogger(StaleClaims.class);

    private final JdbcTemplate jdbc;

    public StaleClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostConstruct
    void releaseOnEmbeddedDatabase() {
        if (SqlDialect.of(jdbc) == SqlDialect.H2) {
            int released = jdbc.update("update token_entry set owner = null where owner is not null");
            if (released > 0) {
                log.warn("released {} token claims left by a process that did not stop cleanly", released);
            }
        }
    }
}
