package uk.org.casereview.domain.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimescalesTest {

    @Test
    void workingTogetherDefaults() {
        assertThat(Timescales.workingTogether2023()).isEqualTo(new Timescales(5, 15, 15, 6, 7, 28));
    }

    @Test
    void zeroIsAllowedAndNoTimescaleMayBeNegative() {
        assertThat(new Timescales(0, 0, 0, 0, 0, 0).amberWithinDays()).isZero();
        assertThatThrownBy(() -> new Timescales(-1, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Timescales(0, -1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Timescales(0, 0, -1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Timescales(0, 0, 0, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Timescales(0, 0, 0, 0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Timescales(0, 0, 0, 0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theClockKeepsItsCalendarTimescalesAndMilestonesByKind() {
        var calendar = WorkingDayCalendar.englandAndWales();
        var timescales = new Timescales(1, 2, 3, 4, 5, 6);
        var clock = new StatutoryClock(calendar, timescales, Map.of("LEARNING_REVIEW", List.of(Milestone.PUBLICATION)));
        assertThat(clock.calendar()).isSameAs(calendar);
        assertThat(clock.timescales()).isSameAs(timescales);
        assertThat(clock.reviewMilestones("LEARNING_REVIEW")).containsExactly(Milestone.PUBLICATION);
        assertThat(clock.reviewMilestones("CSPR")).isEmpty();
        assertThat(clock.reviewMilestones()).containsOnlyKeys("LEARNING_REVIEW");
        assertThat(clock.panelResponseExpected(LocalDate.parse("2024-05-24"))).isEqualTo(LocalDate.parse("2024-05-30"));
        assertThat(clock.rapidReviewDue(LocalDate.parse("2024-05-24"))).isEqualTo(LocalDate.parse("2024-05-29"));
        assertThat(clock.finalReportDue(LocalDate.parse("2024-05-31"))).isEqualTo(LocalDate.parse("2024-05-23"));
    }

    @Test
    void byDefaultACsprHasAFinalReportAndAPublicationAndAnScrItsPublication() {
        var clock = StatutoryClock.defaults();
        assertThat(clock.reviewMilestones("CSPR")).containsExactly(Milestone.FINAL_REPORT, Milestone.PUBLICATION);
        assertThat(clock.reviewMilestones("SERIOUS_CASE_REVIEW")).containsExactly(Milestone.PUBLICATION);
        for (String kind : List.of("NATIONAL_REVIEW", "LEARNING_REVIEW", "MULTI_AGENCY_AUDIT", "JOINT_REVIEW")) {
            assertThat(clock.reviewMilestones(kind)).as(kind).isEmpty();
        }
    }

    @Test
    void aCancelledActionIsNeverOverdueAndCompletionWinsOverCancellation() {
        var clock = StatutoryClock.defaults();
        LocalDate due = LocalDate.parse("2025-05-31");
        assertThat(clock.rag(due, null, LocalDate.parse("2025-05-01"), LocalDate.parse("2025-07-01"))).isEqualTo(Rag.CANCELLED);
        assertThat(clock.rag(due, null, LocalDate.parse("2025-05-01"), LocalDate.parse("2025-05-01"))).isEqualTo(Rag.CANCELLED);
        assertThat(clock.rag(due, null, LocalDate.parse("2025-06-02"), LocalDate.parse("2025-06-01"))).isEqualTo(Rag.RED);
        assertThat(clock.rag(due, LocalDate.parse("2025-05-01"), LocalDate.parse("2025-05-01"), LocalDate.parse("2025-07-01")))
                .isEqualTo(Rag.COMPLETE);
    }

    @Test
    void aConfiguredOneOffBelongsToItsOwnYear() {
        var calendar = new WorkingDayCalendar(List.of(LocalDate.parse("2025-07-07")), List.of());
        assertThat(calendar.bankHolidays(2025)).contains(LocalDate.parse("2025-07-07"));
        assertThat(calendar.bankHolidays(2024)).doesNotContain(LocalDate.parse("2025-07-07")).allMatch(day -> day.getYear() == 2024);
    }

    @Test
    void theCalendarRefusesANegativeNumberOfWorkingDays() {
        var calendar = WorkingDayCalendar.englandAndWales();
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.parse("2024-05-24"), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(calendar.addWorkingDays(LocalDate.parse("2024-05-25"), 0)).isEqualTo(LocalDate.parse("2024-05-25"));
    }
}
