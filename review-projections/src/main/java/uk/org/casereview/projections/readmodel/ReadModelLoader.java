package uk.org.casereview.projections.readmodel;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Loads the read models in bulk from the event store, for a rebuild: reads every event up to a global index aggregate
 * by aggregate (in the order of the event store's (aggregate, sequence) index), derives each aggregate's rows once
 * from its whole history with the same functions the projections use, and inserts them in JDBC batches, committing
 * every few thousand aggregates, on a thread of its own. The tables must be empty (the projections' reset handlers empty
 * them); their secondary indexes are dropped for the load and created again after it ({@link SecondaryIndexes}).
 */
@Component
public class ReadModelLoader {

    private static final int AGGREGATES_PER_COMMIT = 2_000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final StoredEvents storedEvents;
    private final List<AggregateProjection<?>> projections;

    public ReadModelLoader(DataSource dataSource, PlatformTransactionManager transactionManager, Serializer serializer,
                           EventUpcaster upcasters, List<AggregateProjection<?>> projections) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactionManager);
        this.storedEvents = new StoredEvents(serializer, upcasters);
        this.projections = projections;
    }

    /**
     * Loads the rows of every event with a global index up to {@code headIndex} but those {@code leftOut} (the gaps of
     * the processor's token, which the processor handles when they appear); returns how many events it read.
     */
    public long loadUpTo(long headIndex, Set<Long> leftOut) {
        SecondaryIndexes indexes = new SecondaryIndexes(jdbc);
        indexes.drop(projections.stream().flatMap(projection -> projection.tables().stream()).distinct().toList());
        RuntimeException failure = null;
        try {
            return read(headIndex, leftOut);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            try {
                indexes.restore();
            } catch (RuntimeException e) {
                if (failure == null) {
                    throw e;
                }
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * Creates again the indexes a load dropped and could not restore (it failed, and so did creating them): the next
     * start does, so that no query runs without them for longer than it must.
     */
    public void restoreIndexes() {
        new SecondaryIndexes(jdbc).restore();
    }

    private long read(long headIndex, Set<Long> leftOut) {
        long events = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // PostgreSQL streams a result set only inside a transaction
            // no "where global_index <= ?": that makes H2 sort a copy of the whole table instead of walking the index
            try (PreparedStatement query = connection.prepareStatement(
                    "select aggregate_identifier, sequence_number, payload_type, payload_revision, payload, time_stamp, global_index, type"
                            + " from domain_event_entry order by aggregate_identifier, sequence_number")) {
                query.setFetchSize(1_000);
                try (ResultSet rs = query.executeQuery()) {
                    events = load(rs, headIndex, leftOut);
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event store", e);
        }
        return events;
    }

    /**
     * Reads and derives on this thread while a writer thread inserts the previous chunk's rows: the two take about as
     * long as each other, so on two processors the load takes about half as long as doing one after the other.
     */
    private long load(ResultSet rs, long headIndex, Set<Long> leftOut) throws SQLException {
        SqlDialect dialect = SqlDialect.of(jdbc);
        ExecutorService writer = Executors.newSingleThreadExecutor(new CustomizableThreadFactory("read-model-load-"));
        try {
            long events = 0;
            String aggregate = null;
            List<Recorded<Object>> history = new ArrayList<>();
            DailyCounts counts = new DailyCounts(); // of the whole load, added in its last transaction
            RowChanges changes = new RowChanges(dialect, counts);
            Future<?> writing = null;
            int aggregates = 0;
            while (rs.next()) {
                if (rs.getLong(7) > headIndex || leftOut.contains(rs.getLong(7))) {
                    continue; // recorded after the rebuild started, or not yet when it did: the processor handles it
                }
                String id = rs.getString(1);
                if (!id.equals(aggregate)) {
                    if (derive(history, changes) && ++aggregates % AGGREGATES_PER_COMMIT == 0) {
                        finish(writing);
                        writing = writer.submit(write(changes));
                        changes = new RowChanges(dialect, counts);
                    }
                    aggregate = id;
                    history = new ArrayList<>();
                }
                Object payload = storedEvents.read(rs.getString(8), id, rs.getLong(2), id + "/" + rs.getLong(2), rs.getString(6), rs.getString(3),
                        rs.getString(4), rs.getBytes(5), null).getPayload();
                history.add(new Recorded<>(rs.getLong(2), Recorders.UNKNOWN, Instant.parse(rs.getString(6)), payload));
                events++;
            }
            derive(history, changes);
            finish(writing);
            RowChanges last = changes;
            transaction.executeWithoutResult(status -> {
                last.apply(jdbc);
                counts.apply(jdbc, dialect);
            });
            return events;
        } finally {
            writer.shutdown(); // a chunk being written when the reading failed finishes before the tables are touched again
            awaitTermination(writer);
        }
    }

    private static void awaitTermination(ExecutorService writer) {
        try {
            writer.awaitTermination(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for a chunk being written; its failure is the load's. */
    private static void finish(Future<?> writing) {
        if (writing == null) {
            return;
        }
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the read models", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    private boolean derive(List<Recorded<Object>> history, RowChanges changes) {
        if (history.isEmpty()) {
            return false;
        }
        Object first = history.get(0).event();
        for (AggregateProjection<?> projection : projections) {
            if (projection.handles(first)) {
                projection.deriveAll(history).forEach(changes::insert);
                return true;
            }
        }
        return false;
    }

    /** Inserts a chunk's rows in one transaction. */
    private Runnable write(RowChanges changes) {
        return () -> {
            if (!changes.isEmpty()) {
                transaction.executeWithoutResult(status -> changes.apply(jdbc));
            }
        };
    }
}
