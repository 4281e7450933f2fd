package uk.org.casereview.api.web;

import uk.org.casereview.domain.commandhandling.InvalidCommandException;
import uk.org.casereview.projections.readmodel.ReportingYear;

import java.time.LocalDate;

/** A from-to period of business dates; by default the reporting year so far. */
public record Period(LocalDate from, LocalDate to) {

    public static Period of(LocalDate from, LocalDate to, Today today) {
        LocalDate end = to != null ? to : today.date();
        LocalDate start = from != null ? from : ReportingYear.of(end).from();
        if (start.isAfter(end)) {
            throw new InvalidCommandException("from", "from " + start + " is after to " + end);
        }
        return new Period(start, end);
    }
}
