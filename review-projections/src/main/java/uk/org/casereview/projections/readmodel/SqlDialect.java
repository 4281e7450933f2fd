package uk.org.casereview.projections.readmodel;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements that differ between the embedded H2 and PostgreSQL: insert a row, or update it when its key exists;
 * add to a daily count, or insert it when it is the day's first change.
 */
public enum SqlDialect {
    H2 {
        @Override
        String upsert(String table, List<String> columns, List<String> key) {
            return "merge into " + table + " (" + String.join(", ", columns) + ") key (" + String.join(", ", key) + ") values ("
                    + marks(columns) + ")";
        }

        @Override
        String addToCount() {
            return "merge into " + DailyCounts.TABLE + " t using (values (cast(? as varchar(40)), cast(? as varchar(40)), cast(? as date),"
                    + " cast(? as bigint))) s (counted, counted_value, on_date, change)"
                    + " on t.counted = s.counted and t.counted_value = s.counted_value and t.on_date = s.on_date"
                    + " when matched then update set change = t.change + s.change"
                    + " when not matched then insert (counted, counted_value, on_date, change) values (s.counted, s.counted_value, s.on_date, s.change)";
        }
    },
    POSTGRESQL {
        @Override
        String upsert(String table, List<String> columns, List<String> key) {
            List<String> values = columns.stream().filter(c -> !key.contains(c)).toList();
            String onConflict = values.isEmpty() ? "do nothing"
                    : "do update set " + values.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
            return "insert into " + table + " (" + String.join(", ", columns) + ") values (" + marks(columns) + ") on conflict ("
                    + String.join(", ", key) + ") " + onConflict;
        }

        @Override
        String addToCount() {
            return "insert into " + DailyCounts.TABLE + " (counted, counted_value, on_date, change) values (?, ?, ?, ?)"
                    + " on conflict (counted, counted_value, on_date) do update set change = " + DailyCounts.TABLE + ".change + excluded.change";
        }
    };

    abstract String upsert(String table, List<String> columns, List<String> key);

    /** Adds (counted, counted_value, on_date, change) to the day's count, inserting it when the day has none yet. */
    abstract String addToCount();

    static String marks(List<String> columns) {
        return columns.stream().map(c -> "?").collect(Collectors.joining(", "));
    }

    public static SqlDialect of(JdbcTemplate jdbc) {
        String product = jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());
        return product != null && product.toLowerCase().contains("postgres") ? POSTGRESQL : H2;
    }
}
