package uk.org.casereview.projections.readmodel;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.stream.Collectors;

/** The one statement that differs between the embedded H2 and PostgreSQL: insert a row, or update it when its key exists. */
public enum SqlDialect {
    H2 {
        @Override
        String upsert(String table, List<String> columns, List<String> key) {
            return "merge into " + table + " (" + String.join(", ", columns) + ") key (" + String.join(", ", key) + ") values ("
                    + marks(columns) + ")";
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
    };

    abstract String upsert(String table, List<String> columns, List<String> key);

    static String marks(List<String> columns) {
        return columns.stream().map(c -> "?").collect(Collectors.joining(", "));
    }

    public static SqlDialect of(JdbcTemplate jdbc) {
        String product = jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());
        return product != null && product.toLowerCase().contains("postgres") ? POSTGRESQL : H2;
    }
}
