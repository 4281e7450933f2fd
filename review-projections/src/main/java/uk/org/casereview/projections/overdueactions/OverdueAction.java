package uk.org.casereview.projections.overdueactions;

import java.time.LocalDate;
import java.util.List;

/** An action past its due date and not complete, as of the date asked. */
public record OverdueAction(
        String recommendationId,
        String sourceReference,
        String recommendationNumber,
        String actionId,
        String description,
        String agency,
        String owner,
        LocalDate dueOn,
        LocalDate originalDueOn,
        long daysOverdue,
        List<String> themes) {
}
