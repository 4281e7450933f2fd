package uk.org.casereview.api.shared;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import uk.org.casereview.projections.shared.Recorders;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Sends a command on behalf of the current user, with who recorded it and the request's correlation id in its
 * metadata, and returns once the read models show its effect.
 */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final ReadYourWrites readYourWrites;
    private final CurrentUser currentUser;

    public Commands(CommandGateway gateway, ReadYourWrites readYourWrites, CurrentUser currentUser) {
        this.gateway = gateway;
        this.readYourWrites = readYourWrites;
        this.currentUser = currentUser;
    }

    /** Sends the command to the aggregate and waits for the read models; returns the command handler's result. */
    public <R> R send(String aggregateId, Object command) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(Recorders.RECORDED_BY, currentUser.name());
        String correlationId = MDC.get(Recorders.CORRELATION_ID);
        metaData.put(Recorders.CORRELATION_ID, correlationId != null ? correlationId : UUID.randomUUID().toString());
        R result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metaData)));
        readYourWrites.awaitAggregate(aggregateId);
        return result;
    }
}
