package uk.org.casereview.projections.readmodel;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.PreparedStatement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The writes a batch of events makes to the read-model tables, gathered and sent as JDBC batches: all deletes, then
 * all upserts (insert, or update when the key exists), then all plain inserts, then what the rows add to the daily
 * counts ({@link DailyCounts}). Each aggregate contributes one comparison of its rows before the batch with its rows
 * after it, so a row is written at most once per batch however many of the batch's events touch it. Deletes and upserts
 * would make the same changes twice without harm; the daily counts would not, so every event must be written once: the
 * processor commits a batch's writes with its token, and a bulk load leaves out the events the processor will handle.
 */
public final class RowChanges {

    /** The insert statement of each kind of row, made once. */
    private static final Map<RowType, String> INSERTS = new ConcurrentHashMap<>();

    private final SqlDialect dialect;
    private final Map<String, List<Object[]>> deletes = new LinkedHashMap<>();
    private final Map<String, List<Object[]>> upserts = new LinkedHashMap<>();
    private final Map<String, List<Object[]>> inserts = new LinkedHashMap<>();

    private final DailyCounts counts;
    private final boolean ownsCounts;

    public RowChanges(SqlDialect dialect) {
        this(dialect, new DailyCounts(), true);
    }

    /** Changes that gather their daily counts into {@code counts}, applied by whoever holds them (a bulk load, once at its end). */
    public RowChanges(SqlDialect dialect, DailyCounts counts) {
        this(dialect, counts, false);
    }

    private RowChanges(SqlDialect dialect, DailyCounts counts, boolean ownsCounts) {
        this.dialect = dialect;
        this.counts = counts;
        this.ownsCounts = ownsCounts;
    }

    /** Adds the changes that turn the rows {@code before} into the rows {@code after}. */
    public void compare(Set<? extends DerivedRow> before, Set<? extends DerivedRow> after) {
        Map<Key, DerivedRow> old = new HashMap<>();
        for (DerivedRow row : before) {
            if (!after.contains(row)) {
                old.put(Key.of(row), row);
                counts.add(row, -1);
            }
        }
        Map<Key, DerivedRow> now = new HashMap<>();
        for (DerivedRow row : after) {
            if (!before.contains(row)) {
                now.put(Key.of(row), row);
                counts.add(row, 1);
            }
        }
        old.forEach((key, row) -> {
            if (!now.containsKey(key)) {
                delete(row);
            }
        });
        now.values().forEach(this::upsert);
    }

    /** A row for a table known to be empty of it (a bulk load). */
    public void insert(DerivedRow row) {
        String sql = INSERTS.computeIfAbsent(new RowType(row.getClass(), row.table()), type -> {
            List<String> names = DerivedRow.Columns.of(type.type()).stream().map(DerivedRow.Columns.Column::name).toList();
            return "insert into " + type.table() + " (" + String.join(", ", names) + ") values (" + SqlDialect.marks(names) + ")";
        });
        inserts.computeIfAbsent(sql, s -> new ArrayList<>()).add(row.values());
        counts.add(row, 1);
    }

    private void delete(DerivedRow row) {
        LinkedHashMap<String, Object> columns = row.columns();
        String sql = "delete from " + row.table() + " where " + row.key().stream().map(k -> k + " = ?").collect(Collectors.joining(" and "));
        deletes.computeIfAbsent(sql, s -> new ArrayList<>()).add(row.key().stream().map(columns::get).toArray());
    }

    private void upsert(DerivedRow row) {
        LinkedHashMap<String, Object> columns = row.columns();
        String sql = dialect.upsert(row.table(), List.copyOf(columns.keySet()), row.key());
        upserts.computeIfAbsent(sql, s -> new ArrayList<>()).add(columns.values().toArray());
    }

    /** Whether {@link #apply} adds to the daily counts. */
    public boolean addsToDailyCounts() {
        return ownsCounts && !counts.isEmpty();
    }

    public boolean isEmpty() {
        return deletes.isEmpty() && upserts.isEmpty() && inserts.isEmpty() && (!ownsCounts || counts.isEmpty());
    }

    /** Sends the changes and forgets them. */
    public void apply(JdbcTemplate jdbc) {
        applyRows(jdbc);
        applyDailyCounts(jdbc);
    }

    /** Sends the changes to the rows and forgets them. */
    public void applyRows(JdbcTemplate jdbc) {
        for (Map<String, List<Object[]>> changes : List.of(deletes, upserts, inserts)) {
            changes.forEach((sql, rows) -> batch(jdbc, sql, rows));
            changes.clear();
        }
    }

    /**
     * One JDBC batch of a statement, its parameters set as they are (strings, numbers, dates, nulls): what
     * {@code JdbcTemplate.batchUpdate} does, without its per-parameter type inference and trace logging, which were a
     * tenth of the bulk load's writing thread. Errors are translated by the template as ever.
     */
    static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        statement.setObject(i + 1, row[i]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return null;
        });
    }

    /** Adds what the rows changed to the daily counts, unless whoever holds them adds them. */
    public void applyDailyCounts(JdbcTemplate jdbc) {
        if (ownsCounts) {
            counts.apply(jdbc, dialect);
        }
    }

    private record RowType(Class<?> type, String table) {
    }

    /** A row's table and key values: what identifies it. */
    private record Key(String table, List<Object> values) {
        static Key of(DerivedRow row) {
            LinkedHashMap<String, Object> columns = row.columns();
            return new Key(row.table(), row.key().stream().map(columns::get).map(Objects::requireNonNull).toList());
        }
    }
}
