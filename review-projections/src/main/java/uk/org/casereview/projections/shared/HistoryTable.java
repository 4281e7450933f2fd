package uk.org.casereview.projections.shared;

import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A table with one row per aggregate: its history as JSON, its version, and summary columns that the lists filter
 * and sort on. The projections append to it; the queries read it.
 */
public final class HistoryTable<E> {

    private final JdbcTemplate jdbc;
    private final String table;
    private final HistoryCodec<E> codec;

    public HistoryTable(JdbcTemplate jdbc, String table, HistoryCodec<E> codec) {
        this.jdbc = jdbc;
        this.table = table;
        this.codec = codec;
    }

    public HistoryCodec<E> codec() {
        return codec;
    }

    public String name() {
        return table;
    }

    /** Appends the event to the aggregate's history (creating it for the first event) and returns the new history. */
    public History<E> append(String id, DomainEventMessage<?> message, E event, boolean first) {
        History<E> history = first ? codec.empty() : find(id).orElseThrow(
                () -> new IllegalStateException(table + " " + id + " is missing from the read model"));
        history.append(new Recorded<>(message.getSequenceNumber(), Recorders.recordedBy(message.getMetaData()),
                message.getTimestamp(), event));
        return history;
    }

    public Optional<History<E>> find(String id) {
        List<String> rows = jdbc.queryForList("select history from " + table + " where id = ?", String.class, id);
        return rows.stream().findFirst().map(codec::read);
    }

    /** The histories of the given ids, in the order of the ids (missing ones left out). */
    public List<History<E>> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, History<E>> byId = new HashMap<>();
        String marks = ids.stream().map(i -> "?").collect(Collectors.joining(","));
        jdbc.query("select id, history from " + table + " where id in (" + marks + ")",
                rs -> {
                    byId.put(rs.getString(1), codec.read(rs.getString(2)));
                }, ids.toArray());
        List<History<E>> result = new ArrayList<>();
        for (String id : ids) {
            History<E> history = byId.get(id);
            if (history != null) {
                result.add(history);
            }
        }
        return result;
    }

    public void save(String id, History<E> history, Map<String, Object> columns, boolean first) {
        Map<String, Object> values = new LinkedHashMap<>(columns);
        values.put("version", history.version());
        values.put("history", codec.write(history));
        if (first) {
            values.put("id", id);
            String names = String.join(", ", values.keySet());
            String marks = values.keySet().stream().map(k -> "?").collect(Collectors.joining(", "));
            jdbc.update("insert into " + table + " (" + names + ") values (" + marks + ")", values.values().toArray());
        } else {
            String sets = values.keySet().stream().map(k -> k + " = ?").collect(Collectors.joining(", "));
            List<Object> args = new ArrayList<>(values.values());
            args.add(id);
            int updated = jdbc.update("update " + table + " set " + sets + " where id = ?", args.toArray());
            if (updated != 1) {
                throw new IllegalStateException(table + " " + id + " is missing from the read model");
            }
        }
    }

    public void truncate() {
        jdbc.execute("truncate table " + table);
    }
}
