package uk.org.casereview.projections.readmodel;

import java.time.LocalDate;

/**
 * A change to how many rows of a period table hold a value, on the day it happens: +1 on the day a period of the value
 * starts, -1 on the day it ends. The count on a date is the sum of the changes dated on or before it ({@link DailyCounts}).
 */
public record DailyCount(String counted, String value, LocalDate on, long change) {

    /** The changes a period [from, to) of the value makes: it starts on {@code from} and, unless open-ended, ends on {@code to}. */
    public static java.util.List<DailyCount> ofPeriod(String counted, String value, LocalDate from, LocalDate to) {
        DailyCount start = new DailyCount(counted, value, from, 1);
        return to.equals(ReadModels.OPEN_END) ? java.util.List.of(start) : java.util.List.of(start, new DailyCount(counted, value, to, -1));
    }
}
