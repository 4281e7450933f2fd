package uk.org.casereview.projections.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Finds the rows of a period table ([from_on, to_on) of business dates) that contain a date, using an index however far
 * back the date is. A plain range on to_on or from_on reads about half the table for a date in the middle of the
 * history; instead each period is filed by the length of its period, in classes of powers of two, and for class k only
 * periods starting in the 2^(k+1) days before the date can contain it. Open-ended periods (to_on = 9999-12-31) are a
 * class of their own. Each class is one index range on (length_class, from_on); their union is the answer.
 */
public final class ActivePeriods {

    /** The class of periods that have not ended. */
    public static final int OPEN = 99;
    /** Periods up to 2^15 days (ninety years) are classed by length; longer ones do not occur. */
    private static final int CLASSES = 15;

    private ActivePeriods() {
    }

    /** The class a period [from, to) is filed in. */
    public static int lengthClass(LocalDate from, LocalDate to) {
        if (to.equals(ReadModels.OPEN_END)) {
            return OPEN;
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        return Math.min(CLASSES - 1, 63 - Long.numberOfLeadingZeros(days));
    }

    /**
     * A derived table of the given columns of the rows of {@code table} whose period contains {@code date}; its
     * parameters are appended to {@code args}.
     */
    public static String containing(String table, String columns, LocalDate date, List<Object> args) {
        StringBuilder sql = new StringBuilder("(select ").append(columns).append(" from ").append(table)
                .append(" where length_class = ").append(OPEN).append(" and from_on <= ?");
        args.add(date);
        for (int k = 0; k < CLASSES; k++) {
            sql.append(" union all select ").append(columns).append(" from ").append(table)
                    .append(" where length_class = ").append(k).append(" and from_on > ? and from_on <= ? and to_on > ?");
            args.add(date.minusDays(1L << (k + 1)));
            args.add(date);
            args.add(date);
        }
        return sql.append(")").toString();
    }
}
