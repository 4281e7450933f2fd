package uk.org.casereview.domain.yearlyreport;

import java.time.LocalDate;

/**
 * The partnership published its yearly report for the reporting year starting 1 April {@code year} on
 * {@code publishedOn}: the figures as published are {@code report} (the JSON answered then, as of {@code asOf}), whose
 * UTF-8 bytes have the SHA-256 {@code sha256}. Who published it and when are in the event's metadata.
 */
public record YearlyReportPublished(String publicationId, int year, LocalDate publishedOn, LocalDate asOf, String sha256,
                                    String report) {
}
