package uk.org.casereview.projections.readmodel;

import java.time.LocalDate;

/** A partnership's reporting year: 1 April to 31 March, named "2024-25" after the year it starts in. */
public record ReportingYear(int startYear) {

    public static ReportingYear of(LocalDate date) {
        return new ReportingYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate from() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate to() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public String label() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
