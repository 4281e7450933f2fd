package uk.org.casereview.api.consistency;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.problem.PreconditionFailedException;

import java.util.List;
import java.util.function.BiFunction;

/**
 * If-Match, checked against the aggregate as the command handler loaded it: the first event the command appends must
 * follow the version the client expects. (A check before loading could pass for two racing clients.) Together with the
 * event store's unique (aggregate, sequence number), exactly one of several clients sending the same version wins.
 */
@Component
public class ExpectedVersionCheck implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String CHECKED = ExpectedVersionCheck.class.getName() + ".checked";

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            if (event instanceof DomainEventMessage<?> domainEvent && CurrentUnitOfWork.isStarted()) {
                check(CurrentUnitOfWork.get().root(), domainEvent);
            }
            return event;
        };
    }

    private static void check(UnitOfWork<?> command, DomainEventMessage<?> event) {
        Object expected = command.getMessage().getMetaData().get(CommandConditionsInterceptor.EXPECTED_VERSION);
        Object aggregateId = command.getMessage().getMetaData().get(CommandConditionsInterceptor.AGGREGATE_ID);
        if (expected == null || !event.getAggregateIdentifier().equals(aggregateId) || command.resources().containsKey(CHECKED)) {
            return;
        }
        command.resources().put(CHECKED, Boolean.TRUE);
        long version = event.getSequenceNumber() - 1;
        if (version != ((Number) expected).longValue()) {
            throw PreconditionFailedException.staleVersion(version, expected);
        }
    }
}
