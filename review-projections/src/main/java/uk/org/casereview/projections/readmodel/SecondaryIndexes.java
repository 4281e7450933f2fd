package uk.org.casereview.projections.readmodel;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secondary indexes of the read-model tables, dropped for a bulk load and created again after it: building an
 * index over rows already loaded is quicker than keeping it up to date row by row (on the national-scale benchmark the
 * load took 20 s without them and 49 s with them, and creating them afterwards 11 s). Primary keys stay.
 * <p>
 * The definitions are read from the database's metadata (so the Flyway migrations stay the one place indexes are
 * declared) and kept in {@code read_model_index} until the indexes are back: a load interrupted by a stop, which
 * starts again at the next start, finds there what it dropped.
 */
final class SecondaryIndexes {

    private static final Pattern ON_TABLE = Pattern.compile("(?i)\\son\\s+(\\w+)\\s*\\(");

    private final JdbcTemplate jdbc;

    SecondaryIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Drops the secondary indexes of these tables, keeping their definitions (or those an interrupted load kept). */
    void drop(Collection<String> tables) {
        if (saved().isEmpty()) {
            Map<String, String> definitions = jdbc.execute((Connection connection) -> definitions(connection, tables));
            definitions.forEach((name, definition) ->
                    jdbc.update("insert into read_model_index (name, definition) values (?, ?)", name, definition));
        }
        saved().keySet().forEach(name -> jdbc.execute("drop index if exists " + name));
    }

    /**
     * Creates again every index {@link #drop} dropped: the tables side by side, one thread per core (building an index
     * is a sort of its table's rows, on one core; two indexes of one table take turns, as each locks its table).
     */
    void restore() {
        Map<String, Map<String, String>> byTable = new LinkedHashMap<>();
        saved().forEach((name, definition) -> byTable.computeIfAbsent(tableOf(definition), table -> new LinkedHashMap<>())
                .put(name, definition));
        List<Map<String, String>> tables = new ArrayList<>(byTable.values());
        tables.sort(Comparator.comparingInt((Map<String, String> indexes) -> indexes.size()).reversed());
        int threads = Math.max(1, Math.min(tables.size(), Math.min(4, Runtime.getRuntime().availableProcessors())));
        ExecutorService builders = Executors.newFixedThreadPool(threads, runnable -> new Thread(runnable, "read-model-index"));
        try {
            List<Future<?>> built = new ArrayList<>();
            for (Map<String, String> indexes : tables) {
                built.add(builders.submit(() -> indexes.forEach((name, definition) -> {
                    jdbc.execute(definition);
                    jdbc.update("delete from read_model_index where name = ?", name);
                })));
            }
            RuntimeException failed = null;
            for (Future<?> table : built) {
                try {
                    table.get();
                } catch (ExecutionException e) {
                    if (failed == null) {
                        failed = e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the indexes were built again", e);
                }
            }
            if (failed != null) {
                throw failed; // what was not built is still in read_model_index, for the next load
            }
        } finally {
            builders.shutdownNow();
        }
    }

    /** The table of "create index if not exists name on table (...)". */
    static String tableOf(String definition) {
        Matcher matcher = ON_TABLE.matcher(definition);
        if (!matcher.find()) {
            throw new IllegalArgumentException("not an index definition: " + definition);
        }
        return matcher.group(1).toLowerCase(Locale.ROOT);
    }

    /** The definitions kept by the last {@link #drop}, by index name. */
    Map<String, String> saved() {
        Map<String, String> saved = new LinkedHashMap<>();
        jdbc.query("select name, definition from read_model_index order by name",
                (ResultSet rs) -> { saved.put(rs.getString(1), rs.getString(2)); });
        return saved;
    }

    /** "create index if not exists name on table (column, column desc)" for each non-unique index of the tables. */
    static Map<String, String> definitions(Connection connection, Collection<String> tables) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, String> definitions = new TreeMap<>();
        for (String table : tables) {
            String stored = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table.toLowerCase(Locale.ROOT);
            Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();
            try (ResultSet rs = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), stored, false, false)) {
                while (rs.next()) {
                    if (!rs.getBoolean("NON_UNIQUE") || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                        continue;
                    }
                    String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    columns.computeIfAbsent(rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT), name -> new TreeMap<>())
                            .put((int) rs.getShort("ORDINAL_POSITION"), "D".equals(rs.getString("ASC_OR_DESC")) ? column + " desc" : column);
                }
            }
            columns.forEach((name, byPosition) -> definitions.put(name, "create index if not exists " + name + " on "
                    + table.toLowerCase(Locale.ROOT) + " (" + String.join(", ", new ArrayList<>(byPosition.values())) + ")"));
        }
        return definitions;
    }
}
