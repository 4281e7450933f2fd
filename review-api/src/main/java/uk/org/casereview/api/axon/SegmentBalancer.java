package uk.org.casereview.api.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.org.casereview.projections.readmodel.ReadModels;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Shares the read-model processor's segments between the instances on one database. Each instance says it is alive
 * every few seconds; one that holds more than its fair share (segments / live instances, rounded up) releases one, and
 * another instance claims it. An instance that dies stops saying so; its claims time out and the others take its
 * segments over (they may claim every segment).
 */
@Component
public class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Duration interval;
    private final String instanceId = UUID.randomUUID().toString();

    public SegmentBalancer(EventProcessingConfiguration processing, JdbcTemplate jdbc,
                           @Value("${casereview.event-processing.balance-interval:5s}") Duration interval) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.interval = interval;
    }

    @Scheduled(initialDelayString = "${casereview.event-processing.balance-interval:5s}",
            fixedDelayString = "${casereview.event-processing.balance-interval:5s}")
    public void balance() {
        try {
            Instant now = Instant.now();
            if (jdbc.update("update service_instance set last_seen = ? where instance_id = ?", Timestamp.from(now), instanceId) == 0) {
                jdbc.update("insert into service_instance (instance_id, last_seen) values (?, ?)", instanceId, Timestamp.from(now));
            }
            Timestamp alive = Timestamp.from(now.minus(interval.multipliedBy(3)));
            jdbc.update("delete from service_instance where last_seen < ?", alive);
            long instances = jdbc.queryForObject("select count(*) from service_instance", Long.class);
            long segments = jdbc.queryForObject("select count(*) from token_entry where processor_name = ?", Long.class,
                    ReadModels.PROCESSING_GROUP);
            StreamingEventProcessor processor = processing.eventProcessor(ReadModels.PROCESSING_GROUP, StreamingEventProcessor.class)
                    .orElseThrow();
            int mine = processor.processingStatus().size();
            long fairShare = instances == 0 ? segments : (segments + instances - 1) / instances;
            if (processor.isRunning() && mine > fairShare) {
                int segment = processor.processingStatus().keySet().iterator().next();
                log.info("{} instances share {} segments: releasing segment {} ({} held here)", instances, segments, segment, mine);
                processor.releaseSegment(segment);
            }
        } catch (RuntimeException e) {
            log.warn("could not balance the read-model segments", e);
        }
    }
}
