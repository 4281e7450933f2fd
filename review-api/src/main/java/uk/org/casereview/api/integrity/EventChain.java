package uk.org.casereview.api.integrity;

import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes the chain of links over the event store (table {@code event_chain}) in the transaction that appends the
 * events.
 * <p>
 * <b>One order, with any number of instances.</b> Before an append inserts its events it locks the chain's head row
 * ({@link #lockHead}, {@code select ... for update}); the lock is held until the transaction commits or rolls back.
 * The events' global indexes are allocated by the insert, after the lock was taken, so every append that holds the
 * head lock gets indexes above those of every append chained before it, and is chained on the head that append left.
 * Appends therefore commit one after the other in global-index order, on H2 and on PostgreSQL, whether they come
 * from one instance or several. (A rolled-back append leaves a gap in the global indexes, which the chain skips:
 * each link names its event's global index.) Only the append itself is serialised, not the command's decision.
 */
@Component
public class EventChain {

    private static final Logger log = LoggerFactory.getLogger(EventChain.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public EventChain(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The last link: the global index and link of the last event chained and how many are chained. */
    public record Head(long globalIndex, String link, long length) {
    }

    /**
     * At the first start-up with a chain, once: makes the head and chains every event already recorded (those recorded
     * before the chain existed, or written straight into the table by a bulk tool before the first start). With
     * several instances starting together, one makes it and the others find it made.
     */
    @PostConstruct
    public void chainEventsRecordedBeforeTheChain() {
        if (head() != null) {
            return;
        }
        long started = System.nanoTime();
        try {
            Long chained = transaction.execute(status -> {
                jdbc.update("insert into event_chain_head (id, global_index, link, length) values (1, 0, ?, 0)", Links.GENESIS);
                return chainAllAfter(lockHead()).length();
            });
            log.info("the chain of links was started over the {} events already recorded ({} ms)", chained,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (DuplicateKeyException startedByAnotherInstance) {
            log.info("the chain of links was started by another instance");
        }
    }

    /** The head as committed, or null before the first start-up made it. */
    public Head head() {
        List<Head> heads = jdbc.query("select global_index, link, length from event_chain_head where id = 1",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3)));
        return heads.isEmpty() ? null : heads.get(0);
    }

    /** In a transaction: waits until no other transaction holds the head, and holds it until this one ends. */
    public Head lockHead() {
        List<Head> heads = jdbc.query("select global_index, link, length from event_chain_head where id = 1 for update",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3)));
        if (heads.isEmpty()) {
            throw new IllegalStateException("the chain has no head: it is made at start-up");
        }
        return heads.get(0);
    }

    /** In the transaction holding the head: chains the events just appended, named by their event identifiers. */
    public Head chain(Head head, List<String> eventIdentifiers) {
        List<RecordedEvent> events = new ArrayList<>();
        for (int from = 0; from < eventIdentifiers.size(); from += BATCH) {
            List<String> batch = eventIdentifiers.subList(from, Math.min(eventIdentifiers.size(), from + BATCH));
            events.addAll(jdbc.query("select " + RecordedEvent.COLUMNS + " from domain_event_entry e where e.event_identifier in ("
                    + String.join(",", Collections.nCopies(batch.size(), "?")) + ")", (rs, n) -> RecordedEvent.read(rs, 1), batch.toArray()));
        }
        if (events.size() != eventIdentifiers.size()) {
            throw new IllegalStateException("appended " + eventIdentifiers.size() + " events but found " + events.size() + " to chain");
        }
        events.sort((a, b) -> Long.compare(a.globalIndex(), b.globalIndex()));
        Head extended = insertLinks(head, events);
        return moveHead(extended);
    }

    /** In the transaction holding the head: chains every event after it (at start-up, and after an import). */
    public Head chainAllAfter(Head head) {
        Head[] last = {head};
        List<RecordedEvent> batch = new ArrayList<>();
        jdbc.query(con -> {
            PreparedStatement statement = con.prepareStatement("select " + RecordedEvent.COLUMNS
                    + " from domain_event_entry e where e.global_index > ? order by e.global_index");
            statement.setLong(1, head.globalIndex());
            statement.setFetchSize(BATCH);
            return statement;
        }, rs -> {
            batch.add(RecordedEvent.read(rs, 1));
            if (batch.size() == BATCH) {
                last[0] = insertLinks(last[0], batch);
                batch.clear();
            }
        });
        return moveHead(insertLinks(last[0], batch));
    }

    private Head insertLinks(Head head, List<RecordedEvent> events) {
        if (events.isEmpty()) {
            return head;
        }
        List<Object[]> rows = new ArrayList<>(events.size());
        String link = head.link();
        for (RecordedEvent event : events) {
            if (event.globalIndex() <= head.globalIndex()) {
                throw new IllegalStateException("event " + event.globalIndex() + " is not after the head of the chain, " + head.globalIndex());
            }
            link = Links.next(link, event);
            rows.add(new Object[]{event.globalIndex(), event.aggregateIdentifier(), event.sequenceNumber(), link});
        }
        jdbc.batchUpdate("insert into event_chain (global_index, aggregate_identifier, sequence_number, link) values (?, ?, ?, ?)", rows);
        return new Head(events.get(events.size() - 1).globalIndex(), link, head.length() + events.size());
    }

    private Head moveHead(Head head) {
        jdbc.update("update event_chain_head set global_index = ?, link = ?, length = ? where id = 1",
                head.globalIndex(), head.link(), head.length());
        return head;
    }
}
