package uk.org.casereview.domain.history;

import uk.org.casereview.domain.commandhandling.InvalidCommandException;
import uk.org.casereview.domain.commandhandling.NotFoundException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What every aggregate's correction handler does alike: find the fact it names, and see the history it would leave. */
public final class Corrections {

    private Corrections() {
    }

    /** The recorded fact with the sequence (of {@code whose}, for the message); a correction is not itself corrected. */
    public static <E> Fact<E> original(List<Fact<E>> recorded, long sequence, String whose) {
        Fact<E> original = recorded.stream().filter(f -> f.sequence() == sequence).findFirst()
                .orElseThrow(() -> new NotFoundException(whose + " has no fact " + sequence));
        if (original.event() instanceof Correction<?> correction) {
            throw new InvalidCommandException("sequence", "fact " + sequence + " is itself a correction: correct fact "
                    + correction.sequence() + " instead");
        }
        return original;
    }

    /** The effective facts, in order, once the correction is recorded after the recorded ones. */
    public static <E> List<E> effectiveWith(List<Fact<E>> recorded, E correction, Function<E, LocalDate> businessDate) {
        List<Fact<E>> corrected = new ArrayList<>(recorded);
        corrected.add(new Fact<>(recorded.size(), correction));
        return EffectiveHistory.events(EffectiveHistory.of(corrected, businessDate));
    }
}
