package uk.org.casereview.domain.yearlyreport;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import uk.org.casereview.domain.commandhandling.CommandRefusedException;
import uk.org.casereview.domain.commandhandling.InvalidCommandException;
import uk.org.casereview.domain.calendar.TestClocks;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A reporting year's report is published once, after the year has ended, with the SHA-256 of its figures. */
class YearlyReportPublicationTest {

    private static final String REPORT = "{\"year\":2024,\"notifications\":{\"total\":2}}";
    private static final String SHA = YearlyReportPublication.sha256(REPORT);
    private static final LocalDate AS_OF = LocalDate.parse("2025-04-30");

    private static AggregateTestFixture<YearlyReportPublication> fixtureOn(String today) {
        AggregateTestFixture<YearlyReportPublication> fixture = new AggregateTestFixture<>(YearlyReportPublication.class);
        fixture.registerInjectableResource(TestClocks.on(today));
        return fixture;
    }

    @Test
    void theDayAfterTheYearEndsItsReportIsPublishedWithItsFigures() {
        fixtureOn("2025-04-01").givenNoPriorActivity()
                .when(new PublishYearlyReport("yearly-report-2024", 2024, AS_OF, REPORT, SHA))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new YearlyReportPublished("yearly-report-2024", 2024, LocalDate.parse("2025-04-01"), AS_OF, SHA, REPORT));
    }

    @Test
    void beforeTheYearHasEndedItsReportCannotBePublished() {
        fixtureOn("2025-03-31").givenNoPriorActivity()
                .when(new PublishYearlyReport("yearly-report-2024", 2024, AS_OF, REPORT, SHA))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("the reporting year 2024 to 2025 ends on 2025-03-31: its report can be published from the day after")
                .expectNoEvents();
    }

    @Test
    void aPublicationIsTheOneOfItsYear() {
        fixtureOn("2025-05-01").givenNoPriorActivity()
                .when(new PublishYearlyReport("yearly-report-2023", 2024, AS_OF, REPORT, SHA))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage("the publication of 2024 is yearly-report-2024")
                .expectNoEvents();
    }

    @Test
    void theShaMustBeThatOfTheReport() {
        fixtureOn("2025-05-01").givenNoPriorActivity()
                .when(new PublishYearlyReport("yearly-report-2024", 2024, AS_OF, REPORT + " ", SHA))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("is not the SHA-256 of the report")
                .expectNoEvents();
    }

    @Test
    void aReportIsRequired() {
        fixtureOn("2025-05-01").givenNoPriorActivity()
                .when(new PublishYearlyReport("yearly-report-2024", 2024, AS_OF, null, SHA))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("report is required")
                .expectNoEvents();
    }

    @Test
    void theShaIsTheHexSha256OfTheUtf8Bytes() {
        assertThat(YearlyReportPublication.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(YearlyReportPublication.idOf(2024)).isEqualTo("yearly-report-2024");
    }
}
