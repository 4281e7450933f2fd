package uk.org.casereview.domain.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in England and Wales: Monday to Friday, not a bank holiday. The bank holidays come from Jollyday's
 * United Kingdom rules for England (substitute days and the one-off proclamations included); configuration can add
 * a new one-off proclamation or cancel a holiday that a proclamation moved.
 */
public final class WorkingDayCalendar {

    private static final String ENGLAND = "eng";

    private final HolidayManager holidays;
    private final Set<LocalDate> added;
    private final Set<LocalDate> cancelled;
    private final Map<Integer, SortedSet<LocalDate>> bankHolidaysByYear = new ConcurrentHashMap<>();

    public WorkingDayCalendar(Collection<LocalDate> addedBankHolidays, Collection<LocalDate> cancelledBankHolidays) {
        this.holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        this.added = Set.copyOf(addedBankHolidays);
        this.cancelled = Set.copyOf(cancelledBankHolidays);
    }

    public static WorkingDayCalendar englandAndWales() {
        return new WorkingDayCalendar(Set.of(), Set.of());
    }

    /** The bank holidays of a calendar year in England and Wales, as days off (substitute days, not nominal dates). */
    public SortedSet<LocalDate> bankHolidays(int year) {
        return bankHolidaysByYear.computeIfAbsent(year, this::loadBankHolidays);
    }

    private SortedSet<LocalDate> loadBankHolidays(int year) {
        SortedSet<LocalDate> days = new TreeSet<>();
        for (Holiday holiday : holidays.getHolidays(Year.of(year), ENGLAND)) {
            days.add(holiday.getObservedDate().orElse(holiday.getDate()));
        }
        added.stream().filter(d -> d.getYear() == year).forEach(days::add);
        days.removeAll(cancelled);
        return java.util.Collections.unmodifiableSortedSet(days);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY && !bankHolidays(day.getYear()).contains(day);
    }

    /** The Nth working day after {@code day} (which is day 0): "within N working days of day" ends on it. */
    public LocalDate addWorkingDays(LocalDate day, int workingDays) {
        return step(day, workingDays, 1);
    }

    /** The Nth working day before {@code day}: "at least N working days before day" ends on it. */
    public LocalDate subtractWorkingDays(LocalDate day, int workingDays) {
        return step(day, workingDays, -1);
    }

    private LocalDate step(LocalDate day, int workingDays, int direction) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + workingDays);
        }
        LocalDate current = day;
        int counted = 0;
        while (counted < workingDays) {
            current = current.plusDays(direction);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }
}
