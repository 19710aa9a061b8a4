package org.ariadne.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The backends every service test talks to, started once per JVM and shared by all Spring contexts: by default the
 * Mongo wire server (mongo-java-server) and an embedded KRaft Kafka broker, in-JVM and Docker-free. With
 * {@code -Dariadne.test.backends=containers} (the {@code docker} Maven profile) the same suites run against real
 * MongoDB and Kafka containers, and fail if Docker is missing. Every context's Mongo client carries the
 * {@link MongoCommandLog}.
 */
public final class TestBackends implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static String mongoUri;
    private static String kafkaBootstrap;

    public static synchronized void start() {
        if (mongoUri != null) {
            return;
        }
        if ("containers".equals(System.getProperty("ariadne.test.backends"))) {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                throw new IllegalStateException("ariadne.test.backends=containers but no Docker engine is reachable");
            }
            MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
            mongo.start();
            KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
            kafka.start();
            mongoUri = mongo.getReplicaSetUrl();
            kafkaBootstrap = kafka.getBootstrapServers();
        } else {
            MongoServer server = new MongoServer(new MemoryBackend().version(ServerVersion.MONGO_5_0));
            server.enableOplog();
            mongoUri = server.bindAndGetConnectionString();
            EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
            kafka.brokerProperty("auto.create.topics.enable", "true");
            kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
            kafka.afterPropertiesSet();
            kafkaBootstrap = kafka.getBrokersAsString();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.destroy();
                server.shutdownNow();
            }));
        }
    }

    public static String mongoUri() {
        start();
        return mongoUri;
    }

    public static String kafkaBootstrap() {
        start();
        return kafkaBootstrap;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        start();
        TestPropertyValues.of(
                "ariadne.mongodb.uri=" + mongoUri,
                "spring.kafka.bootstrap-servers=" + kafkaBootstrap,
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestJwts.jwksUri(),
                "ariadne.messaging.partitions=1",
                "ariadne.outbox.poll-interval=200ms",
                "ariadne.outbox.idle-poll-interval=200ms",
                "ariadne.outbox.retry-backoff=200ms",
                "spring.kafka.consumer.properties.metadata.max.age.ms=1000",
                "spring.kafka.listener.idle-between-polls=0")
                .applyTo(context.getEnvironment());
        // records nothing until a test starts it: the service's client carries it (lib-tenancy adds every listener bean)
        context.getBeanFactory().registerSingleton("mongoCommandLog", MongoCommandLog.INSTANCE);
    }
}
