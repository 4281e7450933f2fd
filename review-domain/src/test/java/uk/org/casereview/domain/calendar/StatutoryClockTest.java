package uk.org.casereview.domain.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class StatutoryClockTest {

    private final StatutoryClock clock = StatutoryClock.defaults();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void notificationIsDueFiveWorkingDaysAfterAwareness() {
        assertThat(clock.notificationDue(d("2024-03-27"))).isEqualTo(d("2024-04-05"));
    }

    @Test
    void rapidReviewIsDueFifteenWorkingDaysAfterNotification() {
        assertThat(clock.rapidReviewDue(d("2024-12-20"))).isEqualTo(d("2025-01-15"));
    }

    @Test
    void panelResponseIsExpectedFifteenWorkingDaysAfterSubmission() {
        // Friday 28 April 2023: skips the early May bank holiday and the coronation (8 May)
        assertThat(clock.panelResponseExpected(d("2023-04-28"))).isEqualTo(d("2023-05-23"));
    }

    @Test
    void publicationIsDueSixCalendarMonthsAfterTheDecision() {
        assertThat(clock.publicationDue(d("2024-06-03"))).isEqualTo(d("2024-12-03"));
        assertThat(clock.publicationDue(d("2024-08-31"))).isEqualTo(d("2025-02-28"));
    }

    @Test
    void theFinalReportIsDueSevenWorkingDaysBeforePublication() {
        assertThat(clock.finalReportDue(d("2024-04-02"))).isEqualTo(d("2024-03-20"));
    }

    @Test
    void timescalesAreConfigurable() {
        var shorter = new StatutoryClock(WorkingDayCalendar.englandAndWales(), new Timescales(3, 10, 20, 4, 5, 14));
        assertThat(shorter.notificationDue(d("2024-03-27"))).isEqualTo(d("2024-04-03"));
        assertThat(shorter.publicationDue(d("2024-06-03"))).isEqualTo(d("2024-10-03"));
        assertThat(shorter.rag(d("2024-07-01"), null, d("2024-06-10"))).isEqualTo(Rag.GREEN);
    }

    @Test
    void milestoneStateAsOfADate() {
        LocalDate due = d("2024-05-14");
        assertThat(StatutoryClock.state(due, d("2024-05-14"), d("2024-06-01"))).isEqualTo(MilestoneState.MET);
        assertThat(StatutoryClock.state(due, d("2024-05-15"), d("2024-06-01"))).isEqualTo(MilestoneState.MISSED);
        assertThat(StatutoryClock.state(due, null, d("2024-05-14"))).isEqualTo(MilestoneState.DUE);
        assertThat(StatutoryClock.state(due, null, d("2024-05-15"))).isEqualTo(MilestoneState.OVERDUE);
        // done after the as-of date: as at that date it was not done yet
        assertThat(StatutoryClock.state(due, d("2024-05-20"), d("2024-05-16"))).isEqualTo(MilestoneState.OVERDUE);
        assertThat(StatutoryClock.state(due, d("2024-05-13"), d("2024-05-10"))).isEqualTo(MilestoneState.DUE);
    }

    @Test
    void actionRagAsOfADate() {
        LocalDate due = d("2025-05-31");
        assertThat(clock.rag(due, null, d("2025-05-02"))).isEqualTo(Rag.GREEN);
        assertThat(clock.rag(due, null, d("2025-05-03"))).as("due within 28 days").isEqualTo(Rag.AMBER);
        assertThat(clock.rag(due, null, d("2025-05-31"))).as("due today").isEqualTo(Rag.AMBER);
        assertThat(clock.rag(due, null, d("2025-06-01"))).as("past due").isEqualTo(Rag.RED);
        assertThat(clock.rag(due, d("2025-06-10"), d("2025-06-05"))).as("completed later").isEqualTo(Rag.RED);
        assertThat(clock.rag(due, d("2025-06-10"), d("2025-06-10"))).isEqualTo(Rag.COMPLETE);
    }
}
