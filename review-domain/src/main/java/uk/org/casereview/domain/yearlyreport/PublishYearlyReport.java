package uk.org.casereview.domain.yearlyreport;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Freeze the yearly report of the reporting year starting 1 April {@code year} as it stands: {@code report} is its
 * JSON, made as of {@code asOf}, and {@code sha256} the hex SHA-256 of that JSON's UTF-8 bytes.
 */
public record PublishYearlyReport(@TargetAggregateIdentifier String publicationId, int year, LocalDate asOf, String report,
                                  String sha256) {
}
