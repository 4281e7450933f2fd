package uk.org.casereview.api.recovery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.casereview.api.integrity.RecordedEvent;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;

/**
 * Every event of the event store as JSON lines, in global-index order, each with every column as stored (the payload
 * and metadata as JSON) and its link of the chain: what {@link EventImport} loads into an empty tracker. Read in one
 * snapshot (repeatable read), streaming: a line is written as its row is read.
 */
@Component
public class EventExport {

    static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    public EventExport(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    public void writeTo(OutputStream target) {
        OutputStream out = new BufferedOutputStream(target, 1 << 16);
        snapshot.executeWithoutResult(status -> jdbc.query(con -> {
            PreparedStatement statement = con.prepareStatement("select " + RecordedEvent.COLUMNS + ", c.link"
                    + " from domain_event_entry e left join event_chain c on c.global_index = e.global_index order by e.global_index");
            statement.setFetchSize(1000);
            return statement;
        }, rs -> {
            try {
                out.write(JSON.writeValueAsBytes(line(RecordedEvent.read(rs, 1), rs.getString(11))));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode line(RecordedEvent event, String link) throws IOException {
        ObjectNode line = JSON.createObjectNode();
        line.put("globalIndex", event.globalIndex());
        line.put("eventIdentifier", event.eventIdentifier());
        line.put("aggregateType", event.aggregateType());
        line.put("aggregateIdentifier", event.aggregateIdentifier());
        line.put("sequenceNumber", event.sequenceNumber());
        line.put("timestamp", event.timestamp());
        line.put("payloadType", event.payloadType());
        line.put("payloadRevision", event.payloadRevision());
        line.set("payload", JSON.readTree(event.payload()));
        line.set("metaData", event.metaData() == null ? null : JSON.readTree(event.metaData()));
        line.put("link", link);
        return line;
    }
}
