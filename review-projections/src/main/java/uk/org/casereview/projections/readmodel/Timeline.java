package uk.org.casereview.projections.readmodel;

import uk.org.casereview.domain.history.Correction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A chronological list of what happened, with the milestones interleaved: {"id","reference","asOf","entries":[...]}. */
public record Timeline(String id, String reference, LocalDate asOf, List<TimelineEntry> entries) {

    /** Facts and milestones in business-date order; on the same date facts come first, in the order recorded. */
    public static Timeline of(String id, String reference, LocalDate asOf, List<TimelineEntry> facts, List<TimelineEntry> milestones) {
        List<TimelineEntry> entries = new ArrayList<>(facts);
        milestones.stream().filter(m -> m.on() != null).forEach(entries::add);
        entries.sort(Comparator.comparing(TimelineEntry::on)
                .thenComparing(e -> e.entry().equals(TimelineEntry.MILESTONE) ? 1 : 0));
        return new Timeline(id, reference, asOf, List.copyOf(entries));
    }

    /**
     * The facts of a history dated on or before {@code asOf}, as recorded, in words: a fact later corrected carries the
     * sequence of its correction, and each correction says what it put right, why, and what the fact now is.
     */
    public static <E> List<TimelineEntry> facts(History<E> history, LocalDate asOf, Function<E, String> describe) {
        Map<Long, Recorded<E>> bySeq = new HashMap<>();
        Map<Long, Long> correctedBy = new HashMap<>();
        for (Recorded<E> recorded : history.entries()) {
            bySeq.put(recorded.seq(), recorded);
            if (recorded.event() instanceof Correction<?> correction) {
                correctedBy.put(correction.sequence(), recorded.seq());
            }
        }
        List<TimelineEntry> entries = new ArrayList<>();
        for (Recorded<E> recorded : history.asOf(asOf)) {
            E event = recorded.event();
            LocalDate on = history.businessDate(event);
            if (event instanceof Correction<?> c) {
                @SuppressWarnings("unchecked")
                Correction<E> correction = (Correction<E>) c;
                Recorded<E> original = bySeq.get(correction.sequence());
                String was = original == null ? "fact " + correction.sequence() : describe.apply(original.event());
                String what = correction.replacement() == null
                        ? "Struck out (fact " + correction.sequence() + ", recorded in error): " + was + " Reason: " + correction.reason()
                        : "Corrected (fact " + correction.sequence() + "): " + was + " Now: " + describe.apply(correction.replacement())
                          + " (dated " + history.businessDate(correction.replacement()) + "). Reason: " + correction.reason();
                entries.add(TimelineEntry.correction(recorded, on, what));
            } else {
                TimelineEntry entry = TimelineEntry.fact(recorded, on, describe.apply(event));
                Long correction = correctedBy.get(recorded.seq());
                entries.add(correction == null ? entry : entry.correctedBy(correction));
            }
        }
        return entries;
    }
}
