package uk.org.casereview.api.integrity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Objects;

/**
 * Verifies the whole chain, streaming, in one snapshot of the database (repeatable read): every link is computed
 * again from its event as stored and from the previous link as recorded, so a changed payload, date or metadata field
 * breaks that event's link, a deleted event leaves its link without an event, an event inserted behind the service's
 * back has no link, and a removed last link no longer matches the head row. The head row is read first and compared
 * with the link at its own place in the chain: on H2 a repeatable read takes each table's snapshot when the table is
 * first read, so links and events read after the head can include appends committed since (they are verified like the
 * rest), while a head read after them could stand for appends they do not show, and name a break that is not there.
 */
@Component
public class IntegrityCheck {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    public IntegrityCheck(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    public Integrity verify() {
        return snapshot.execute(status -> verifyInSnapshot());
    }

    private Integrity verifyInSnapshot() {
        List<EventChain.Head> heads = jdbc.query("select global_index, link, length from event_chain_head where id = 1",
                (rs, n) -> new EventChain.Head(rs.getLong(1), rs.getString(2), rs.getLong(3)));
        long headIndex = heads.isEmpty() ? -1 : heads.get(0).globalIndex();
        Walk walk = new Walk();
        jdbc.query(con -> {
            PreparedStatement statement = con.prepareStatement("select c.global_index, c.aggregate_identifier, c.sequence_number, c.link, "
                    + RecordedEvent.COLUMNS + " from event_chain c left join domain_event_entry e on e.global_index = c.global_index"
                    + " order by c.global_index");
            statement.setFetchSize(1000);
            return statement;
        }, rs -> {
            long index = rs.getLong(1);
            String recorded = rs.getString(4);
            if (walk.broken == null) {
                rs.getLong(5);
                boolean deleted = rs.wasNull();
                if (deleted || !Links.next(walk.previous, RecordedEvent.read(rs, 5)).equals(recorded)) {
                    walk.broken = new Integrity.BrokenLink(index, rs.getString(2), rs.getLong(3));
                }
            }
            walk.previous = recorded;
            walk.lastIndex = index;
            walk.length++;
            if (index == headIndex) {
                walk.linkAtHead = recorded;
                walk.lengthAtHead = walk.length;
            }
        });
        Integrity.BrokenLink broken = walk.broken;
        List<Integrity.BrokenLink> unchained = jdbc.query("select e.global_index, e.aggregate_identifier, e.sequence_number"
                        + " from domain_event_entry e where not exists (select 1 from event_chain c where c.global_index = e.global_index)"
                        + " order by e.global_index fetch first 1 rows only",
                (rs, n) -> new Integrity.BrokenLink(rs.getLong(1), rs.getString(2), rs.getLong(3)));
        if (!unchained.isEmpty() && (broken == null || unchained.get(0).globalIndex() < broken.globalIndex())) {
            broken = unchained.get(0);
        }
        String head = walk.length == 0 ? null : walk.previous;
        if (broken == null && !heads.isEmpty()) {
            EventChain.Head recordedHead = heads.get(0);
            boolean chainedNothing = recordedHead.length() == 0; // links after it are appends committed since it was read
            if (!chainedNothing && (recordedHead.length() != walk.lengthAtHead || !Objects.equals(recordedHead.link(), walk.linkAtHead))) {
                broken = new Integrity.BrokenLink(Math.max(recordedHead.globalIndex(), walk.lastIndex), null, null);
            }
        }
        return new Integrity(walk.length, head, broken);
    }

    private static final class Walk {
        String previous = Links.GENESIS;
        long lastIndex;
        long length;
        String linkAtHead;
        long lengthAtHead;
        Integrity.BrokenLink broken;
    }
}
