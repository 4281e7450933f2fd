package uk.org.casereview.domain.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

class WorkingDayCalendarTest {

    /** England and Wales bank holidays as published on gov.uk/bank-holidays (days off, substitute days included). */
    private static final Map<Integer, String> PUBLISHED = Map.ofEntries(
            entry(2015, "2015-01-01 2015-04-03 2015-04-06 2015-05-04 2015-05-25 2015-08-31 2015-12-25 2015-12-28"),
            entry(2016, "2016-01-01 2016-03-25 2016-03-28 2016-05-02 2016-05-30 2016-08-29 2016-12-26 2016-12-27"),
            entry(2017, "2017-01-02 2017-04-14 2017-04-17 2017-05-01 2017-05-29 2017-08-28 2017-12-25 2017-12-26"),
            entry(2018, "2018-01-01 2018-03-30 2018-04-02 2018-05-07 2018-05-28 2018-08-27 2018-12-25 2018-12-26"),
            entry(2019, "2019-01-01 2019-04-19 2019-04-22 2019-05-06 2019-05-27 2019-08-26 2019-12-25 2019-12-26"),
            entry(2020, "2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28"),
            entry(2021, "2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28"),
            entry(2022, "2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27"),
            entry(2023, "2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26"),
            entry(2024, "2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26"),
            entry(2025, "2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26"),
            entry(2026, "2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28"),
            entry(2027, "2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28"));

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    void bankHolidaysOfEveryYearFrom2015To2027AreThePublishedOnes() {
        for (int year = 2015; year <= 2027; year++) {
            List<LocalDate> expected = Arrays.stream(PUBLISHED.get(year).split(" ")).map(LocalDate::parse).toList();
            assertThat(calendar.bankHolidays(year)).as("bank holidays of %d", year).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void weekendsAndBankHolidaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2024-06-01"))).as("a Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2024-06-02"))).as("a Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2024-12-25"))).as("Christmas Day").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2020-05-04"))).as("the first Monday of May 2020, moved to the 8th").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2022-05-30"))).as("the last Monday of May 2022, moved to 2 June").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2024-06-03"))).as("an ordinary Monday").isTrue();
    }

    @ParameterizedTest(name = "{2} working days after {0}: {1} ({3})")
    @CsvSource({
            // Easter 2024: Good Friday 29 March, Easter Monday 1 April
            "2024-03-27, 2024-04-05, 5, Easter",
            // Christmas, Boxing Day and New Year 2024-25
            "2024-12-20, 2025-01-15, 15, Christmas and New Year",
            // Christmas 2021 on a Saturday: substitute days on 27 and 28 December, New Year substitute on 3 January
            "2021-12-23, 2022-01-04, 5, substitute days",
            // 2020: early May bank holiday moved to Friday 8 May (VE Day)
            "2020-05-04, 2020-05-12, 5, VE Day 2020",
            // 2022: spring bank holiday moved to 2 June, Platinum Jubilee 3 June
            "2022-05-31, 2022-06-09, 5, Platinum Jubilee",
            // 2022: the Queen's state funeral, 19 September
            "2022-09-15, 2022-09-23, 5, state funeral",
            // 2023: the King's coronation, 8 May
            "2023-05-03, 2023-05-11, 5, coronation",
            // 2012: spring bank holiday moved to 4 June, Diamond Jubilee 5 June
            "2012-05-31, 2012-06-11, 5, Diamond Jubilee",
            // day 0 on a weekend
            "2024-06-01, 2024-06-07, 5, day 0 a Saturday",
            "2024-06-03, 2024-06-03, 0, zero days"
    })
    void workedDeadlines(LocalDate from, LocalDate expected, int workingDays, String what) {
        assertThat(calendar.addWorkingDays(from, workingDays)).isEqualTo(expected);
    }

    @Test
    void workingDaysBeforeADateCrossBankHolidays() {
        // publication on Tuesday 2 April 2024: 7 working days before skips Easter Monday and Good Friday
        assertThat(calendar.subtractWorkingDays(LocalDate.parse("2024-04-02"), 7)).isEqualTo(LocalDate.parse("2024-03-20"));
        // publication on Friday 3 January 2025
        assertThat(calendar.subtractWorkingDays(LocalDate.parse("2025-01-03"), 7)).isEqualTo(LocalDate.parse("2024-12-20"));
    }

    @Test
    void aNewOneOffFromConfigurationIsABankHoliday() {
        LocalDate proclaimed = LocalDate.parse("2027-06-07");
        var configured = new WorkingDayCalendar(Set.of(proclaimed), Set.of());
        assertThat(configured.isWorkingDay(proclaimed)).isFalse();
        assertThat(configured.bankHolidays(2027)).contains(proclaimed).hasSize(9);
        // Thursday 3 June 2027 + 5 working days: Fri 4 (1), Tue 8 (2), Wed 9 (3), Thu 10 (4), Fri 11 (5)
        assertThat(configured.addWorkingDays(LocalDate.parse("2027-06-03"), 5)).isEqualTo(LocalDate.parse("2027-06-11"));
        assertThat(calendar.addWorkingDays(LocalDate.parse("2027-06-03"), 5)).isEqualTo(LocalDate.parse("2027-06-10"));
    }

    @Test
    void aHolidayMovedByProclamationCanBeCancelledByConfiguration() {
        LocalDate moved = LocalDate.parse("2027-05-03");
        var configured = new WorkingDayCalendar(Set.of(LocalDate.parse("2027-05-07")), Set.of(moved));
        assertThat(configured.isWorkingDay(moved)).isTrue();
        assertThat(configured.isWorkingDay(LocalDate.parse("2027-05-07"))).isFalse();
    }
}
