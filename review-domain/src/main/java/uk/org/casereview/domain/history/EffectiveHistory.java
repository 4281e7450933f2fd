package uk.org.casereview.domain.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The facts of one aggregate as they really happened: every correction applied (the latest correction of a fact wins)
 * and the facts in the order of their business dates, facts of the same date in the order they were recorded. The
 * fact that created the aggregate always comes first. Aggregates decide on it and views fold it, so that a fact
 * recorded late or corrected counts where it belongs.
 */
public final class EffectiveHistory {

    private EffectiveHistory() {
    }

    /** The effective facts of a recorded stream (corrections included), in business-date order. */
    @SuppressWarnings("unchecked")
    public static <E> List<Fact<E>> of(List<Fact<E>> recorded, Function<E, LocalDate> businessDate) {
        Map<Long, Correction<E>> corrections = new HashMap<>();
        for (Fact<E> fact : recorded) {
            if (fact.event() instanceof Correction<?> correction) {
                corrections.put(correction.sequence(), (Correction<E>) correction);
            }
        }
        List<Fact<E>> facts = new ArrayList<>(recorded.size());
        for (Fact<E> fact : recorded) {
            if (fact.event() instanceof Correction<?>) {
                continue;
            }
            Correction<E> correction = corrections.get(fact.sequence());
            if (correction == null) {
                facts.add(fact);
            } else if (correction.replacement() != null) {
                facts.add(new Fact<>(fact.sequence(), correction.replacement()));
            }
        }
        facts.sort(order(businessDate));
        return facts;
    }

    /** The effective facts with one more fact put in its place (after the facts of the same date). */
    public static <E> List<Fact<E>> with(List<Fact<E>> effective, Fact<E> fact, Function<E, LocalDate> businessDate) {
        List<Fact<E>> facts = new ArrayList<>(effective.size() + 1);
        facts.addAll(effective);
        facts.add(fact);
        facts.sort(order(businessDate));
        return facts;
    }

    /** True when the fact belongs after every one of the effective facts, so that it can simply be folded on. */
    public static <E> boolean comesLast(List<Fact<E>> effective, Fact<E> fact, Function<E, LocalDate> businessDate) {
        return effective.isEmpty() || order(businessDate).compare(effective.get(effective.size() - 1), fact) < 0;
    }

    private static <E> Comparator<Fact<E>> order(Function<E, LocalDate> businessDate) {
        Comparator<Fact<E>> creationFirst = Comparator.comparing(f -> f.sequence() != 0);
        return creationFirst.thenComparing(f -> businessDate.apply(f.event())).thenComparingLong(Fact::sequence);
    }

    /** The events of the facts, in order. */
    public static <E> List<E> events(List<Fact<E>> facts) {
        return facts.stream().map(Fact::event).toList();
    }
}
