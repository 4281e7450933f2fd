package uk.org.casereview.api.reminders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import uk.org.casereview.domain.calendar.Rag;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.referencedata.ReferenceData;
import uk.org.casereview.projections.recommendation.RecommendationFilter;
import uk.org.casereview.projections.recommendation.RecommendationQueries;
import uk.org.casereview.projections.recommendation.RecommendationView;
import uk.org.casereview.projections.readmodel.Page;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The reminders: each week, to each agency's contact, its actions overdue and due within the amber window (28 days by
 * default), with links to their pages; each month, to the business unit, a summary by agency with the overdue actions.
 * <p>
 * Sent once per period per recipient whatever the number of instances and restarts: before sending, an instance claims
 * the (reminder, period, recipient) row of {@code reminder_sent}, whose primary key lets only one claim succeed; it
 * marks the row SENT once the SMTP server took the e-mail. An e-mail that could not be sent gives its claim back, so the
 * next check sends it; a claim left by an instance that stopped between claiming and sending is taken over after the
 * claim timeout (the one case where an e-mail may go twice is an instance that stopped after the SMTP server took it and
 * before it marked it SENT). Every check sends what is due and not yet sent, so a run cut short by a restart is finished
 * by the next one.
 */
public class Reminders {

    static final String WEEKLY = "WEEKLY";
    static final String MONTHLY = "MONTHLY";
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JdbcTemplate jdbc;
    private final JavaMailSender mail;
    private final ReminderSettings settings;
    private final RecommendationQueries recommendations;
    private final ReferenceData referenceData;
    private final Clock clock;
    private final int amberWithinDays;
    private final String instance = UUID.randomUUID().toString();

