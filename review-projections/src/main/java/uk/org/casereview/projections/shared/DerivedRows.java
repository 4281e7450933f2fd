package uk.org.casereview.projections.shared;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Brings the derived rows of one aggregate from what they were to what they are: deletes the gone, inserts the new. */
public final class DerivedRows {

    private DerivedRows() {
    }

    public static void apply(JdbcTemplate jdbc, Collection<? extends DerivedRow> before, Collection<? extends DerivedRow> after) {
        Set<DerivedRow> old = new HashSet<>(before);
        Set<DerivedRow> now = new HashSet<>(after);
        for (DerivedRow row : before) {
            if (!now.contains(row)) {
                delete(jdbc, row);
            }
        }
        for (DerivedRow row : after) {
            if (!old.contains(row)) {
                insert(jdbc, row);
            }
        }
    }

    private static void delete(JdbcTemplate jdbc, DerivedRow row) {
        LinkedHashMap<String, Object> columns = row.columns();
        List<Object> args = new ArrayList<>();
        for (String key : row.key()) {
            args.add(columns.get(key));
        }
        String where = row.key().stream().map(k -> k + " = ?").collect(Collectors.joining(" and "));
        jdbc.update("delete from " + row.table() + " where " + where, args.toArray());
    }

    private static void insert(JdbcTemplate jdbc, DerivedRow row) {
        LinkedHashMap<String, Object> columns = row.columns();
        String names = String.join(", ", columns.keySet());
        String marks = columns.keySet().stream().map(k -> "?").collect(Collectors.joining(", "));
        jdbc.update("insert into " + row.table() + " (" + names + ") values (" + marks + ")", columns.values().toArray());
    }
}
