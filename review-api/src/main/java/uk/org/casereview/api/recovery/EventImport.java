package uk.org.casereview.api.recovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import uk.org.casereview.api.admin.ReadModelRebuild;
import uk.org.casereview.api.integrity.EventChain;
import uk.org.casereview.api.integrity.Links;
import uk.org.casereview.api.integrity.RecordedEvent;
import uk.org.casereview.api.problem.Problems;
import uk.org.casereview.domain.recommendation.RecommendationMade;
import uk.org.casereview.domain.commandhandling.CommandRefusedException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Loads an export ({@link EventExport}) into an empty tracker: the events with their global indexes, identifiers,
 * timestamps, payloads and metadata exactly as they were, so that every read, the audit trail and the integrity head
 * answer as they did where the export was taken. The stream is checked whole before anything is written (every line
 * well formed, global indexes rising, every link matching its event), then loaded in one transaction holding the
 * chain's head: an import that fails leaves the tracker empty. The read models are built from the loaded events by
 * the read-model processor, as for events recorded live, or in bulk when there are many
 * ({@link ReadModelRebuild#catchUpInBulkIfFarBehind()}).
 */
@Component
public class EventImport {

    private static final int BATCH = 500;
    private static final String INSERT = "insert into domain_event_entry (global_index, event_identifier, type, aggregate_identifier,"
            + " sequence_number, time_stamp, payload_type, payload_revision, payload, meta_data) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final EventChain chain;
    private final TransactionTemplate transaction;
    private final ReadModelRebuild rebuild;

    public EventImport(JdbcTemplate jdbc, EventChain chain, PlatformTransactionManager transactions, ReadModelRebuild rebuild) {
        this.jdbc = jdbc;
        this.rebuild = rebuild;
        this.chain = chain;
        this.transaction = new TransactionTemplate(transactions);
    }

    public record Imported(long events, long length, String head) {
    }

    public Imported load(InputStream body) throws IOException {
        refuseUnlessEmpty();
        Path spooled = Files.createTempFile("casereview-import", ".jsonl");
        try {
            Files.copy(body, spooled, StandardCopyOption.REPLACE_EXISTING);
            long[] last = {0, 0};
            String[] lastLink = {Links.GENESIS};
            read(spooled, event -> {
                last[0] = event.event().globalIndex();
                last[1]++;
                lastLink[0] = event.link();
            });
            if (last[1] == 0) {
                throw invalid("the stream holds no event", List.of());
            }
            // after this many events the next one appended gets the next global index (on H2 this statement commits)
            jdbc.execute("alter table domain_event_entry alter column global_index restart with " + (last[0] + 1));
            Imported imported = transaction.execute(status -> {
                EventChain.Head head = chain.lockHead();
                refuseUnlessEmpty();
                List<Object[]> rows = new ArrayList<>(BATCH);
                List<Object[]> numbers = new ArrayList<>();
                Set<String> numbered = new HashSet<>();
                read(spooled, line -> {
                    RecordedEvent event = line.event();
                    rows.add(new Object[]{event.globalIndex(), event.eventIdentifier(), event.aggregateType(), event.aggregateIdentifier(),
                            event.sequenceNumber(), event.timestamp(), event.payloadType(), event.payloadRevision(), event.payload(),
                            event.metaData()});
                    JsonNode made = line.payload();
                    // where a number was recorded twice before numbers were claimed (V9), the first keeps it
                    if (RecommendationMade.class.getName().equals(event.payloadType())
                            && numbered.add(made.path("sourceId").asText() + "\u0000" + made.path("number").asText())) {
                        numbers.add(new Object[]{made.path("sourceId").asText(), made.path("number").asText(), made.path("recommendationId").asText()});
                    }
                    if (rows.size() == BATCH) {
                        jdbc.batchUpdate(INSERT, rows);
                        rows.clear();
                    }
                });
                jdbc.batchUpdate(INSERT, rows);
                // the numbers the imported recommendations hold, so that a new one cannot take them again
                jdbc.batchUpdate("insert into recommendation_number (source_id, number, recommendation_id) values (?, ?, ?)", numbers);
                EventChain.Head chained = chain.chainAllAfter(head);
                if (!chained.link().equals(lastLink[0])) {
                    throw new IllegalStateException("the imported events chain to " + chained.link() + ", the stream to " + lastLink[0]);
                }
                return new Imported(last[1], chained.length(), chained.link());
            });
            rebuild.catchUpInBulkIfFarBehind(); // a large import: its read models are loaded in bulk
            return imported;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    private void refuseUnlessEmpty() {
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        if (events > 0) {
            throw new CommandRefusedException("the tracker already holds " + events + " events: an export is imported only into an empty tracker");
        }
    }

    private record Line(RecordedEvent event, JsonNode payload, String link) {
    }

    /** Reads every line, checking it: well formed, after the line before, its link matching its event and the link before. */
    private static void read(Path spooled, Consumer<Line> consumer) {
        try (BufferedReader reader = Files.newBufferedReader(spooled, StandardCharsets.UTF_8)) {
            String text;
            int number = 0;
            long previousIndex = 0;
            String previousLink = Links.GENESIS;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                Line line = parse(text, number);
                if (line.event().globalIndex() <= previousIndex) {
                    throw invalid("line " + number + ": global index " + line.event().globalIndex() + " is not after " + previousIndex,
                            List.of(Problems.fieldError("line " + number + ": globalIndex", "not after the line before")));
                }
                String link = Links.next(previousLink, line.event());
                if (!link.equals(line.link())) {
                    throw invalid("line " + number + ": the link does not match the event (changed since it was exported?)",
                            List.of(Problems.fieldError("line " + number + ": link", "does not match the event and the link before")));
                }
                previousIndex = line.event().globalIndex();
                previousLink = link;
                consumer.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Line parse(String text, int number) {
        try {
            JsonNode line = EventExport.JSON.readTree(text);
            List<Map<String, Object>> errors = new ArrayList<>();
            for (String field : List.of("globalIndex", "eventIdentifier", "aggregateIdentifier", "sequenceNumber", "timestamp",
                    "payloadType", "payload", "link")) {
                if (!line.hasNonNull(field)) {
                    errors.add(Problems.fieldError("line " + number + ": " + field, "is required"));
                }
            }
            if (!line.path("globalIndex").canConvertToLong() || !line.path("sequenceNumber").canConvertToLong()) {
                errors.add(Problems.fieldError("line " + number + ": globalIndex", "globalIndex and sequenceNumber are whole numbers"));
            }
            if (!errors.isEmpty()) {
                throw invalid("line " + number + " is not an exported event", errors);
            }
            JsonNode metaData = line.get("metaData");
            RecordedEvent event = new RecordedEvent(line.get("globalIndex").asLong(), line.get("eventIdentifier").asText(),
                    text(line, "aggregateType"), line.get("aggregateIdentifier").asText(), line.get("sequenceNumber").asLong(),
                    line.get("timestamp").asText(), line.get("payloadType").asText(), text(line, "payloadRevision"),
                    EventExport.JSON.writeValueAsBytes(line.get("payload")),
                    metaData == null || metaData.isNull() ? null : EventExport.JSON.writeValueAsBytes(metaData));
            return new Line(event, line.get("payload"), line.get("link").asText());
        } catch (JsonProcessingException e) {
            throw invalid("line " + number + " is not JSON: " + e.getOriginalMessage(),
                    List.of(Problems.fieldError("line " + number, "is not JSON")));
        }
    }

    private static String text(JsonNode line, String field) {
        JsonNode value = line.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static ErrorResponseException invalid(String detail, List<Map<String, Object>> errors) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.invalid(detail, errors), null);
    }
}
