package uk.org.casereview.api.reminders;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;
import uk.org.casereview.domain.calendar.StatutoryClock;
import uk.org.casereview.domain.referencedata.ReferenceData;
import uk.org.casereview.projections.recommendation.RecommendationQueries;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminders against an SMTP server in the test's own process (GreenMail), with an injected clock: the weekly e-mail
 * to each agency's contact lists its overdue actions and those due within 28 days with links to their pages, the monthly
 * summary goes to the business unit, nothing is sent before it is due, and each reminder goes exactly once per period
 * per recipient: with two instances checking at the same moment on the same database, after an instance that could not
 * send (or stopped with a reminder claimed), and when checked again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemindersTest extends ApiTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String POLICE = "police-contact@police.example";
    private static final String SCHOOLS = "schools-contact@education.example";
    private static final String BUSINESS_UNIT = "business-unit@lscp.example";

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    private RecommendationQueries recommendations;
    @Autowired
    private ReferenceData referenceData;
    @Autowired
    private StatutoryClock statutoryClock;
    @Autowired
    private ApplicationContext context;

    private String overdueId;
    private String dueSoonId;

    @BeforeAll
    void startTheSmtpServerAndRecordAPlan() {
        smtp.start();
        String plan = String.join(",", uk.org.casereview.api.actionplan.ActionPlanColumns.ALL) + "\n"
                + "CSPR-REMIND-1,CSPR,Child M,2024-05-21,1,Officers see fathers,NEGLECT,2024-11-21,ACCEPTED,2024-12-05,,"
                + "Brief every officer on fathers (REMIND-OVERDUE),POLICE,DI Smith,2024-12-10,2025-05-31,,IN_PROGRESS,,,,\n"
                + "CSPR-REMIND-1,CSPR,Child M,2024-05-21,2,Schools share attendance,SAFETY_IN_EDUCATION,2024-11-21,ACCEPTED,2024-12-05,,"
                + "Police attend the attendance panel (REMIND-DUE-SOON),POLICE,DS Jones,2024-12-10,2025-07-20,,ASSIGNED,,,,\n"
                + "CSPR-REMIND-1,CSPR,Child M,2024-05-21,2,,,,,,,"
                + "Police audit of missing episodes (REMIND-GREEN),POLICE,DS Jones,2024-12-10,2025-12-31,,ASSIGNED,,,,\n"
                + "CSPR-REMIND-1,CSPR,Child M,2024-05-21,2,,,,,,,"
                + "Schools record attendance daily (REMIND-SCHOOLS),EDUCATION,Head of inclusion,2024-12-10,2025-06-01,,ASSIGNED,,,,\n";
        Api api = api();
        Api.Response imported = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/imports/action-plan"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(plan, StandardCharsets.UTF_8)), "application/json");
        assertThat(imported.json().path("recorded").asInt()).as(imported.toString()).isEqualTo(4);
        overdueId = imported.json().path("items").get(0).path("commands").get(1).path("aggregateId").asText();
        dueSoonId = imported.json().path("items").get(1).path("commands").get(0).path("aggregateId").asText();
    }

    @AfterAll
    void stopTheSmtpServer() {
        smtp.stop();
    }

    @Test
    void remindersAreOffUnlessConfigured() {
        assertThat(context.getBeanProvider(Reminders.class).getIfAvailable()).isNull();
        assertThat(context.getBeanProvider(ReminderSchedule.class).getIfAvailable()).isNull();
    }

    @Test
    void twoInstancesDueAtTheSameMomentSendEachReminderOnce() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        Clock monday = at(2025, 6, 30, 8, 0);
        Reminders first = reminders(monday, mailer());
        Reminders second = reminders(monday, mailer());
        List<Integer> sent = together(first::sendDue, second::sendDue);
        assertThat(sent.get(0) + sent.get(1)).isEqualTo(3);
        assertThat(recipients()).containsExactlyInAnyOrder(POLICE, SCHOOLS, BUSINESS_UNIT);

        // checked again, by both and by a third instance after a restart: nothing more
        assertThat(together(first::sendDue, second::sendDue)).containsExactly(0, 0);
        assertThat(reminders(at(2025, 6, 30, 23, 0), mailer()).sendDue()).isZero();
        assertThat(recipients()).hasSize(3);

        String police = text(POLICE);
        assertThat(subject(POLICE)).startsWith("Police: ");
        assertThat(police).contains("Overdue").contains("REMIND-OVERDUE").contains("30 days overdue")
                .contains("http://tracker.example/recommendations/" + overdueId)
                .contains("REMIND-DUE-SOON").contains("http://tracker.example/recommendations/" + dueSoonId)
                .doesNotContain("REMIND-GREEN").doesNotContain("REMIND-SCHOOLS");
        assertThat(police.indexOf("REMIND-OVERDUE")).isLessThan(police.indexOf("Due within 28 days"));
        assertThat(police.indexOf("REMIND-DUE-SOON")).isGreaterThan(police.indexOf("Due within 28 days"));
        assertThat(text(SCHOOLS)).contains("REMIND-SCHOOLS").doesNotContain("REMIND-OVERDUE");
        assertThat(text(BUSINESS_UNIT)).contains("By agency").contains("Police: ").contains("Education: ")
                .contains("REMIND-OVERDUE").contains("REMIND-SCHOOLS").doesNotContain("REMIND-GREEN");
        assertThat(subject(BUSINESS_UNIT)).startsWith("Action plan summary for June 2025");
        assertThat(jdbc.queryForObject("select count(*) from reminder_sent where period in ('2025-W27', '2025-06') and state = 'SENT'",
                Long.class)).isEqualTo(3);
    }

    @Test
    void nothingIsSentBeforeItIsDue() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        // Monday 7 July 2025 at 06:00: the week's reminders are due at 07:00, July's summary since 1 July
        assertThat(reminders(at(2025, 7, 7, 6, 0), mailer()).sendDue()).isEqualTo(1);
        assertThat(recipients()).containsExactly(BUSINESS_UNIT);
        assertThat(reminders(at(2025, 7, 7, 7, 30), mailer()).sendDue()).isEqualTo(2);
        assertThat(recipients()).containsExactlyInAnyOrder(BUSINESS_UNIT, POLICE, SCHOOLS);
    }

    @Test
    void aRunCutShortIsFinishedByTheNextAndEachRecipientGetsOneEmail() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        Clock monday = at(2025, 7, 14, 9, 0);
        JavaMailSender real = mailer();
        // the first instance's SMTP connection breaks after the police e-mail
        JavaMailSender breaking = new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage... messages) {
                if (List.of(messages[0].getTo()).contains(SCHOOLS)) {
                    throw new MailSendException("connection lost");
                }
                real.send(messages);
            }
        };
        Reminders breakingInstance = new Reminders(jdbc, breaking, settings(Map.of("POLICE", POLICE, "EDUCATION", SCHOOLS), List.of()),
                recommendations, referenceData, statutoryClock, monday);
        assertThat(breakingInstance.sendDue()).isEqualTo(1);
        assertThat(recipients()).containsExactly(POLICE);
        // an instance that stopped with a reminder claimed and not sent: taken over once the claim timeout (1 h) passed
        jdbc.update("insert into reminder_sent (reminder, period, recipient, state, claimed_by, claimed_at) values (?, ?, ?, 'SENDING', ?, ?)",
                "WEEKLY", "2025-W29", "stopped-agency@example.org", "stopped-instance", Timestamp.from(monday.instant().minusSeconds(30 * 60)));

        ReminderSettings withStopped = settings(Map.of("POLICE", POLICE, "EDUCATION", SCHOOLS, "HOUSING", "stopped-agency@example.org"), List.of());
        Reminders afterRestart = new Reminders(jdbc, real, withStopped, recommendations, referenceData, statutoryClock, monday);
        assertThat(afterRestart.sendDue()).isEqualTo(1); // the schools' weekly reminder; the stopped claim is 30 minutes old
        assertThat(recipients()).containsExactlyInAnyOrder(POLICE, SCHOOLS);
        Clock later = Clock.offset(monday, Duration.ofMinutes(45));
        assertThat(new Reminders(jdbc, real, withStopped, recommendations, referenceData, statutoryClock, later).sendDue()).isEqualTo(1);
        assertThat(recipients()).containsExactlyInAnyOrder(POLICE, SCHOOLS, "stopped-agency@example.org");
        assertThat(new Reminders(jdbc, real, withStopped, recommendations, referenceData, statutoryClock, later).sendDue()).isZero();
    }

    private Reminders reminders(Clock clock, JavaMailSender mail) {
        return new Reminders(jdbc, mail, settings(Map.of("POLICE", POLICE, "EDUCATION", SCHOOLS), List.of(BUSINESS_UNIT)), recommendations, referenceData,
                statutoryClock, clock);
    }

    private static ReminderSettings settings(Map<String, String> agencies, List<String> businessUnit) {
        return new ReminderSettings(true, "tracker@lscp.example", "http://tracker.example", agencies, businessUnit,
                new ReminderSettings.Weekly(DayOfWeek.MONDAY, "07:00"), new ReminderSettings.Monthly(1, "07:00"),
                Duration.ofMinutes(15), Duration.ofHours(1));
    }

    private JavaMailSender mailer() {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.getSmtp().getPort());
        return mail;
    }

    private static Clock at(int year, int month, int day, int hour, int minute) {
        return Clock.fixed(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, LONDON).toInstant(), LONDON);
    }

    /** Runs the checks at the same moment, each on a thread of its own (as two instances would). */
    @SafeVarargs
    private static List<Integer> together(Callable<Integer>... checks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(checks.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> check : checks) {
                results.add(threads.submit(() -> {
                    start.await();
                    return check.call();
                }));
            }
            start.countDown();
            List<Integer> sent = new ArrayList<>();
            for (Future<Integer> result : results) {
                sent.add(result.get());
            }
            return sent;
        } finally {
            threads.shutdownNow();
        }
    }

    private List<String> recipients() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            recipients.add(message.getRecipients(Message.RecipientType.TO)[0].toString());
        }
        return recipients;
    }

    private MimeMessage message(String recipient) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(recipient)) {
                return message;
            }
        }
        throw new AssertionError("no e-mail to " + recipient);
    }

    private String text(String recipient) throws Exception {
        return message(recipient).getContent().toString();
    }

    private String subject(String recipient) throws Exception {
        return message(recipient).getSubject();
    }
}
