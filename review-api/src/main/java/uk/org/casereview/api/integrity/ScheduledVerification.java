package uk.org.casereview.api.integrity;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.admin.ReadModelRebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Verifies the chain every {@code casereview.integrity.verify-interval} (1 hour by default; the first a minute after
 * start-up) and reports it to Prometheus: {@code casereview_integrity_verified_timestamp_seconds}, when a verification
 * last found every link matching, and {@code casereview_integrity_broken}, 1 when the last one found a broken link.
 * A verification that fails or finds a break leaves the timestamp where it was, so the alert
 * {@code CaseReviewIntegrityNotVerified} fires when none has succeeded for too long.
 * <p>
 * While the read models are loaded in bulk (a first start on a large store, a rebuild) the verification waits
 * {@code casereview.integrity.deferral} (1 minute) and looks again: on a small machine the two would share its cores,
 * and the service is not answering until the load is done.
 */
@Component
public class ScheduledVerification {

    private static final Logger log = LoggerFactory.getLogger(ScheduledVerification.class);

    private final IntegrityCheck check;
    private final ReadModelRebuild rebuild;
    private final TaskScheduler scheduler;
    private final Duration deferral;
    private final AtomicLong verifiedAt = new AtomicLong();
    private final AtomicLong broken = new AtomicLong();

    public ScheduledVerification(IntegrityCheck check, MeterRegistry registry, ReadModelRebuild rebuild, TaskScheduler scheduler,
                                 @Value("${casereview.integrity.deferral:1m}") Duration deferral) {
        this.check = check;
        this.rebuild = rebuild;
        this.scheduler = scheduler;
        this.deferral = deferral;
        Gauge.builder("casereview.integrity.verified.timestamp", verifiedAt, AtomicLong::get).baseUnit("seconds")
                .description("When a scheduled verification last found every link of the event chain matching (Unix time)").register(registry);
        Gauge.builder("casereview.integrity.broken", broken, AtomicLong::get)
                .description("1 when the last scheduled verification of the event chain found a broken link, else 0").register(registry);
    }

    @Scheduled(initialDelayString = "${casereview.integrity.first-verification:1m}",
            fixedDelayString = "${casereview.integrity.verify-interval:1h}")
    public void verify() {
        if (rebuild.loading()) {
            log.info("the verification of the event chain waits {}: the read models are being loaded in bulk", deferral);
            scheduler.schedule(this::verify, Instant.now().plus(deferral)); // the machine's time, not the business date
            return;
        }
        long started = System.nanoTime();
        try {
            Integrity integrity = check.verify();
            broken.set(integrity.intact() ? 0 : 1);
            if (integrity.intact()) {
                verifiedAt.set(System.currentTimeMillis() / 1000);
                log.info("event chain verified: {} links, head {} ({} ms)", integrity.length(), integrity.head(),
                        (System.nanoTime() - started) / 1_000_000);
            } else {
                log.error("the event chain is broken at {} ({} links)", integrity.firstBrokenLink(), integrity.length());
            }
        } catch (RuntimeException e) {
            log.error("the verification of the event chain failed", e);
        }
    }
}
