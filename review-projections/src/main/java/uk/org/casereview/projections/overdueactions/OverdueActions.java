package uk.org.casereview.projections.overdueactions;

import java.time.LocalDate;
import java.util.List;

/** The overdue actions as of a date, most overdue first: {"asOf","items":[...],"total":N,"page","size"}. */
public record OverdueActions(LocalDate asOf, List<OverdueAction> items, long total, int page, int size) {
}
