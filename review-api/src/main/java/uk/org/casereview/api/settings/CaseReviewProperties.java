package uk.org.casereview.api.settings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import uk.org.casereview.domain.calendar.Milestone;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The partnership's configuration under {@code casereview.*}: timescales, extra bank holidays, reference data, and
 * operational settings.
 *
 * @param timescales      statutory clocks (Working Together 2023 by default)
 * @param calendar        one-off bank holidays added or cancelled by proclamation
 * @param referenceData   agencies and themes added to (or replacing) the defaults
 * @param fixedDate       pins "today" (tests and demonstrations); empty means the real date in Europe/London
 * @param readYourWrites  how long a write waits for the read models to show it before answering
 * @param reviewMilestones the statutory milestones of each kind of practice review (by default a CSPR's FINAL_REPORT and
 *                         PUBLICATION, an SCR's PUBLICATION, none for the other kinds)
 */
@ConfigurationProperties("casereview")
public record CaseReviewProperties(
        @DefaultValue Timescales timescales,
        @DefaultValue Calendar calendar,
        @DefaultValue ReferenceDataSettings referenceData,
        LocalDate fixedDate,
        @DefaultValue("10s") Duration readYourWrites,
        Map<String, List<Milestone>> reviewMilestones) {

    public record Timescales(
            @DefaultValue("5") int notificationWorkingDays,
            @DefaultValue("15") int rapidReviewWorkingDays,
            @DefaultValue("15") int panelResponseWorkingDays,
            @DefaultValue("6") int publicationMonths,
            @DefaultValue("7") int finalReportWorkingDaysBeforePublication,
            @DefaultValue("28") int amberWithinDays) {
    }

    public record Calendar(@DefaultValue List<LocalDate> addedBankHolidays, @DefaultValue List<LocalDate> cancelledBankHolidays) {
    }

    /**
     * @param agencies          extra agencies, code to label
     * @param themes            extra learning themes, code to label
     * @param replaceDefaults   true to use only the configured codes
     */
    public record ReferenceDataSettings(@DefaultValue Map<String, String> agencies, @DefaultValue Map<String, String> themes,
                                        @DefaultValue("false") boolean replaceDefaults) {
    }
}
