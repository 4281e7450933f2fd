package uk.org.casereview.domain.history;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EffectiveHistoryTest {

    interface Happened {
        LocalDate on();
    }

    record Noted(String what, LocalDate on) implements Happened {
    }

    record Corrected(long sequence, String reason, Happened replacement, LocalDate on) implements Happened, Correction<Happened> {
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Fact<Happened> fact(long sequence, String what, String on) {
        return new Fact<>(sequence, new Noted(what, d(on)));
    }

    private static Fact<Happened> correction(long sequence, long corrected, Happened replacement) {
        return new Fact<>(sequence, new Corrected(corrected, "reason", replacement, d("2030-01-01")));
    }

    private static List<String> whats(List<Fact<Happened>> facts) {
        return EffectiveHistory.events(facts).stream().map(e -> ((Noted) e).what()).toList();
    }

    @Test
    void factsAreInBusinessDateOrderWithTheCreationFirstAndTiesInRecordedOrder() {
        List<Fact<Happened>> recorded = List.of(fact(0, "created", "2024-05-10"), fact(1, "c", "2024-05-20"), fact(2, "a", "2024-05-01"),
                fact(3, "b", "2024-05-20"), fact(4, "d", "2024-05-21"));
        List<Fact<Happened>> effective = EffectiveHistory.of(recorded, Happened::on);
        assertThat(whats(effective)).containsExactly("created", "a", "c", "b", "d");
        assertThat(effective).extracting(Fact::sequence).containsExactly(0L, 2L, 1L, 3L, 4L);
    }

    @Test
    void aCorrectionReplacesTheFactKeepingItsSequenceAndTheLatestCorrectionWins() {
        List<Fact<Happened>> recorded = List.of(fact(0, "created", "2024-05-10"), fact(1, "typo", "2024-05-20"), fact(2, "other", "2024-05-15"),
                correction(3, 1, new Noted("first fix", d("2024-05-12"))), correction(4, 1, new Noted("second fix", d("2024-05-11"))));
        List<Fact<Happened>> effective = EffectiveHistory.of(recorded, Happened::on);
        assertThat(whats(effective)).containsExactly("created", "second fix", "other");
        assertThat(effective).extracting(Fact::sequence).containsExactly(0L, 1L, 2L);
    }

    @Test
    void aStruckOutFactIsGoneAndCorrectionsAreNotFacts() {
        List<Fact<Happened>> recorded = List.of(fact(0, "created", "2024-05-10"), fact(1, "wrong", "2024-05-20"), fact(2, "right", "2024-05-21"),
                correction(3, 1, null));
        assertThat(whats(EffectiveHistory.of(recorded, Happened::on))).containsExactly("created", "right");
    }

    @Test
    void aStruckOutFactCanBeRestoredByALaterCorrection() {
        List<Fact<Happened>> recorded = List.of(fact(0, "created", "2024-05-10"), fact(1, "wrong", "2024-05-20"),
                correction(2, 1, null), correction(3, 1, new Noted("restored", d("2024-05-20"))));
        assertThat(whats(EffectiveHistory.of(recorded, Happened::on))).containsExactly("created", "restored");
    }

    @Test
    void oneMoreFactGoesInItsPlaceAfterTheFactsOfItsDate() {
        List<Fact<Happened>> effective = EffectiveHistory.of(List.of(fact(0, "created", "2024-05-10"), fact(1, "a", "2024-05-15"),
                fact(2, "c", "2024-05-25")), Happened::on);
        List<Fact<Happened>> with = EffectiveHistory.with(effective, fact(3, "b", "2024-05-15"), Happened::on);
        assertThat(whats(with)).containsExactly("created", "a", "b", "c");
        assertThat(whats(effective)).as("the effective history itself is unchanged").containsExactly("created", "a", "c");
        assertThat(whats(EffectiveHistory.with(List.of(), fact(0, "created", "2024-05-10"), Happened::on))).containsExactly("created");
    }

    @Test
    void aFactComesLastWhenNothingEffectiveFollowsIt() {
        List<Fact<Happened>> effective = List.of(fact(0, "created", "2024-05-10"), fact(1, "a", "2024-05-15"));
        assertThat(EffectiveHistory.comesLast(List.of(), fact(0, "created", "2024-05-10"), Happened::on)).isTrue();
        assertThat(EffectiveHistory.comesLast(effective, fact(2, "later", "2024-05-16"), Happened::on)).isTrue();
        assertThat(EffectiveHistory.comesLast(effective, fact(2, "same day", "2024-05-15"), Happened::on)).isTrue();
        assertThat(EffectiveHistory.comesLast(effective, fact(2, "earlier", "2024-05-14"), Happened::on)).isFalse();
        assertThat(EffectiveHistory.comesLast(effective, fact(2, "before the creation", "2024-05-01"), Happened::on)).isFalse();
    }

    @Test
    void theCreationComesFirstEvenWhenDatedAfterTheOthers() {
        List<Fact<Happened>> effective = EffectiveHistory.of(List.of(fact(0, "created", "2024-06-01"), fact(1, "before", "2024-05-01")),
                Happened::on);
        assertThat(whats(effective)).containsExactly("created", "before");
        assertThat(EffectiveHistory.comesLast(List.of(fact(1, "x", "2024-05-01")), fact(0, "created", "2024-06-01"), Happened::on)).isFalse();
    }
}
