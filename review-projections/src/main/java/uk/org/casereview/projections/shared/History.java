package uk.org.casereview.projections.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Everything recorded about one rapid review, practice review or recommendation, in the order it was recorded.
 * Views "as at" a business date are folds over the facts dated on or before it.
 */
public final class History<E> {

    private final List<Recorded<E>> entries;
    private final Function<E, LocalDate> businessDate;

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

    /** The latest business date of its facts (facts may be recorded out of date order). */
    public LocalDate lastFactOn() {
        return entries.stream().map(r -> businessDate.apply(r.event())).max(LocalDate::compareTo).orElseThrow();
    }

    /** The sequence number of the last event: the version clients send back in If-Match. */
    public long version() {
        return entries.isEmpty() ? -1 : entries.get(entries.size() - 1).seq();
    }
}
