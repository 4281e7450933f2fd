package uk.org.casereview.projections.readmodel;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many rows of a period table hold a value on a date, kept as the day-by-day changes of table {@code daily_count}
 * ({@link DailyCount}): a count on any date is one indexed sum over at most a row a day, however many rows it counts.
 * <p>
 * The changes of a batch are gathered here, netted per day, and added to the stored ones in the batch's transaction.
 * The processor's threads add theirs one batch at a time ({@link #WRITING}, held from the adding until the batch has
 * committed or rolled back): on H2 a day's first change inserts its row, and a second batch inserting the same day
 * before the first committed would fail on the key, however rarely. PostgreSQL's "on conflict" waits for the other
 * transaction instead, so instances sharing a database need nothing more; the keys are added in order, so that two
 * transactions adding to the same days wait for each other rather than deadlock.
 * Adding is not idempotent: the rows it counts are written exactly once per event (the processor commits them with its
 * token; a bulk load leaves out what the processor will handle).
 */
public final class DailyCounts {

    public static final String TABLE = "daily_count";

    /** Held by the batch adding to the counts, from then until its transaction has ended. */
    static final java.util.concurrent.locks.ReentrantLock WRITING = new java.util.concurrent.locks.ReentrantLock();

    private record Key(String counted, String value, LocalDate on) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::counted).thenComparing(Key::value).thenComparing(Key::on);

    private final Map<Key, Long> changes = new TreeMap<>(ORDER);

    /** Adds the row's changes ({@code sign} 1) or takes them away (-1: the row is no longer derived). */
    public void add(DerivedRow row, int sign) {
        for (DailyCount count : row.dailyCounts()) {
            changes.merge(new Key(count.counted(), count.value(), count.on()), sign * count.change(), Long::sum);
        }
    }

    public boolean isEmpty() {
        return changes.values().stream().allMatch(change -> change == 0);
    }

    /** Adds the gathered changes to the stored ones and forgets them. */
    public void apply(JdbcTemplate jdbc, SqlDialect dialect) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> keys = new ArrayList<>();
        changes.forEach((key, change) -> {
            if (change != 0) {
                rows.add(new Object[]{key.counted(), key.value(), key.on(), change});
                keys.add(new Object[]{key.counted(), key.value(), key.on()});
            }
        });
        changes.clear();
        if (!rows.isEmpty()) {
            RowChanges.batch(jdbc, dialect.addToCount(), rows);
            // a day whose changes now cancel out holds no row, as if it had never had one
            RowChanges.batch(jdbc, "delete from " + TABLE + " where counted = ? and counted_value = ? and on_date = ? and change = 0", keys);
        }
    }

    /** How many rows held the value on the date: the sum of its changes dated on or before it. */
    public static long on(JdbcTemplate jdbc, String counted, String value, LocalDate date) {
        Long count = jdbc.queryForObject("select coalesce(sum(change), 0) from " + TABLE
                + " where counted = ? and counted_value = ? and on_date <= ?", Long.class, counted, value, date);
        return count == null ? 0 : count;
    }
}
