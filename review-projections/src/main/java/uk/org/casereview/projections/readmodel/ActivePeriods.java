package uk.org.casereview.projections.readmodel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Finds the rows of a period table ([from_on, to_on) of business dates) that contain a date, using an index however far
 * back the date is. A plain range on to_on or from_on reads about half the table for a date in the middle of the
 * history; instead each period is filed by its length, in classes of powers of two, and a period of class k that
 * contains the date ends in the 2^(k+1) days after it: one index range on (length_class, to_on, from_on) per class.
 * Since no fact is dated after today, that range is empty for today, and a question about today reads only the
 * open-ended periods (to_on = 9999-12-31), classes of their own: OPEN, and SETTLED for those that will never end (a
 * closed or declined recommendation), which a question about what was open leaves out. The union is the answer.
 */
public final class ActivePeriods {

    /** The class of periods that have not ended. */
    public static final int OPEN = 99;
    /** The class of periods that have not ended and never will (a recommendation closed or declined). */
    public static final int SETTLED = 100;
    /** Periods up to 2^15 days (ninety years) are classed by length; longer ones do not occur. */
    private static final int CLASSES = 15;

    private ActivePeriods() {
    }

    /** The class a period [from, to) is filed in. */
    public static int lengthClass(LocalDate from, LocalDate to) {
        return lengthClass(from, to, false);
    }

    /** The class a period is filed in; {@code settled}: an open-ended period in a final state. */
    public static int lengthClass(LocalDate from, LocalDate to, boolean settled) {
        if (to.equals(ReadModels.OPEN_END)) {
            return settled ? SETTLED : OPEN;
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        return Math.min(CLASSES - 1, 63 - Long.numberOfLeadingZeros(days));
    }

    /**
     * A derived table of the given columns of the rows of {@code table} whose period contains {@code date}; its
     * parameters are appended to {@code args}.
     */
    public static String containing(String table, String columns, LocalDate date, List<Object> args) {
        return containing(table, columns, date, "", List.of(), args);
    }

    /**
     * The same, with a further condition on each row ({@code " and status in (...)"}), applied inside each class so that
     * an index on (length_class, the condition's column, ...) can serve it.
     */
    public static String containing(String table, String columns, LocalDate date, String condition, List<Object> conditionArgs,
                                    List<Object> args) {
        return containing(table, columns, date, condition, conditionArgs, true, args);
    }

    /**
     * The same, leaving out the settled periods when {@code withSettled} is false (a question about what was open, or a
     * table without settled periods). One
     * index, (length_class, to_on, from_on), serves every class: open-ended classes read to_on = 9999-12-31 and a from_on
     * range, the others a to_on range.
     */
    public static String containing(String table, String columns, LocalDate date, String condition, List<Object> conditionArgs,
                                    boolean withSettled, List<Object> args) {
        StringBuilder sql = new StringBuilder("(");
        for (int openClass : withSettled ? new int[]{OPEN, SETTLED} : new int[]{OPEN}) {
            if (openClass != OPEN) {
                sql.append(" union all ");
            }
            sql.append("select ").append(columns).append(" from ").append(table)
                    .append(" where length_class = ").append(openClass).append(" and to_on = ?").append(condition).append(" and from_on <= ?");
            args.add(ReadModels.OPEN_END);
            args.addAll(conditionArgs);
            args.add(date);
        }
        ending(sql, table, columns, date, condition, conditionArgs, args);
        return sql.append(")").toString();
    }

    /**
     * A derived table of the given columns of the rows of {@code table} whose period contains {@code date} and ends
     * (those that have not ended left out), with a further condition on each row as in {@link #containing}.
     */
    public static String endingAfter(String table, String columns, LocalDate date, String condition, List<Object> conditionArgs,
                                     List<Object> args) {
        StringBuilder sql = new StringBuilder("(");
        ending(sql, table, columns, date, condition, conditionArgs, args);
        return sql.append(")").toString();
    }

    /** One index range on (length_class, to_on, ...) for each class of periods that end. */
    private static void ending(StringBuilder sql, String table, String columns, LocalDate date, String condition,
                               List<Object> conditionArgs, List<Object> args) {
        for (int k = 0; k < CLASSES; k++) {
            if (sql.length() > 1) {
                sql.append(" union all ");
            }
            sql.append("select ").append(columns).append(" from ").append(table)
                    .append(" where length_class = ").append(k).append(" and to_on > ? and to_on <= ?").append(condition)
                    .append(" and from_on <= ?");
            args.add(date);
            args.add(date.plusDays(1L << (k + 1)));
            args.addAll(conditionArgs);
            args.add(date);
        }
    }

    /**
     * A derived table of the given columns of the rows of {@code table} whose period [from_on, to_on) shares a day with
     * [{@code from}, {@code to}] (both included), leaving out the settled periods: a period of class k that does ends
     * after {@code from} and at most 2^(k+1) days after {@code to}, one index range per class as in {@link #containing}.
     */
    public static String overlapping(String table, String columns, LocalDate from, LocalDate to, List<Object> args) {
        StringBuilder sql = new StringBuilder("(select ").append(columns).append(" from ").append(table)
                .append(" where length_class = ").append(OPEN).append(" and to_on = ? and from_on <= ?");
        args.add(ReadModels.OPEN_END);
        args.add(to);
        for (int k = 0; k < CLASSES; k++) {
            sql.append(" union all select ").append(columns).append(" from ").append(table)
                    .append(" where length_class = ").append(k).append(" and to_on > ? and to_on <= ? and from_on <= ?");
            args.add(from);
            args.add(to.plusDays(1L << (k + 1)));
            args.add(to);
        }
        return sql.append(")").toString();
    }
}
