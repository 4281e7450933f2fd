package uk.org.casereview.projections.shared;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The recorded_fact table for one kind of aggregate: every event as the read models keep it (business date, what, who
 * recorded it and when). Views and timelines are folds over it; the other read-model tables are derived from it.
 */
public final class FactLog<E> {

    private final JdbcTemplate jdbc;
    private final String kind;
    private final FactCodec<E> codec;
    private final Function<E, LocalDate> businessDate;

    public FactLog(JdbcTemplate jdbc, String kind, Class<E> sealedEventType, Function<E, LocalDate> businessDate) {
        this.jdbc = jdbc;
        this.kind = kind;
        this.codec = new FactCodec<>(sealedEventType);
        this.businessDate = businessDate;
    }

    public History<E> empty() {
        return new History<>(List.of(), businessDate);
    }

    public void insert(String aggregateId, Recorded<E> recorded) {
        jdbc.update("insert into recorded_fact (aggregate_id, seq, kind, on_date, type, recorded_by, recorded_at, payload) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)",
                aggregateId, recorded.seq(), kind, businessDate.apply(recorded.event()), codec.type(recorded.event()),
                recorded.recordedBy(), Timestamp.from(recorded.recordedAt()), codec.write(recorded.event()));
    }

    /** The aggregate's history, empty when nothing of this kind was recorded with the id. */
    public Optional<History<E>> find(String aggregateId) {
        History<E> history = findAll(List.of(aggregateId)).get(aggregateId);
        return Optional.ofNullable(history);
    }

    /** The histories of the given ids (missing ones left out), each in the order its events were recorded. */
    public Map<String, History<E>> findAll(Collection<String> aggregateIds) {
        if (aggregateIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Recorded<E>>> entries = new HashMap<>();
        String marks = aggregateIds.stream().map(id -> "?").collect(Collectors.joining(","));
        List<Object> args = new ArrayList<>(aggregateIds);
        args.add(kind);
        jdbc.query("select aggregate_id, seq, type, recorded_by, recorded_at, payload from recorded_fact "
                        + "where aggregate_id in (" + marks + ") and kind = ? order by aggregate_id, seq",
                rs -> {
                    entries.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(new Recorded<>(rs.getLong(2),
                            rs.getString(4), rs.getTimestamp(5).toInstant(), codec.read(rs.getString(3), rs.getString(6))));
                }, args.toArray());
        Map<String, History<E>> histories = new LinkedHashMap<>();
        for (String id : aggregateIds) {
            List<Recorded<E>> recorded = entries.get(id);
            if (recorded != null) {
                histories.put(id, new History<>(recorded, businessDate));
            }
        }
        return histories;
    }

    /** The histories of the given ids, in the order of the ids. */
    public List<History<E>> findInOrder(List<String> aggregateIds) {
        Map<String, History<E>> histories = findAll(aggregateIds);
        return aggregateIds.stream().map(histories::get).filter(h -> h != null).toList();
    }
}
