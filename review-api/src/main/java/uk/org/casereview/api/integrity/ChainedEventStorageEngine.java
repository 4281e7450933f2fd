package uk.org.casereview.api.integrity;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.util.List;

/**
 * Axon's JDBC storage engine that chains what it appends: in one transaction it locks the chain's head, inserts the
 * events (Axon's own statement) and writes their links ({@link EventChain}). A failed append (a concurrent change of
 * the aggregate) rolls its links back with its events.
 */
public class ChainedEventStorageEngine extends JdbcEventStorageEngine {

    private final EventChain chain;
    private final TransactionManager transactionManager;

    public ChainedEventStorageEngine(JdbcEventStorageEngine.Builder builder, EventChain chain, TransactionManager transactionManager) {
        super(builder);
        this.chain = chain;
        this.transactionManager = transactionManager;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactionManager.executeInTransaction(() -> {
            EventChain.Head head = chain.lockHead();
            super.appendEvents(events, serializer);
            chain.chain(head, events.stream().map(EventMessage::getIdentifier).toList());
        });
    }
}
