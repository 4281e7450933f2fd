package uk.org.casereview.domain.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MilestoneDatesTest {

    private static final LocalDate DUE = LocalDate.parse("2024-05-14");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void doneOnOrBeforeTheDueDateIsMetAndLaterIsMissed() {
        assertThat(MilestoneDates.state(DUE, d("2024-05-14"), null, null, d("2024-06-01"))).isEqualTo(MilestoneState.MET);
        assertThat(MilestoneDates.state(DUE, d("2024-05-13"), null, null, d("2024-05-13"))).isEqualTo(MilestoneState.MET);
        assertThat(MilestoneDates.state(DUE, d("2024-05-15"), null, null, d("2024-05-15"))).isEqualTo(MilestoneState.MISSED);
    }

    @Test
    void doneAfterTheAsOfDateDoesNotCountYet() {
        assertThat(MilestoneDates.state(DUE, d("2024-05-13"), null, null, d("2024-05-12"))).isEqualTo(MilestoneState.DUE);
        assertThat(MilestoneDates.state(DUE, d("2024-05-20"), null, null, d("2024-05-19"))).isEqualTo(MilestoneState.OVERDUE);
    }

    @Test
    void notDoneIsDueUntilTheDueDateThenOverdue() {
        assertThat(MilestoneDates.state(DUE, null, null, null, DUE)).isEqualTo(MilestoneState.DUE);
        assertThat(MilestoneDates.state(DUE, null, null, null, d("2024-05-15"))).isEqualTo(MilestoneState.OVERDUE);
    }

    @Test
    void notRequiredFromItsDateUnlessDoneAndNeverOverdue() {
        assertThat(MilestoneDates.state(DUE, null, d("2024-05-20"), null, d("2024-05-20"))).isEqualTo(MilestoneState.NOT_REQUIRED);
        assertThat(MilestoneDates.state(DUE, null, d("2024-05-20"), null, d("2024-05-19"))).isEqualTo(MilestoneState.OVERDUE);
        assertThat(MilestoneDates.state(DUE, d("2024-05-10"), d("2024-05-20"), null, d("2024-05-30"))).isEqualTo(MilestoneState.MET);
        assertThat(MilestoneDates.state(null, null, d("2024-05-20"), null, d("2024-05-20"))).isEqualTo(MilestoneState.NOT_REQUIRED);
    }

    @Test
    void withoutADueDateItIsDueUntilDoneOrNotRequired() {
        assertThat(MilestoneDates.state(null, null, d("2024-05-20"), null, d("2024-05-19"))).isEqualTo(MilestoneState.DUE);
        assertThat(MilestoneDates.state(null, d("2024-05-18"), d("2024-05-20"), null, d("2024-05-19"))).isEqualTo(MilestoneState.MET);
    }

    @Test
    void lapsedBeforeItWasDoneIsMissedFromTheLapseDate() {
        assertThat(MilestoneDates.state(DUE, null, null, d("2024-05-10"), d("2024-05-10"))).isEqualTo(MilestoneState.MISSED);
        assertThat(MilestoneDates.state(DUE, null, null, d("2024-05-10"), d("2024-05-09"))).isEqualTo(MilestoneState.DUE);
        assertThat(MilestoneDates.state(DUE, d("2024-05-09"), null, d("2024-05-10"), d("2024-05-12"))).isEqualTo(MilestoneState.MET);
    }

    @Test
    void stateOnAndDoneByReadTheMilestonesOwnDates() {
        var milestone = new MilestoneDates(Milestone.RAPID_REVIEW, DUE, d("2024-05-16"), null, null, true);
        assertThat(milestone.stateOn(d("2024-05-15"))).isEqualTo(MilestoneState.OVERDUE);
        assertThat(milestone.stateOn(d("2024-05-16"))).isEqualTo(MilestoneState.MISSED);
        assertThat(milestone.doneBy(d("2024-05-15"))).isNull();
        assertThat(milestone.doneBy(d("2024-05-16"))).isEqualTo(d("2024-05-16"));
        assertThat(new MilestoneDates(Milestone.RAPID_REVIEW, DUE, null, d("2024-05-01"), null, true).stateOn(d("2024-05-02")))
                .isEqualTo(MilestoneState.NOT_REQUIRED);
        assertThat(new MilestoneDates(Milestone.FINAL_REPORT, DUE, null, null, d("2024-05-01"), true).stateOn(d("2024-05-02")))
                .isEqualTo(MilestoneState.MISSED);
        assertThat(new MilestoneDates(Milestone.RAPID_REVIEW, DUE, null, null, null, true).doneBy(DUE)).isNull();
    }

    @Test
    void aMilestoneNeedsANameAndADueDateUnlessItWasNeverRequired() {
        assertThatThrownBy(() -> new MilestoneDates(null, DUE, null, null, null, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MilestoneDates(Milestone.PANEL_RESPONSE, null, null, null, null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a milestone needs a name and a due date: PANEL_RESPONSE");
        assertThat(new MilestoneDates(Milestone.PANEL_RESPONSE, null, null, DUE, null, false).notRequiredOn()).isEqualTo(DUE);
    }
}
