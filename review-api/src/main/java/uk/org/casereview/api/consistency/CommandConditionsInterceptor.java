package uk.org.casereview.api.consistency;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.problem.PreconditionFailedException;

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
    private final IdempotencyKeys idempotencyKeys;

    public CommandConditionsInterceptor(JdbcTemplate jdbc, IdempotencyKeys idempotencyKeys) {
        this.jdbc = jdbc;
        this.idempotencyKeys = idempotencyKeys;
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
                throw PreconditionFailedException.staleVersion(version, expectedVersion);
            }
        }
        Object result = chain.proceed();
        Object key = command.getMetaData().get(IDEMPOTENCY_KEY);
        if (key != null) {
            idempotencyKeys.record(key.toString(), String.valueOf(command.getMetaData().get(REQUEST_HASH)), String.valueOf(aggregateId), result);
        }
        return result;
    }
}
