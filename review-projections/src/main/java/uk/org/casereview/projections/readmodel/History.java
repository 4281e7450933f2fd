package uk.org.casereview.projections.readmodel;

import uk.org.casereview.domain.history.EffectiveHistory;
import uk.org.casereview.domain.history.Fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything recorded about one rapid review, practice review or recommendation, in the order it was recorded.
 * Its effective facts (corrections applied, in business-date order: {@link EffectiveHistory}) are what views, lists and
 * reports fold; views "as at" a business date fold the effective facts dated on or before it. Timelines and the audit
 * trail show every entry as recorded, corrections included.
 */
public final class History<E> {

    private final List<Recorded<E>> entries;
    private final Function<E, LocalDate> businessDate;
    private List<Recorded<E>> effective;

    public History(List<Recorded<E>> entries, Function<E, LocalDate> businessDate) {
        this.entries = new ArrayList<>(entries);
        this.businessDate = businessDate;
    }

    /** The history up to (not including) the event with the given sequence number. */
    public History<E> before(long seq) {
        return new History<>(entries.stream().filter(r -> r.seq() < seq).toList(), businessDate);
    }

    /** A copy that can be appended to without changing this one. */
    public History<E> copy() {
        return new History<>(entries, businessDate);
    }

    public void append(Recorded<E> recorded) {
        entries.add(recorded);
        effective = null;
    }

    /**
     * The facts as they really happened: every correction applied, in business-date order (the creation first). A
     * replaced fact keeps its sequence number and who recorded it first.
     */
    public List<Recorded<E>> effective() {
        if (effective == null) {
            Map<Long, Recorded<E>> bySeq = new HashMap<>();
            List<Fact<E>> facts = new ArrayList<>(entries.size());
            for (Recorded<E> entry : entries) {
                bySeq.put(entry.seq(), entry);
                facts.add(new Fact<>(entry.seq(), entry.event()));
            }
            effective = EffectiveHistory.of(facts, businessDate).stream().map(f -> {
                Recorded<E> first = bySeq.get(f.sequence());
                return new Recorded<>(f.sequence(), first.recordedBy(), first.recordedAt(), f.event());
            }).toList();
        }
        return effective;
    }

    /** The effective facts dated on or before {@code asOf}; empty when the aggregate was not created by then. */
    public List<E> effectiveAsOf(LocalDate asOf) {
        List<Recorded<E>> facts = effective();
        if (facts.isEmpty() || businessDate.apply(facts.get(0).event()).isAfter(asOf)) {
            return List.of();
        }
        List<E> events = new ArrayList<>(facts.size());
        for (Recorded<E> fact : facts) {
            if (!businessDate.apply(fact.event()).isAfter(asOf)) {
                events.add(fact.event());
            }
        }
        return events;
    }

    /** Every effective fact, in order. */
    public List<E> effectiveEvents() {
        return effective().stream().map(Recorded::event).toList();
    }

    public List<Recorded<E>> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** The facts dated on or before {@code asOf}, in the order they were recorded. */
    public List<Recorded<E>> asOf(LocalDate asOf) {
        return entries.stream().filter(r -> !businessDate.apply(r.event()).isAfter(asOf)).toList();
    }

    public LocalDate businessDate(E event) {
        return businessDate.apply(event);
    }

    /** The latest business date of its effective facts (facts may be recorded out of date order). */
    public LocalDate lastFactOn() {
        return effective().stream().map(r -> businessDate.apply(r.event())).max(LocalDate::compareTo).orElseThrow();
    }

    /** The sequence number of the last event: the version clients send back in If-Match. */
    public long version() {
        return entries.isEmpty() ? -1 : entries.get(entries.size() - 1).seq();
    }
}
