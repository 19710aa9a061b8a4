package org.ariadne.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.ariadne.contracts.EventTypes;
import org.ariadne.tenancy.TenantResolutionException;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.tenancy.mongo.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messaging plumbing every service shares: the outbox writer and relay, the inbound decoder and inbox, the
 * error handler that dead-letters poison records, the topics, and the tenant provisioning listener.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.ariadne.tenancy.TenancyAutoConfiguration"})
@org.springframework.boot.autoconfigure.condition.ConditionalOnClass(KafkaTemplate.class)
@ConditionalOnBean(TenantDatabases.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class MessagingAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MessagingAutoConfiguration.class);

    /** Events are read tolerantly (unknown fields ignored) and written plainly, independent of the web mapper. */
    private static final JsonMapper EVENT_JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Bean
    OutboxRelay outboxRelay(TenantDatabases databases, TenantDirectory directory, KafkaTemplate<String, String> kafka,
            OutboxProperties properties, ObjectProvider<MeterRegistry> meters) {
        return new OutboxRelay(databases, directory, kafka, properties, meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    Outbox outbox(TenantDatabases databases, OutboxRelay relay, OutboxProperties properties,
            @Value("${spring.application.name}") String service, ObjectProvider<TraceparentSource> traceparent) {
        TraceparentSource source = traceparent.getIfAvailable(() -> () -> null);
        Supplier<String> current = source::current;
        return new Outbox(databases, relay,
                new OutboxWriter(EVENT_JSON, "/services/" + service, relay::written, current, properties.maxPending()));
    }

    @Bean
    InboundEvents inboundEvents(TenantDatabases databases, TenantDirectory directory) {
        return new InboundEvents(EVENT_JSON, databases, directory);
    }

    /** Imported tenants' pending outbox events are rewritten for their new tenant and published (lib-tenancy's import). */
    @Bean
    OutboxImport outboxImport(OutboxRelay relay) {
        return new OutboxImport(EVENT_JSON, relay);
    }

    /**
     * Three kinds of failure, three answers. Records that can never succeed (no or foreign tenant, unreadable payload,
     * an event the consumer cannot apply) go straight to {@code <topic>.DLT}, same partition. Infrastructure failures
     * ({@link InfrastructureFailures}: Mongo unreachable, a full outbox) are retried with back-off for as long as they
     * last, the partition waiting behind the record, so an outage delays the read model but never empties it into the
     * DLT. Anything else (a bug, an unexpected answer) is retried a few times and then dead-lettered, so one bad record
     * cannot stop its partition forever.
     */
    @Bean
    CommonErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka, ObjectProvider<MeterRegistry> meters,
            @Value("${ariadne.messaging.retry.initial-interval:200ms}") Duration initialInterval,
            @Value("${ariadne.messaging.retry.max-interval:5s}") Duration maxInterval,
            @Value("${ariadne.messaging.retry.attempts:4}") int attempts) {
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        // The DLT is <topic>.DLT (our contract), same partition, so the DLT needs the topic's partition count.
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, e) -> new TopicPartition(record.topic() + EventTypes.DLT_SUFFIX, record.partition())) {
            @Override
            public void accept(ConsumerRecord<?, ?> record, org.apache.kafka.clients.consumer.Consumer<?, ?> consumer, Exception e) {
                String tenant = CloudEventHeaders.get(record.headers(), CloudEventHeaders.TENANT);
                Counter.builder("dlt.records").tag("topic", record.topic())
                        .tag("tenant", tenant != null && org.ariadne.tenancy.TenantId.isValid(tenant) ? tenant : "none")
                        .register(registry).increment();
                log.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                        e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
                super.accept(record, consumer, e);
            }
        };
        ExponentialBackOffWithMaxRetries limited = new ExponentialBackOffWithMaxRetries(attempts);
        limited.setInitialInterval(initialInterval.toMillis());
        limited.setMultiplier(3);
        limited.setMaxInterval(maxInterval.toMillis());
        ExponentialBackOff unlimited = new ExponentialBackOff(initialInterval.toMillis(), 2);
        unlimited.setMaxInterval(maxInterval.toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, limited);
        // A retry hands the records the listener has not handled yet to it again, from memory: a seek would make the
        // retry wait for a new fetch, and so for the empty fetch in flight (up to fetch.max.wait.ms, MessagingDefaults).
        handler.setSeekAfterError(false);
        handler.setBackOffFunction((record, e) -> {
            if (!InfrastructureFailures.isInfrastructure(e)) {
                return null; // the limited back-off above
            }
            log.warn("{}-{}@{} waits for the infrastructure ({}); retrying until it is back", record.topic(), record.partition(),
                    record.offset(), InfrastructureFailures.describe(e));
            return unlimited;
        });
        handler.addNotRetryableExceptions(TenantResolutionException.class, InvalidEventException.class);
        return handler;
    }

    /** Every domain topic and its dead-letter twin, with the same partition count (the DLT keeps the partition). */
    @Bean
    KafkaAdmin.NewTopics ariadneTopics(@Value("${ariadne.messaging.partitions:3}") int partitions,
            @Value("${ariadne.messaging.replication-factor:1}") short replicas) {
        Set<String> topics = new LinkedHashSet<>();
        EventTypes.all().keySet().forEach(type -> topics.add(EventTypes.topicOf(type)));
        List<NewTopic> all = new ArrayList<>();
        for (String topic : topics) {
            all.add(TopicBuilder.name(topic).partitions(partitions).replicas(replicas).build());
            all.add(TopicBuilder.name(topic + EventTypes.DLT_SUFFIX).partitions(partitions).replicas(replicas).build());
        }
        return new KafkaAdmin.NewTopics(all.toArray(NewTopic[]::new));
    }

    @Bean
    @ConditionalOnProperty(name = "ariadne.messaging.tenant-provisioning", havingValue = "true", matchIfMissing = true)
    TenantProvisioningListener tenantProvisioningListener(TenantDirectory directory,
            @Value("${spring.application.name}") String service) {
        return new TenantProvisioningListener(directory, service);
    }

    /**
     * One listener container for the service, subscribed to every topic its {@link InboundEventHandler}s follow, its
     * consumer group the service's name: handlers get decoded, tenant-checked events only. It runs one consumer while
     * little waits and up to {@code ariadne.messaging.listener-concurrency} while a backlog drains
     * ({@link ListenerScaling}); each partition, and so each aggregate's events, is handled by one thread in order.
     * The first time, it starts where the service's former per-topic groups had got to ({@link FormerGroupOffsets}).
     */
    @Bean
    InboundEventListeners inboundEventListeners(ConcurrentKafkaListenerContainerFactory<?, ?> kafkaListenerContainerFactory,
            InboundEvents inbound, ObjectProvider<InboundEventHandler> handlers, ObjectProvider<MeterRegistry> meters,
            KafkaAdmin kafkaAdmin, @Value("${spring.application.name}") String service,
            @Value("${ariadne.messaging.listener-concurrency:${ariadne.messaging.partitions:3}}") int concurrency,
            @Value("${ariadne.messaging.listener-scaling.scale-up-lag:500}") long scaleUpLag,
            @Value("${ariadne.messaging.listener-scaling.scale-down-after:2m}") Duration scaleDownAfter,
            @Value("${ariadne.messaging.listener-scaling.check-interval:5s}") Duration checkInterval) {
        return new InboundEventListeners(kafkaListenerContainerFactory, inbound, service, handlers.orderedStream().toList(),
                meters.getIfAvailable(SimpleMeterRegistry::new), concurrency,
                new ListenerScaling(scaleUpLag, scaleDownAfter, checkInterval), kafkaAdmin.getConfigurationProperties());
    }

    /** Where the current W3C trace context comes from (observability provides one when tracing is on). */
    @FunctionalInterface
    public interface TraceparentSource {
        String current();
    }

}
