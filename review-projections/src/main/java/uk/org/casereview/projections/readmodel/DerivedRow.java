package uk.org.casereview.projections.readmodel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A row of a read-model table that is a pure function of one aggregate's history, as a record whose components are
 * the table's columns in the same order (camelCase components, snake_case columns; enums stored by name). Rows are
 * compared whole; a projection writes only the rows that an event added, changed or removed.
 */
public interface DerivedRow {

    String table();

    /** The columns that identify the row. */
    List<String> key();

    /** What the row adds to the daily counts ({@link DailyCounts}); most rows add nothing. */
    default List<DailyCount> dailyCounts() {
        return List.of();
    }

    /** Every column with its value, in the order of the record's components. */
    default LinkedHashMap<String, Object> columns() {
        List<Columns.Column> names = Columns.of(getClass());
        Object[] values = values();
        LinkedHashMap<String, Object> columns = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            columns.put(names.get(i).name(), values[i]);
        }
        return columns;
    }

    /** Every column's value, in the order of the record's components (the order of {@link #columns}). */
    default Object[] values() {
        List<Columns.Column> columns = Columns.of(getClass());
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            Object value = columns.get(i).get(this);
            values[i] = value instanceof Enum<?> e ? e.name() : value;
        }
        return values;
    }

    /** The record components of each row type, looked up once. */
    final class Columns {
        private static final Map<Class<?>, List<Column>> BY_TYPE = new ConcurrentHashMap<>();

        private Columns() {
        }

        record Column(String name, Method accessor) {
            Object get(Object row) {
                try {
                    return accessor.invoke(row);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + name + " of " + row, e);
                }
            }
        }

        static List<Column> of(Class<?> type) {
            return BY_TYPE.computeIfAbsent(type, t -> {
                RecordComponent[] components = t.getRecordComponents();
                if (components == null) {
                    throw new IllegalStateException(t + " is not a record");
                }
                return java.util.Arrays.stream(components).map(c -> {
                    c.getAccessor().setAccessible(true);
                    return new Column(c.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(), c.getAccessor());
                }).toList();
            });
        }
    }
}
