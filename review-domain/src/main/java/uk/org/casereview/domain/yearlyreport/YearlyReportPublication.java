package uk.org.casereview.domain.yearlyreport;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import uk.org.casereview.domain.commandhandling.Check;
import uk.org.casereview.domain.commandhandling.InvalidCommandException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.org.casereview.domain.commandhandling.Check.refuseUnless;

/**
 * The publication of one reporting year's report (id {@code yearly-report-{year}}): the figures as published, frozen.
 * A year is published once, after it has ended; what changed later is shown beside the frozen figures, never in them.
 */
public class YearlyReportPublication {

    @AggregateIdentifier
    private String publicationId;

    protected YearlyReportPublication() {
        // for Axon
    }

    @CommandHandler
    public YearlyReportPublication(PublishYearlyReport command, Clock clock) {
        Check.present("report", command.report());
        refuseUnless(command.publicationId().equals(idOf(command.year())), "the publication of " + command.year()
                + " is " + idOf(command.year()));
        LocalDate today = LocalDate.now(clock);
        LocalDate yearEnd = LocalDate.of(command.year() + 1, 3, 31);
        refuseUnless(today.isAfter(yearEnd), "the reporting year " + command.year() + " to " + (command.year() + 1)
                + " ends on " + yearEnd + ": its report can be published from the day after");
        if (!sha256(command.report()).equals(command.sha256())) {
            throw new InvalidCommandException("sha256", "is not the SHA-256 of the report");
        }
        apply(new YearlyReportPublished(command.publicationId(), command.year(), today, command.asOf(), command.sha256(),
                command.report()));
    }

    @EventSourcingHandler
    void on(YearlyReportPublished event) {
        publicationId = event.publicationId();
    }

    /** The id of the publication of the reporting year starting 1 April {@code year}. */
    public static String idOf(int year) {
        return "yearly-report-" + year;
    }

    /** The hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
