package uk.org.casereview.api.settings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.calendar.Timescales;
import uk.org.casereview.domain.calendar.WorkingDayCalendar;
import uk.org.casereview.domain.referencedata.ReferenceData;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** The domain's collaborators as beans: the clock, the working-day calendar, the statutory clocks, the reference data. */
@Configuration
public class DomainConfiguration {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Bean
    public Clock clock(CaseReviewProperties properties) {
        if (properties.fixedDate() != null) {
            return Clock.fixed(properties.fixedDate().atTime(12, 0).atZone(LONDON).toInstant(), LONDON);
        }
        return Clock.system(LONDON);
    }

    @Bean
    public WorkingDayCalendar workingDayCalendar(CaseReviewProperties properties) {
        return new WorkingDayCalendar(properties.calendar().addedBankHolidays(), properties.calendar().cancelledBankHolidays());
    }

    @Bean
    public StatutoryClock statutoryClock(WorkingDayCalendar calendar, CaseReviewProperties properties) {
        CaseReviewProperties.Timescales t = properties.timescales();
        return new StatutoryClock(calendar, new Timescales(t.notificationWorkingDays(), t.rapidReviewWorkingDays(),
                t.panelResponseWorkingDays(), t.publicationMonths(), t.finalReportWorkingDaysBeforePublication(), t.amberWithinDays()),
                properties.reviewMilestones() == null || properties.reviewMilestones().isEmpty()
                        ? StatutoryClock.defaultReviewMilestones() : properties.reviewMilestones());
    }

    @Bean
    public ReferenceData referenceData(CaseReviewProperties properties) {
        CaseReviewProperties.ReferenceDataSettings settings = properties.referenceData();
        ReferenceData defaults = ReferenceData.defaults();
        Map<String, String> agencies = new LinkedHashMap<>(settings.replaceDefaults() ? Map.of() : defaults.agencies());
        Map<String, String> themes = new LinkedHashMap<>(settings.replaceDefaults() ? Map.of() : defaults.themes());
        agencies.putAll(settings.agencies());
        themes.putAll(settings.themes());
        return new ReferenceData(agencies, themes);
    }
}
