package uk.org.casereview.api.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.consistency.CommandConditionsInterceptor;
import uk.org.casereview.api.consistency.IdempotencyKeys;
import uk.org.casereview.api.consistency.RequestConditions;
import uk.org.casereview.api.problem.Causes;
import uk.org.casereview.api.problem.IdempotencyKeyReusedException;
import uk.org.casereview.api.problem.PreconditionFailedException;
import uk.org.casereview.projections.readmodel.Recorders;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Sends a command on behalf of the current user, with who recorded it and the request's correlation id in its
 * metadata, and returns once the read models show its effect. With If-Match the aggregate must still be at that version
 * (412 otherwise); with an Idempotency-Key a request already recorded returns the first result instead of acting again.
 */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final ReadYourWrites readYourWrites;
    private final CurrentUser currentUser;
    private final RequestConditions conditions;
    private final IdempotencyKeys idempotencyKeys;

    public Commands(CommandGateway gateway, ReadYourWrites readYourWrites, CurrentUser currentUser, RequestConditions conditions,
                    IdempotencyKeys idempotencyKeys) {
        this.gateway = gateway;
        this.readYourWrites = readYourWrites;
        this.currentUser = currentUser;
        this.conditions = conditions;
        this.idempotencyKeys = idempotencyKeys;
    }

    /** Sends the command to the aggregate and waits for the read models; returns the command handler's result. */
    @SuppressWarnings("unchecked")
    public <R> R send(String aggregateId, Object command) {
        Map<String, Object> metaData = metaData(aggregateId);
        Long expectedVersion = conditions.expectedVersion();
        if (expectedVersion != null) {
            metaData.put(CommandConditionsInterceptor.EXPECTED_VERSION, expectedVersion);
        }
        String key = conditions.idempotencyKey(currentUser.name());
        String requestHash = key == null ? null : conditions.requestHash();
        if (key != null) {
            metaData.put(CommandConditionsInterceptor.IDEMPOTENCY_KEY, key);
            metaData.put(CommandConditionsInterceptor.REQUEST_HASH, requestHash);
        }
        R result;
        try {
            result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metaData)));
        } catch (RuntimeException e) {
            if (key != null) {
                Map<String, Object> first = idempotencyKeys.recorded(key);
                if (first != null) {
                    return (R) replay(first, requestHash);
                }
            }
            if (expectedVersion != null && Causes.find(e, ConcurrencyException.class) != null) {
                throw new PreconditionFailedException("the resource changed while the request was made: read it again and retry");
            }
            throw e;
        }
        readYourWrites.awaitAggregate(aggregateId);
        return result;
    }

    /**
     * The metadata of a command for the aggregate sent on behalf of the current user: who recorded it, the request's
     * correlation id (a new one outside a request), and the aggregate it is for.
     */
    public Map<String, Object> metaData(String aggregateId) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(Recorders.RECORDED_BY, currentUser.name());
        String correlationId = MDC.get(Recorders.CORRELATION_ID);
        metaData.put(Recorders.CORRELATION_ID, correlationId != null ? correlationId : UUID.randomUUID().toString());
        metaData.put(CommandConditionsInterceptor.AGGREGATE_ID, aggregateId);
        return metaData;
    }

    private Object replay(Map<String, Object> first, String requestHash) {
        if (!String.valueOf(first.get("request_hash")).equals(requestHash)) {
            throw new IdempotencyKeyReusedException("this Idempotency-Key was used for a different request");
        }
        readYourWrites.awaitAggregate(String.valueOf(first.get("aggregate_id")));
        return first.get("result");
    }
}
