package uk.org.casereview.api.consistency;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Idempotency-Keys of requests recorded, each with what the first request returned. A key is forgotten once its
 * retention has passed ({@code casereview.idempotency.retention}, 7 days by
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

    /** Records the key with the request's hash and the command's result, in the transaction of the command's events. */
    void record(String key, String requestHash, String aggregateId, Object result) {
        jdbc.update("insert into idempotency_key (idempotency_key, request_hash, aggregate_id, result, created_at) values (?, ?, ?, ?, ?)",
                key, requestHash, aggregateId, result == null ? null : result.toString(), Timestamp.from(Instant.now()));
    }

    /**
     * What the first request with the key (as {@link RequestConditions#idempotencyKey} makes it, per user) recorded:
     * request_hash, aggregate_id and result; null when the key is not remembered.
     */
    public Map<String, Object> recorded(String key) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select request_hash, aggregate_id, result from idempotency_key where idempotency_key = ?", key);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** True while the key is remembered. */
    public boolean remembered(String key) {
        return recorded(key) != null;
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
