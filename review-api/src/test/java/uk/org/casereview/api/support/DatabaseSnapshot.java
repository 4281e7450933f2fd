package uk.org.casereview.api.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * Every row of every table of the service's schema, summed up per table as a row count and an order-independent hash
 * of the rows' values: two snapshots are equal when no row was added, removed or changed. The processor's tokens and
 * the instances' heartbeats change on their own (claims are extended every few seconds) and are left out. The event
 * store is append-only (Axon never updates or deletes an event), so it is summed up by its row count and its last
 * global index, which any appended event changes, instead of hashing every payload each time.
 */
public final class DatabaseSnapshot {

    private static final Set<String> CHANGING_ON_THEIR_OWN = Set.of("token_entry", "service_instance");

    private DatabaseSnapshot() {
    }

    private static final String EVENT_STORE = "domain_event_entry";

    /** The event store's entry of a snapshot ({@code of(jdbc).get("domain_event_entry")}) alone: "rows=N last=L". */
    public static String eventStore(JdbcTemplate jdbc) {
        return jdbc.execute((Connection connection) -> eventStore(connection));
    }

    private static String eventStore(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select count(*), max(global_index) from " + EVENT_STORE)) {
            result.next();
            return "rows=" + result.getLong(1) + " last=" + result.getLong(2);
        }
    }

    /** Table name (in lower case) to "rows=N hash=H". */
    public static Map<String, String> of(JdbcTemplate jdbc) {
        return jdbc.execute((Connection connection) -> {
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return summedUpByTheServer(connection);
            }
            Map<String, String> tables = new TreeMap<>();
            for (String table : tables(connection)) {
                if (table.equalsIgnoreCase(EVENT_STORE)) {
                    tables.put(EVENT_STORE, eventStore(connection));
                    continue;
                }
                long rows = 0;
                long hash = 0;
                try (var statement = connection.createStatement(); ResultSet result = statement.executeQuery("select * from \"" + table + "\"")) {
                    boolean[] binary = binaryColumns(result.getMetaData());
                    while (result.next()) {
                        rows++;
                        hash += rowHash(result, binary);
                    }
                }
                tables.put(table.toLowerCase(), "rows=" + rows + " hash=" + Long.toHexString(hash));
            }
            return tables;
        });
    }

    /**
     * PostgreSQL sums the tables up itself, in one statement: each row's text (every column, as {@code row::text}) through
     * MD5, its first 64 bits summed, so that no row travels to the test. Over the network of a test run, reading every
     * row was most of a snapshot's time.
     */
    private static Map<String, String> summedUpByTheServer(Connection connection) throws SQLException {
        StringBuilder sql = new StringBuilder();
        for (String table : tables(connection)) {
            if (!sql.isEmpty()) {
                sql.append(" union all ");
            }
            if (table.equalsIgnoreCase(EVENT_STORE)) {
                sql.append("select '").append(EVENT_STORE).append("', 'rows=' || count(*) || ' last=' || coalesce(max(global_index), 0) from ")
                        .append(EVENT_STORE);
            } else {
                sql.append("select '").append(table.toLowerCase()).append("', 'rows=' || count(*) || ' hash=' || ")
                        .append("coalesce(sum(('x' || substr(md5(t::text), 1, 16))::bit(64)::bigint), 0) from \"").append(table).append("\" t");
            }
        }
        Map<String, String> tables = new TreeMap<>();
        try (var statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql.toString())) {
            while (result.next()) {
                tables.put(result.getString(1), result.getString(2));
            }
        }
        return tables;
    }

    /** The tables whose snapshots differ, with both summaries. */
    public static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> differences = new ArrayList<>();
        for (String table : new java.util.TreeSet<>(before.keySet())) {
            if (!before.get(table).equals(after.get(table))) {
                differences.add(table + ": " + before.get(table) + " before, " + after.get(table) + " after");
            }
        }
        after.keySet().stream().filter(table -> !before.containsKey(table)).forEach(table -> differences.add(table + ": new table"));
        return differences;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet result = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%", new String[]{"TABLE"})) {
            while (result.next()) {
                String name = result.getString("TABLE_NAME");
                if (!CHANGING_ON_THEIR_OWN.contains(name.toLowerCase())) {
                    tables.add(name);
                }
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("no table found in schema " + connection.getSchema());
        }
        return tables;
    }

    /**
     * Each value's bytes through CRC-32C (a CPU instruction here), the column's checksums mixed FNV-style into 64 bits;
     * rows are summed, so their order does not matter. Values are read as the database's text (dates included: no
     * legacy calendar conversion) and binary columns as their bytes.
     */
    private static long rowHash(ResultSet result, boolean[] binary) throws SQLException {
        long hash = 0xcbf29ce484222325L;
        CRC32C crc = new CRC32C();
        for (int i = 1; i < binary.length; i++) {
            byte[] bytes = binary[i] ? result.getBytes(i) : text(result.getString(i));
            crc.reset();
            if (bytes == null) {
                crc.update(0);
            } else {
                crc.update(1);
                crc.update(bytes);
            }
            hash ^= crc.getValue();
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean[] binaryColumns(ResultSetMetaData columns) throws SQLException {
        boolean[] binary = new boolean[columns.getColumnCount() + 1];
        for (int i = 1; i < binary.length; i++) {
            int type = columns.getColumnType(i);
            binary[i] = type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY || type == Types.BLOB;
        }
        return binary;
    }
}
