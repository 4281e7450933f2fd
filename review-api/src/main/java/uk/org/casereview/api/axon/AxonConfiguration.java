package uk.org.casereview.api.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.modelling.command.ConcurrencyException;
import uk.org.casereview.api.consistency.ExpectedVersionCheck;
import uk.org.casereview.api.integrity.ChainedEventStorageEngine;
import uk.org.casereview.api.integrity.EventChain;
import uk.org.casereview.api.problem.Causes;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import uk.org.casereview.api.eventstore.EventUpcasters;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

import javax.sql.DataSource;
import java.sql.SQLException;

import java.time.Duration;
import java.util.concurrent.Executors;
import uk.org.casereview.domain.practicereview.PracticeReview;
import uk.org.casereview.domain.yearlyreport.YearlyReportPublication;
import uk.org.casereview.domain.rapidreview.RapidReview;
import uk.org.casereview.domain.recommendation.Recommendation;
import uk.org.casereview.projections.readmodel.ReadModels;
import uk.org.casereview.projections.readmodel.Recorders;

/**
 * Axon without Axon Server: the JDBC storage engine on the application's data source (event store, tokens and read
 * models in one database and one transaction), snake_case tables made by Flyway, events as JSON.
 */
@Configuration
public class AxonConfiguration {

    /**
     * The domain has no Spring annotations: its aggregates are registered here, each with a cache of the aggregates
     * last used ({@link AggregateCaches}), so that a command's cost does not grow with its aggregate's history.
     */
    @Bean
    public ConfigurerModule aggregates(AggregateCaches caches) {
        return configurer -> configurer
                .configureAggregate(cached(RapidReview.class, caches))
                .configureAggregate(cached(PracticeReview.class, caches))
                .configureAggregate(cached(Recommendation.class, caches))
                .configureAggregate(cached(YearlyReportPublication.class, caches));
    }

    /** A write waiting for the read models is woken when the read-model processor commits ({@link ReadModelCommits}). */
    @Bean
    public ConfigurerModule readModelCommitsWakeWrites(ReadModelCommits commits) {
        return configurer -> configurer.eventProcessing()
                .registerHandlerInterceptor(ReadModels.PROCESSING_GROUP, c -> commits);
    }

    private static <A> AggregateConfigurer<A> cached(Class<A> aggregateType, AggregateCaches caches) {
        return AggregateConfigurer.defaultConfiguration(aggregateType).configureCache(c -> caches.of(aggregateType));
    }

    /**
     * The command gateway retries a command that lost a race for its aggregate (another command appended first): it is
     * decided again on the fresh state, so no update is lost. Any other failure is final and answered at once.
     */
    @Bean
    public CommandGateway commandGateway(CommandBus commandBus) {
        // the command bus gets its interceptors (CommandConditionsInterceptor) from Axon's auto-configuration
        IntervalRetryScheduler retries = IntervalRetryScheduler.builder()
                .retryExecutor(Executors.newScheduledThreadPool(1, r -> {
                    Thread thread = new Thread(r, "command-retry");
                    thread.setDaemon(true);
                    return thread;
                }))
                .retryInterval(10)
                .maxRetryCount(20)
                // Axon asks this of the failure and of each of its causes: only a lost race, a ConcurrencyException
                // (caused by the SQLException of the duplicate sequence number), is retried
                .nonTransientFailurePredicate(failure -> !(failure instanceof ConcurrencyException || failure instanceof SQLException))
                .build();
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(retries).build();
    }

    /** Events, tokens and snapshots as JSON with ISO dates, tolerant of fields added to events later. */
    @Bean
    @Primary
    public Serializer serializer() {
        return jsonSerializer();
    }

    /** The serializer of events, metadata, tokens and snapshots (also used by tools that write events directly). */
    public static Serializer jsonSerializer() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    /**
     * Who recorded a fact and the request's correlation id travel from the command to its events. (Declaring this
     * provider replaces Axon's MessageOriginProvider, which would put the command's own message id in correlationId.)
     */
    @Bean
    public CorrelationDataProvider recordedByProvider() {
        return new SimpleCorrelationDataProvider(Recorders.RECORDED_BY, Recorders.CORRELATION_ID);
    }

    /**
     * The event store. Events appended here wake the processors at once; events appended by another instance are found
     * by polling every {@code fetch-delay}.
     */
    @Bean(name = "eventBus")
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                                         @Value("${casereview.event-store.fetch-delay:100ms}") Duration fetchDelay,
                                         ExpectedVersionCheck expectedVersionCheck) {
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .build();
        eventStore.registerDispatchInterceptor(expectedVersionCheck);
        return eventStore;
    }

    /**
     * Tells a duplicate (aggregate, sequence number), i.e. a concurrent change, from other SQL errors, on H2 and
     * PostgreSQL: Spring's translation of the database's error codes, which also reads the failed statement of a batch
     * (Axon's JdbcSQLErrorCodesResolver looks only for SQLIntegrityConstraintViolationException, which neither driver
     * throws for a batch insert, so a lost race was answered 500 instead of being retried).
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver(DataSource dataSource) {
        SQLExceptionTranslator translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
        return exception -> {
            SQLException failure = Causes.find(exception, SQLException.class);
            return failure != null && translator.translate("append events", null, failure) instanceof DuplicateKeyException;
        };
    }

    /** How events recorded by earlier releases are read: one chain for the event store, the rebuild and the audit trail. */
    @Bean
    public EventUpcaster eventUpcasters() {
        return EventUpcasters.chain();
    }

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColum("owner")
                .build();
    }

    /** Axon's JDBC engine, chaining every event it appends (tamper evidence, {@link ChainedEventStorageEngine}). */
    @Bean
    public EventStorageEngine eventStorageEngine(Serializer serializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 EventSchema eventSchema,
                                                 EventUpcaster upcasters,
                                                 EventChain chain,
                                                 @Value("${casereview.event-store.batch-size:500}") int batchSize) {
        return new ChainedEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(upcasters)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .batchSize(batchSize), chain, transactionManager);
    }
}
