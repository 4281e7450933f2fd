package uk.org.casereview.api.integrity;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.TaskScheduler;
import uk.org.casereview.api.admin.ReadModelRebuild;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The scheduled verification of the chain, and its deferral while the read models are loaded in bulk. */
class ScheduledVerificationTest {

    private final IntegrityCheck check = mock(IntegrityCheck.class);
    private final ReadModelRebuild rebuild = mock(ReadModelRebuild.class);
    private final TaskScheduler scheduler = mock(TaskScheduler.class);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ScheduledVerification verification = new ScheduledVerification(check, registry, rebuild, scheduler, Duration.ofMinutes(1));

    @Test
    void whileTheReadModelsAreLoadedInBulkItWaitsAMinuteAndLooksAgain() {
        when(rebuild.loading()).thenReturn(true);
        Instant before = Instant.now();

        verification.verify();

        verify(check, never()).verify();
        verify(scheduler).schedule(any(Runnable.class), argThat((Instant at) ->
                !at.isBefore(before.plusSeconds(60)) && at.isBefore(Instant.now().plusSeconds(61))));
        assertThat(registry.get("casereview.integrity.verified.timestamp").gauge().value()).isZero();
    }

    @Test
    void otherwiseItVerifiesTheChainAndReportsIt() {
        when(rebuild.loading()).thenReturn(false);
        when(check.verify()).thenReturn(new Integrity(3, "abc", null));

        verification.verify();

        verify(scheduler, never()).schedule(any(Runnable.class), any(Instant.class));
        assertThat(registry.get("casereview.integrity.verified.timestamp").gauge().value()).isPositive();
        assertThat(registry.get("casereview.integrity.broken").gauge().value()).isZero();
    }
}
