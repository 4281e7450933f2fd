package uk.org.casereview.api.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.CapacityMonitor;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Axon's Micrometer monitors (axon-micrometer) with Prometheus's conventions: snake_case names under {@code axon_},
 * the event processor as the label {@code processor} (dimensional, not in the name), no label per payload type (a
 * bounded number of series), and every series registered when its component is built, so that it is there, at zero,
 * from the first scrape rather than after the first message. Axon's own auto-configuration of them is switched off
 * ({@code axon.metrics.auto-configuration.enabled=false}).
 * <pre>
 * axon_event_processor_{ingested,processed,success,failure,ignored}_total{processor}
 * axon_event_processor_{all,success,failure,ignored}_timer_seconds{processor,quantile}   (summary)
 * axon_event_processor_latency_milliseconds{processor}   time between an event being recorded and being handled
 * axon_event_processor_capacity{processor}               busy threads, 0 to the processor's thread count
 * axon_command_bus_*   and   axon_event_store_*         the same counters and timers for commands and appended events
 * </pre>
 */
@Configuration
public class AxonMetrics {

    static final String EVENT_PROCESSOR = "axon.event.processor";
    static final String COMMAND_BUS = "axon.command.bus";
    static final String EVENT_STORE = "axon.event.store";
    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
    private static final List<String> COUNTERS = List.of("ingestedCounter", "processedCounter", "successCounter", "failureCounter", "ignoredCounter");

    @Bean
    public ConfigurerModule axonMonitors(MeterRegistry registry) {
        return configurer -> configurer.configureMessageMonitor(configuration -> (type, name) -> monitor(registry, type, name));
    }

    /** Axon's names end in camelCase words (processedCounter, allTimer): snake_case them, and drop "Counter" (counters end in _total). */
    @Bean
    public MeterFilter axonMeterNames() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith("axon.")) {
                    return id;
                }
                String name = CAMEL.matcher(id.getName().replace("Counter", "")).replaceAll("$1.$2").toLowerCase();
                Meter.Id renamed = id.withName(name);
                return name.endsWith(".latency") ? renamed.withBaseUnit("milliseconds") : renamed;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static MessageMonitor<Message<?>> monitor(MeterRegistry registry, Class<?> type, String name) {
        List<MessageMonitor<? extends Message<?>>> monitors = new ArrayList<>();
        if (EventProcessor.class.isAssignableFrom(type)) {
            Tags tags = Tags.of("processor", name);
            Function<Message<?>, Iterable<io.micrometer.core.instrument.Tag>> tagged = message -> tags;
            monitors.add(primed(MessageTimerMonitor.buildMonitor(EVENT_PROCESSOR, registry, tagged)));
            monitors.add(primed(EventProcessorLatencyMonitor.builder().meterNamePrefix(EVENT_PROCESSOR).meterRegistry(registry)
                    .tagsBuilder(tagged).build()));
            monitors.add(primed(CapacityMonitor.buildMonitor(EVENT_PROCESSOR, registry, tagged)));
            monitors.add(counting(registry, EVENT_PROCESSOR, tags, tagged));
        } else if (CommandBus.class.isAssignableFrom(type)) {
            monitors.add(primed(MessageTimerMonitor.buildMonitor(COMMAND_BUS, registry, message -> Tags.empty())));
            monitors.add(primed(CapacityMonitor.buildMonitor(COMMAND_BUS, registry, message -> Tags.empty())));
            monitors.add(counting(registry, COMMAND_BUS, Tags.empty(), message -> Tags.empty()));
        } else if (EventBus.class.isAssignableFrom(type)) {
            monitors.add(primed(MessageTimerMonitor.buildMonitor(EVENT_STORE, registry, message -> Tags.empty())));
            monitors.add(counting(registry, EVENT_STORE, Tags.empty(), message -> Tags.empty()));
        } else {
            return NoOpMessageMonitor.instance();
        }
        return (MessageMonitor<Message<?>>) (MessageMonitor<?>) new MultiMessageMonitor<>((List) monitors);
    }

    /**
     * Registers the monitor's timers and gauges now: Axon creates them for the first message it sees. The message
     * handed over here is never reported as handled, so nothing is counted or timed; the latency gauge starts at 0.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <M extends MessageMonitor<?>> M primed(M monitor) {
        ((MessageMonitor) monitor).onMessageIngested(GenericEventMessage.asEventMessage("registering the meters"));
        return monitor;
    }

    /** Axon's counters of the component, registered at zero now (Axon itself registers them with the first message). */
    private static MessageCountingMonitor counting(MeterRegistry registry, String prefix, Tags tags,
                                                   Function<Message<?>, Iterable<io.micrometer.core.instrument.Tag>> tagged) {
        COUNTERS.forEach(counter -> registry.counter(prefix + "." + counter, tags));
        return MessageCountingMonitor.buildMonitor(prefix, registry, tagged);
    }
}
