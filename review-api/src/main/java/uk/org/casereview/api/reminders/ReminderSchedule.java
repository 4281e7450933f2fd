package uk.org.casereview.api.reminders;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.referencedata.ReferenceData;
import uk.org.casereview.projections.recommendation.RecommendationQueries;

import java.time.Clock;

/**
 * With {@code casereview.reminders.enabled=true}, every instance checks every {@code check-interval} for a reminder that
 * is due and not yet sent (an SMTP server must then be configured: {@code spring.mail.host} and so on).
 */
@Configuration
@ConditionalOnProperty(prefix = "casereview.reminders", name = "enabled", havingValue = "true")
public class ReminderSchedule {

    private final Reminders reminders;

    public ReminderSchedule(JdbcTemplate jdbc, JavaMailSender mail, ReminderSettings settings, RecommendationQueries recommendations,
                            ReferenceData referenceData, StatutoryClock statutoryClock, Clock clock) {
        for (String time : java.util.List.of(settings.weekly().time(), settings.monthly().time())) {
            try {
                java.time.LocalTime.parse(time);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("casereview.reminders: the time '" + time + "' is not a time of day written hh:mm, such as 07:00");
            }
        }
        this.reminders = new Reminders(jdbc, mail, settings, recommendations, referenceData, statutoryClock, clock);
    }

    @Bean
    public Reminders reminders() {
        return reminders;
    }

    @Scheduled(initialDelayString = "${casereview.reminders.check-interval:15m}", fixedDelayString = "${casereview.reminders.check-interval:15m}")
    public void check() {
        reminders.sendDue();
    }
}
