package uk.org.casereview.api.reminders;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.casereview.api.support.ServiceProcess;
import uk.org.casereview.api.support.TestDatabase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminders as configured, in the service itself: SMTP server, sender, recipients and schedule from its settings,
 * checked every second. "Today" is Monday 30 June 2025 at noon, so the week's reminder to the police's contact and
 * June's summary to the business unit are due; each arrives once, however many checks follow. On PostgreSQL (as in CI's
 * PostgreSQL run) two instances share the database and check at the same time, and still each e-mail arrives once.
 */
class RemindersConfiguredTest {

    @Test
    void theServiceSendsEachConfiguredReminderOncePerPeriod(@TempDir Path dataDir) throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            Map<String, String> settings = Map.of(
                    "casereview.reminders.enabled", "true",
                    "casereview.reminders.from", "tracker@lscp.example",
                    "casereview.reminders.base-url", "https://tracker.lscp.example",
                    "casereview.reminders.agencies.POLICE", "police-contact@police.example",
                    "casereview.reminders.business-unit[0]", "business-unit@lscp.example",
                    "casereview.reminders.check-interval", "1s",
                    "spring.mail.host", "127.0.0.1",
                    "spring.mail.port", String.valueOf(smtp.getSmtp().getPort()));
            boolean twoInstances = TestDatabase.postgresUrl() != null;
            try (ServiceProcess first = ServiceProcess.start(dataDir, "first", settings);
                 ServiceProcess second = twoInstances ? ServiceProcess.start(dataDir, "second", settings) : null) {
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (smtp.getReceivedMessages().length < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                Thread.sleep(3_000); // three more checks by each instance
                List<String> recipients = new ArrayList<>();
                for (MimeMessage message : smtp.getReceivedMessages()) {
                    recipients.add(message.getRecipients(Message.RecipientType.TO)[0].toString());
                    assertThat(message.getFrom()[0].toString()).isEqualTo("tracker@lscp.example");
                }
                assertThat(recipients).containsExactlyInAnyOrder("police-contact@police.example", "business-unit@lscp.example");
                MimeMessage police = smtp.getReceivedMessages()[recipients.indexOf("police-contact@police.example")];
                assertThat(police.getSubject()).isEqualTo("Police: 0 actions overdue, 0 due within 28 days");
                assertThat(police.getContent().toString()).contains("https://tracker.lscp.example/my-actions");
            }
        } finally {
            smtp.stop();
        }
    }
}
