package uk.org.casereview.projections.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A chronological list of what happened, with the milestones interleaved: {"id","reference","asOf","entries":[...]}. */
public record Timeline(String id, String reference, LocalDate asOf, List<TimelineEntry> entries) {

    /** Facts and milestones in business-date order; on the same date facts come first, in the order recorded. */
    public static Timeline of(String id, String reference, LocalDate asOf, List<TimelineEntry> facts, List<TimelineEntry> milestones) {
        List<TimelineEntry> entries = new ArrayList<>(facts);
        entries.addAll(milestones);
        entries.sort(Comparator.comparing(TimelineEntry::on)
                .thenComparing(e -> e.entry().equals(TimelineEntry.FACT) ? 0 : 1));
        return new Timeline(id, reference, asOf, List.copyOf(entries));
    }
}
