package uk.org.casereview.projections.readmodel;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the read models of one kind of aggregate: brings the rows derived from the aggregate's history (its events in
 * the event store) up to date by comparing the rows its history derived before a batch of events with those it derives
 * after them.
 * <p>
 * The event processor hands events over in batches, each in one unit of work and one transaction with its tokens.
 * The writes of a batch are gathered and sent at the end of it as JDBC batches, one comparison per aggregate.
 * The last histories are also cached in memory, once their batch has committed, so that an event does not read its
 * aggregate's history back from the database. A cached history is used only when its last sequence number is the one
 * just before the event's; anything else (a segment processed meanwhile by another instance) reloads it from the
 * database. An event the cache (or the tables, {@link #storedVersion}) already holds, committed, is one handed over
 * again: it is left out, since the daily counts ({@link DailyCounts}) must not count it twice.
 */
public abstract class AggregateProjection<E> {

    private static final int CACHED_AGGREGATES = 20_000;

    protected final JdbcTemplate jdbc;
    protected final FactLog<E> facts;
    private final String batchResource = getClass().getName() + ".batch";
    private final Map<String, Cached<E>> cache = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached<E>> eldest) {
            return size() > CACHED_AGGREGATES;
        }
    });

    private record Cached<E>(History<E> history, Set<DerivedRow> rows) {
    }

    /**
     * What a batch has done to one aggregate: its rows before the batch, and its history now (the batch's own copy,
     * appended to by each of its events). The rows of the history now are derived once, when the batch is written.
     */
    private record Touched<E>(Set<DerivedRow> before, History<E> history) {
    }

    /** The aggregates a batch has touched, written when the batch commits. */
    private final class Batch {
        private final Map<String, Touched<E>> touched = new LinkedHashMap<>();
        private final RowChanges changes = new RowChanges(dialect());

        private final Map<String, Cached<E>> written = new LinkedHashMap<>();
        private boolean counting;

        void write() {
            touched.forEach((id, t) -> {
                Cached<E> derived = new Cached<>(t.history(), derive(t.history()));
                changes.compare(t.before(), derived.rows());
                written.put(id, derived);
            });
            changes.applyRows(jdbc);
            if (changes.addsToDailyCounts()) {
                DailyCounts.WRITING.lock(); // held until the batch has committed or rolled back: see DailyCounts
                counting = true;
            }
            changes.applyDailyCounts(jdbc);
            touched.clear();
        }

        /** After the commit or the rollback. */
        void cleanUp() {
            if (counting) {
                counting = false;
                DailyCounts.WRITING.unlock();
            }
        }

        /** Once the batch has committed: its histories are what the tables hold. */
        void committed() {
            cache.putAll(written);
            written.clear();
        }
    }

    private volatile SqlDialect dialect;

    protected AggregateProjection(JdbcTemplate jdbc, FactLog<E> facts) {
        this.jdbc = jdbc;
        this.facts = facts;
    }

    private SqlDialect dialect() {
        if (dialect == null) {
            dialect = SqlDialect.of(jdbc);
        }
        return dialect;
    }

    /** True when the event belongs to this projection's kind of aggregate. */
    public boolean handles(Object event) {
        return facts.eventType().isInstance(event);
    }

    /** The rows of a whole history handed over at once (a bulk load), for events this projection handles. */
    @SuppressWarnings("unchecked")
    public Set<DerivedRow> deriveAll(List<? extends Recorded<?>> history) {
        return derive(new History<>((List<Recorded<E>>) history, facts.businessDate()));
    }

    /** The rows of the read-model tables that the history stands for. */
    protected abstract Set<DerivedRow> derive(History<E> history);

    /**
     * The last sequence number of the aggregate's events that the tables hold, or -1 when they do not say: a projection
     * whose rows must not see an event twice (it adds to the daily counts) keeps it in a row.
     */
    protected long storedVersion(String aggregateId) {
        return -1;
    }

    /** The read-model tables this projection owns, emptied before a rebuild. */
    protected abstract List<String> tables();

    protected void record(String aggregateId, DomainEventMessage<?> message, E event) {
        boolean inUnitOfWork = CurrentUnitOfWork.isStarted();
        Batch batch = inUnitOfWork ? batch(CurrentUnitOfWork.get()) : new Batch();
        long seq = message.getSequenceNumber();
        Touched<E> touched = batch.touched.get(aggregateId);
        if (touched == null) {
            Cached<E> committed = cache.get(aggregateId);
            if (committed != null ? committed.history().version() >= seq : storedVersion(aggregateId) >= seq) {
                return; // handed over again: its batch has committed
            }
            Cached<E> before = load(aggregateId, seq);
            touched = new Touched<>(before.rows(), before.history().copy());
            batch.touched.put(aggregateId, touched);
        } else if (touched.history().version() >= seq) {
            return; // handed over twice in one batch
        }
        touched.history().append(new Recorded<>(seq, Recorders.recordedBy(message.getMetaData()), message.getTimestamp(), event));
        if (!inUnitOfWork) {
            try {
                batch.write();
                batch.committed();
            } finally {
                batch.cleanUp();
            }
        }
    }

    private Batch batch(UnitOfWork<?> unitOfWork) {
        UnitOfWork<?> root = unitOfWork.root();
        return root.getOrComputeResource(batchResource, key -> {
            Batch batch = new Batch();
            root.onPrepareCommit(u -> batch.write());
            root.afterCommit(u -> batch.committed());
            root.onCleanup(u -> batch.cleanUp());
            return batch;
        });
    }

    /**
     * The aggregate as the read model has it before the event with the given sequence number: its history up to the
     * event before, from the cache or the event store, and the rows that history derives (the rows in the tables, since
     * the processor hands an aggregate's events over in order, each batch committed with its token).
     */
    private Cached<E> load(String aggregateId, long seq) {
        if (seq == 0) {
            return new Cached<>(facts.empty(), Set.of());
        }
        Cached<E> cached = cache.get(aggregateId);
        if (cached != null && cached.history().version() == seq - 1) {
            return cached;
        }
        History<E> history = facts.find(aggregateId).map(h -> h.before(seq)).orElseGet(facts::empty);
        return new Cached<>(history, derive(history));
    }

    protected void reset() {
        cache.clear();
        for (String table : tables()) {
            jdbc.execute("truncate table " + table);
        }
    }
}
