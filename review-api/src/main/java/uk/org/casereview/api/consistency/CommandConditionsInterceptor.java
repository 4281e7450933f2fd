package uk.org.casereview.api.consistency;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.problem.PreconditionFailedException;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Checks a command's conditions inside its unit of work, in the transaction that appends its events: the version the
 * client expects (If-Match), and the idempotency key, recorded with the command's result in the same transaction, so
 * that a request with the same key is recorded once or not at all.
 */
@Component
public class CommandConditionsInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    public static final String AGGREGATE_ID = "aggregateId";
    public static final String EXPECTED_VERSION = "expectedVersion";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    public static final String REQUEST_HASH = "requestHash";

    private final JdbcTemplate jdbc;

    public CommandConditionsInterceptor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object aggregateId = command.getMetaData().get(AGGREGATE_ID);
        Object expected = command.getMetaData().get(EXPECTED_VERSION);
        if (expected != null && aggregateId != null) {
            Long version = jdbc.queryForObject("select max(sequence_number) from domain_event_entry where aggregate_identifier = ?",
                    Long.class, aggregateId.toString());
            long expectedVersion = ((Number) expected).longValue();
            if (version == null || version != expectedVersion) {
                throw new PreconditionFailedException("the resource is at version " + version + ", not " + expectedVersion
                        + " as If-Match says: read it again and retry");
            }
        }
        Object result = chain.proceed();
        Object key = command.getMetaData().get(IDEMPOTENCY_KEY);
        if (key != null) {
            jdbc.update("insert into idempotency_key (idempotency_key, request_hash, aggregate_id, result, created_at) values (?, ?, ?, ?, ?)",
                    key.toString(), String.valueOf(command.getMetaData().get(REQUEST_HASH)), String.valueOf(aggregateId),
                    result == null ? null : result.toString(), Timestamp.from(Instant.now()));
        }
        return result;
    }
}
