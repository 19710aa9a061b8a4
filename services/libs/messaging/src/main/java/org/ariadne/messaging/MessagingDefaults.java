package org.ariadne.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Kafka client settings every service shares, as the lowest-precedence defaults (a service or test overrides any of
 * them): string payloads, an idempotent producer with acks=all that gives up quickly when the broker is away (the
 * outbox keeps the events), manual offset commits after processing, listener observations for traces.
 * <p>
 * Latency: the producer sends at once ({@code linger.ms=0}; the relay hands over all events of a document before it
 * waits, so they still travel in one batch), and a consumer's fetch returns as soon as one record is there
 * ({@code fetch.min.bytes=1}; {@code fetch.max.wait.ms} only bounds an empty fetch). Failover: a consumer that dies
 * without leaving its group (SIGKILL, a lost node) holds its partitions until its session expires; 10 s instead of the
 * client's 45 s lets a restarted or surviving replica take them over within seconds, with a heartbeat every 3 s
 * (a third of the session, as Kafka recommends). Rebalances: a group rebalances when a member joins or leaves and when
 * the broker restarts (its metadata changes), and with the classic protocol every member must rejoin before any
 * consumes again; a member rejoins only at its next poll, so after handing over its whole batch. 50 records per poll
 * (Kafka's default is 500) keep that wait to about a second when a backlog is draining (500 made the other members wait
 * 18 s after a broker restart, docs/reliability.md); the records still arrive in full fetches, a poll only hands them
 * over.
 * <p>
 * Idle cost: a consumer with nothing to read costs its empty fetches and its heartbeat thread, in the service and in
 * the broker, whatever the number of tenants. An empty fetch waits at the broker for {@code fetch.max.wait.ms}, 5 s
 * (the client's 500 ms made each of the stack's 16 consumers ask twice a second); a record that arrives meanwhile
 * answers it at once, so latency does not change. A listener's retry after an error does not wait for that fetch: the
 * error handler keeps the unhandled records and hands them to the listener again without a seek (so without a new
 * fetch; {@code MessagingAutoConfiguration#kafkaErrorHandler}). The heartbeat thread looks every {@code retry.backoff.ms}
 * whether a heartbeat is due: 1 s instead of 100 ms, for a heartbeat due every 3 s; the same back-off applies to the
 * client's retries of failed requests (it grows to 1 s there anyway).
 */
public class MessagingDefaults implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.kafka.bootstrap-servers", "${KAFKA_BOOTSTRAP_SERVERS:127.0.0.1:9092}");
        defaults.put("spring.kafka.producer.key-serializer", "org.apache.kafka.common.serialization.StringSerializer");
        defaults.put("spring.kafka.producer.value-serializer", "org.apache.kafka.common.serialization.StringSerializer");
        defaults.put("spring.kafka.producer.acks", "all");
        defaults.put("spring.kafka.producer.properties.enable.idempotence", "true");
        defaults.put("spring.kafka.producer.properties.max.in.flight.requests.per.connection", "5");
        defaults.put("spring.kafka.producer.properties.delivery.timeout.ms", "8000");
        defaults.put("spring.kafka.producer.properties.request.timeout.ms", "3000");
        defaults.put("spring.kafka.producer.properties.max.block.ms", "3000");
        defaults.put("spring.kafka.producer.properties.linger.ms", "0");
        defaults.put("spring.kafka.consumer.key-deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        defaults.put("spring.kafka.consumer.value-deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        defaults.put("spring.kafka.consumer.enable-auto-commit", "false");
        defaults.put("spring.kafka.consumer.properties.reconnect.backoff.max.ms", "2000");
        defaults.put("spring.kafka.consumer.properties.session.timeout.ms", "10000");
        defaults.put("spring.kafka.consumer.properties.heartbeat.interval.ms", "3000");
        defaults.put("spring.kafka.consumer.max-poll-records", "50");
        defaults.put("spring.kafka.consumer.properties.fetch.min.bytes", "1");
        defaults.put("spring.kafka.consumer.properties.fetch.max.wait.ms", "5000");
        defaults.put("spring.kafka.consumer.properties.retry.backoff.ms", "1000");
        defaults.put("spring.kafka.consumer.properties.retry.backoff.max.ms", "1000");
        defaults.put("spring.kafka.listener.observation-enabled", "true");
        defaults.put("spring.kafka.listener.missing-topics-fatal", "false");
        // A service must start (and serve writes) while Kafka is away: topic creation gives up quickly and is retried
        // by the brokers' auto-creation or the next start.
        defaults.put("spring.kafka.admin.properties.request.timeout.ms", "5000");
        defaults.put("spring.kafka.admin.properties.default.api.timeout.ms", "20000");
        defaults.put("spring.kafka.admin.operation-timeout", "20s");
        defaults.put("spring.kafka.admin.close-timeout", "2s");
        environment.getPropertySources().addLast(new MapPropertySource("ariadneMessagingDefaults", defaults));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
