package uk.org.casereview.api.consistency;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Forgets an Idempotency-Key once its retention has passed ({@code casereview.idempotency.retention}, 7 days by
 * default): a client retries a request within seconds or hours, and the table stays small. A command sent again with a
 * forgotten key is a new command; a creation is refused (422), since the key names what it would create.
 */
@Component
public class IdempotencyKeys {

    private final JdbcTemplate jdbc;
    private final Duration retention;

    public IdempotencyKeys(JdbcTemplate jdbc, @Value("${casereview.idempotency.retention:P7D}") Duration retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    @Scheduled(initialDelayString = "${casereview.idempotency.cleanup-interval:1h}",
            fixedDelayString = "${casereview.idempotency.cleanup-interval:1h}")
    public void forgetExpired() {
        forgetRecordedBefore(Instant.now().minus(retention));
    }

    /** True while the key (as {@link RequestConditions#idempotencyKey} makes it, per user) is remembered. */
    public boolean remembered(String key) {
        return jdbc.queryForObject("select count(*) from idempotency_key where idempotency_key = ?", Long.class, key) > 0;
    }

    /** True when the event store has an aggregate with this identifier. */
    public boolean aggregateExists(String id) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? and sequence_number = 0",
                Long.class, id) > 0;
    }

    /** Deletes the keys recorded before the instant; returns how many. */
    public int forgetRecordedBefore(Instant instant) {
        return jdbc.update("delete from idempotency_key where created_at < ?", Timestamp.from(instant));
    }
}
