package uk.org.casereview.projections.readmodel;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.transaction.support.TransactionOperations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The histories of one kind of aggregate, read from the event store: every event with who recorded it and when. Views
 * and timelines are folds over a history; the read-model tables are derived from it.
 */
public final class FactLog<E> {

    private static final int KEPT_HISTORIES = 20_000;

    private final EventStore eventStore;
    private final Class<E> eventType;
    private final Function<E, LocalDate> businessDate;
    private final TransactionOperations pages;
    private final Map<String, History<E>> histories = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, History<E>> eldest) {
            return size() > KEPT_HISTORIES;
        }
    });

    public FactLog(EventStore eventStore, Class<E> eventType, Function<E, LocalDate> businessDate) {
        this(eventStore, eventType, businessDate, TransactionOperations.withoutTransaction());
    }

    private FactLog(EventStore eventStore, Class<E> eventType, Function<E, LocalDate> businessDate, TransactionOperations pages) {
        this.eventStore = eventStore;
        this.eventType = eventType;
        this.businessDate = businessDate;
        this.pages = pages;
    }

    /**
     * The same histories, a page of them ({@link #findInOrder}) read in one transaction of {@code pages}: one commit
     * instead of one for each history read (a round trip each on PostgreSQL).
     */
    public FactLog<E> readingPagesIn(TransactionOperations pages) {
        return new FactLog<>(eventStore, eventType, businessDate, pages);
    }

    public Class<E> eventType() {
        return eventType;
    }

    public Function<E, LocalDate> businessDate() {
        return businessDate;
    }

    public History<E> empty() {
        return new History<>(List.of(), businessDate);
    }

    /**
     * The aggregate's history; empty when nothing of this kind was recorded with the id. The histories last read are
     * kept, and only the events recorded since are read from the event store (recorded events never change), so that
     * reading a long history again costs what its new events cost.
     */
    public Optional<History<E>> find(String aggregateId) {
        History<E> known = histories.get(aggregateId);
        List<Recorded<E>> later = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(aggregateId, known == null ? 0 : known.version() + 1);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            Object payload = message.getPayload();
            if (!eventType.isInstance(payload)) {
                return Optional.empty();
            }
            later.add(new Recorded<>(message.getSequenceNumber(), Recorders.recordedBy(message.getMetaData()),
                    message.getTimestamp(), eventType.cast(payload)));
        }
        if (later.isEmpty()) {
            return Optional.ofNullable(known);
        }
        History<E> history = known == null ? new History<>(later, businessDate) : known.copy();
        if (known != null) {
            later.forEach(history::append);
        }
        histories.put(aggregateId, history);
        return Optional.of(history);
    }

    /** The histories of the given ids, in the order of the ids (missing ones left out). */
    public List<History<E>> findInOrder(Collection<String> aggregateIds) {
        return pages.execute(status -> {
            Map<String, History<E>> histories = new LinkedHashMap<>();
            for (String id : aggregateIds) {
                find(id).ifPresent(history -> histories.put(id, history));
            }
            return List.copyOf(histories.values());
        });
    }
}
