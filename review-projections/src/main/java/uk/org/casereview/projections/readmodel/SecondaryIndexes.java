package uk.org.casereview.projections.readmodel;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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

    /** Creates again every index {@link #drop} dropped. */
    void restore() {
        saved().forEach((name, definition) -> {
            jdbc.execute(definition);
            jdbc.update("delete from read_model_index where name = ?", name);
        });
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