    public Reminders(JdbcTemplate jdbc, JavaMailSender mail, ReminderSettings settings, RecommendationQueries recommendations,
                     ReferenceData referenceData, StatutoryClock statutoryClock, Clock clock) {
        this.jdbc = jdbc;
        this.amberWithinDays = statutoryClock.timescales().amberWithinDays();
        this.mail = mail;
        this.settings = settings;
        this.recommendations = recommendations;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    /** Sends every reminder that is due now and not yet sent for its period; returns how many this instance sent. */
    public int sendDue() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        int sent = 0;
        LocalDateTime weeklyFrom = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .with(TemporalAdjusters.nextOrSame(settings.weekly().day())).atTime(LocalTime.parse(settings.weekly().time()));
        if (!now.toLocalDateTime().isBefore(weeklyFrom)) {
            String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            for (Map.Entry<String, String> agency : new TreeMap<>(settings.agencies()).entrySet()) {
                if (send(WEEKLY, week, agency.getValue(), () -> weekly(agency.getKey(), today))) {
                    sent++;
                }
            }
        }
        // a day past the month's end (31 in June) is its last day
        int day = Math.max(1, Math.min(settings.monthly().day(), today.lengthOfMonth()));
        LocalDateTime monthlyFrom = today.withDayOfMonth(day).atTime(LocalTime.parse(settings.monthly().time()));
        if (!now.toLocalDateTime().isBefore(monthlyFrom)) {
            String month = today.toString().substring(0, 7);
            for (String recipient : settings.businessUnit()) {
                if (send(MONTHLY, month, recipient, () -> monthly(today))) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** Claims the reminder, sends it and marks it sent; false when another instance has it, or it could not be sent. */
    private boolean send(String reminder, String period, String recipient, java.util.function.Supplier<SimpleMailMessage> message) {
        if (!claim(reminder, period, recipient)) {
            return false;
        }
        try {
            SimpleMailMessage email = message.get();
            email.setFrom(settings.from());
            email.setTo(recipient);
            mail.send(email);
        } catch (RuntimeException e) { // MailException, or the message could not be composed
            log.warn("{} reminder {} to {} not sent, to be tried again at the next check: {}", reminder, period, recipient, e.getMessage());
            jdbc.update("delete from reminder_sent where reminder = ? and period = ? and recipient = ? and claimed_by = ? and state = 'SENDING'",
                    reminder, period, recipient, instance);
            return false;
        }
        jdbc.update("update reminder_sent set state = 'SENT', sent_at = ? where reminder = ? and period = ? and recipient = ?",
                Timestamp.from(clock.instant()), reminder, period, recipient);
        log.info("{} reminder {} sent to {}", reminder, period, recipient);
        return true;
    }

    private boolean claim(String reminder, String period, String recipient) {
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.update("insert into reminder_sent (reminder, period, recipient, state, claimed_by, claimed_at) values (?, ?, ?, 'SENDING', ?, ?)",
                    reminder, period, recipient, instance, now);
            return true;
        } catch (DuplicateKeyException e) {
            // sent, or being sent; a claim left by an instance that stopped before sending is taken over after the timeout
            return jdbc.update("update reminder_sent set claimed_by = ?, claimed_at = ? where reminder = ? and period = ? and recipient = ?"
                            + " and state = 'SENDING' and claimed_at < ?", instance, now, reminder, period, recipient,
                    Timestamp.from(clock.instant().minus(settings.claimTimeout()))) == 1;
        }
    }

    private SimpleMailMessage weekly(String agency, LocalDate today) {
        List<Due> actions = due(agency, today);
        List<Due> overdue = actions.stream().filter(a -> a.action().rag() == Rag.RED).toList();
        List<Due> soon = actions.stream().filter(a -> a.action().rag() == Rag.AMBER).toList();
        String name = referenceData.agencies().getOrDefault(agency, agency);
        StringBuilder text = new StringBuilder("Actions assigned to ").append(name).append(" in the safeguarding partnership's action plan, as of ")
                .append(DAY.format(today)).append(".\n\n");
        list(text, "Overdue (" + overdue.size() + ")", overdue);
        list(text, "Due within " + amberWithinDays + " days (" + soon.size() + ")", soon);
        text.append("Report progress and evidence on the tracker: ").append(settings.baseUrl()).append("/my-actions\n");
        SimpleMailMessage email = new SimpleMailMessage();
        email.setSubject(name + ": " + overdue.size() + " actions overdue, " + soon.size() + " due within "
                + amberWithinDays + " days");
        email.setText(text.toString());
        return email;
    }

    private SimpleMailMessage monthly(LocalDate today) {
        List<Due> actions = due(null, today);
        Map<String, int[]> byAgency = new TreeMap<>();
        actions.forEach(a -> byAgency.computeIfAbsent(a.action().agency(), k -> new int[2])[a.action().rag() == Rag.RED ? 0 : 1]++);
        List<Due> overdue = actions.stream().filter(a -> a.action().rag() == Rag.RED).toList();
        StringBuilder text = new StringBuilder("The action plan as of ").append(DAY.format(today)).append(": ")
                .append(overdue.size()).append(" actions overdue, ").append(actions.size() - overdue.size()).append(" due within ")
                .append(amberWithinDays).append(" days.\n\nBy agency (overdue / due soon)\n");
        byAgency.forEach((agency, counts) -> text.append("- ").append(referenceData.agencies().getOrDefault(agency, agency))
                .append(": ").append(counts[0]).append(" / ").append(counts[1]).append('\n'));
        text.append('\n');
        list(text, "Overdue (" + overdue.size() + ")", overdue);
        text.append("The overdue actions on the tracker: ").append(settings.baseUrl()).append("/overdue-actions\n");
        SimpleMailMessage email = new SimpleMailMessage();
        email.setSubject("Action plan summary for " + today.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + " "
                + today.getYear() + ": " + overdue.size() + " actions overdue");
        email.setText(text.toString());
        return email;
    }

    private void list(StringBuilder text, String heading, List<Due> actions) {
        text.append(heading).append('\n');
        if (actions.isEmpty()) {
            text.append("- none\n");
        }
        for (Due due : actions) {
            RecommendationView.ActionView action = due.action();
            text.append("- ").append(due.recommendation().sourceReference()).append(" recommendation ").append(due.recommendation().number())
                    .append(": ").append(action.description()).append(" (owner ").append(action.owner()).append(", due ")
                    .append(action.dueOn()).append(action.rag() == Rag.RED ? ", " + action.daysOverdue() + " days overdue" : "")
                    .append(")\n  ").append(settings.baseUrl()).append("/recommendations/").append(due.recommendation().id()).append('\n');
        }
        text.append('\n');
    }

    private record Due(RecommendationView recommendation, RecommendationView.ActionView action) {
    }

    /** The actions (of the agency, or of all) overdue or due within the amber window today, most overdue first. */
    private List<Due> due(String agency, LocalDate today) {
        List<Due> due = new ArrayList<>();
        RecommendationFilter filter = new RecommendationFilter(null, agency, null, null, null);
        for (int page = 0; ; page++) {
            Page<RecommendationView> views = recommendations.list(filter, today, page, 500);
            for (RecommendationView view : views.items()) {
                for (RecommendationView.ActionView action : view.actions()) {
                    if ((agency == null || agency.equals(action.agency())) && (action.rag() == Rag.RED || action.rag() == Rag.AMBER)) {
                        due.add(new Due(view, action));
                    }
                }
            }
            if ((long) (page + 1) * 500 >= views.total() || views.items().isEmpty()) {
                break;
            }
        }
        due.sort(Comparator.comparing((Due d) -> d.action().dueOn()).thenComparing(d -> d.recommendation().id()));
        return due;
    }
}
