package uk.org.casereview.projections.shared;

import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the read models of one kind of aggregate: appends each event to its history (recorded_fact) and brings the
 * derived rows up to date by comparing what the history derived before the event with what it derives now.
 * <p>
 * The last histories are cached in memory so that an event does not read its aggregate's history back from the
 * database. A cached history is used only when its last sequence number is the one just before the event's; anything
 * else (a rolled-back batch, a segment processed meanwhile by another instance) reloads it from the database.
 */
public abstract class AggregateProjection<E> {

    private static final int CACHED_AGGREGATES = 20_000;

    protected final JdbcTemplate jdbc;
    protected final FactLog<E> facts;
    private final Map<String, Cached<E>> cache = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Cached<E>> eldest) {
                    return size() > CACHED_AGGREGATES;
                }
            });

    private record Cached<E>(History<E> history, Set<DerivedRow> rows) {
    }

    protected AggregateProjection(JdbcTemplate jdbc, FactLog<E> facts) {
        this.jdbc = jdbc;
        this.facts = facts;
    }

    /** The rows of the read-model tables that the history stands for. */
    protected abstract Set<DerivedRow> derive(History<E> history);

    /** The read-model tables this projection owns, emptied before a rebuild. */
    protected abstract List<String> tables();

    protected void record(String aggregateId, DomainEventMessage<?> message, E event) {
        long seq = message.getSequenceNumber();
        Cached<E> cached = cache.get(aggregateId);
        History<E> history;
        Set<DerivedRow> before;
        if (seq == 0) {
            history = facts.empty();
            before = Set.of();
        } else if (cached != null && cached.history().version() == seq - 1) {
            history = cached.history().copy();
            before = cached.rows();
        } else {
            history = facts.find(aggregateId).orElseGet(facts::empty);
            before = derive(history);
        }
        if (history.version() >= seq) {
            return; // already in the read model
        }
        history.append(new Recorded<>(seq, Recorders.recordedBy(message.getMetaData()), message.getTimestamp(), event));
        facts.insert(aggregateId, history.entries().get(history.entries().size() - 1));
        Set<DerivedRow> after = derive(history);
        DerivedRows.apply(jdbc, before, after);
        cache.put(aggregateId, new Cached<>(history, after));
    }

    protected void reset() {
        cache.clear();
        for (String table : tables()) {
            jdbc.execute("truncate table " + table);
        }
    }
}
