package uk.org.casereview.api.reminders;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Reminders by e-mail ({@code casereview.reminders.*}); off unless {@code enabled} (and then Spring's
 * {@code spring.mail.*} names the SMTP server).
 *
 * @param enabled       send reminders at all
 * @param from          the sender's address
 * @param baseUrl       where people reach the service's pages: the links in the e-mails
 * @param agencies      each agency's contact address, by agency code (an agency with none gets no weekly reminder)
 * @param businessUnit  who gets the monthly summary
 * @param weekly        when the weekly reminder to each agency is due: a day of the week and a time (Europe/London)
 * @param monthly       when the monthly summary is due: a day of the month and a time
 * @param checkInterval how often each instance looks for a reminder that is due and not yet sent
 * @param claimTimeout  after how long a reminder claimed by an instance that stopped before sending it is sent by another
 */
@ConfigurationProperties("casereview.reminders")
public record ReminderSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("safeguarding-partnership@localhost") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        Map<String, String> agencies,
        List<String> businessUnit,
        @DefaultValue Weekly weekly,
        @DefaultValue Monthly monthly,
        @DefaultValue("15m") Duration checkInterval,
        @DefaultValue("1h") Duration claimTimeout) {

    public ReminderSettings {
        agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
        businessUnit = businessUnit == null ? List.of() : List.copyOf(businessUnit);
    }

    /** The weekly reminder: due from {@code day} at {@code time} (hh:mm) in each ISO week. */
    public record Weekly(@DefaultValue("MONDAY") DayOfWeek day, @DefaultValue("07:00") String time) {
    }

    /** The monthly summary: due from {@code day} at {@code time} (hh:mm) in each month (a day past a month's end is its last day). */
    public record Monthly(@DefaultValue("1") int day, @DefaultValue("07:00") String time) {
    }
}
