package org.ariadne.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ariadne.contracts.EventTypes;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.data.TenantData;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.tenancy.mongo.TenantDirectory;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two replicas of one service on one Mongo: the consumer's replica answers "offboarded?" from its copy of the
 * directory, and the other replica offboards the tenant. A record the consumer receives after that must not bring the
 * dropped database back, although nothing told the consumer's replica of the offboarding but Mongo.
 */
class OffboardedTenantTest {

    static final String SERVICE = "offboardtest";
    static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    static MongoServer server;
    static MongoClient client;

    @BeforeAll
    static void startMongo() {
        server = new MongoServer(new MemoryBackend().version(ServerVersion.MONGO_5_0));
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterAll
    static void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aLateRecordOfATenantAnotherReplicaOffboardedIsSkippedAndCreatesNoDatabase() {
        TenantId tenant = TenantId.of("ba-07");
        Replica consumer = new Replica(Duration.ofMillis(200));
        Replica admin = new Replica(Duration.ofMillis(200));
        consumer.directory.provision(tenant, "Test tenant", true);

        assertThat(consumer.handle(tenant)).as("applied while the tenant is active").isTrue();
        assertThat(databaseNames()).contains(SERVICE + "__ba-07");

        admin.data.drop(tenant);

        assertThat(databaseNames()).doesNotContain(SERVICE + "__ba-07");
        assertThat(consumer.handle(tenant)).as("applied after another replica offboarded the tenant").isFalse();
        assertThat(databaseNames()).doesNotContain(SERVICE + "__ba-07");
    }

    /** As identity, which follows every tenant's plans events but provisions no tenant database of its own for them. */
    @Test
    void aTenantTheServiceNeverProvisionedIsAnsweredFromTheCopyAndItsOffboardingIsSeen() {
        TenantId tenant = TenantId.of("ba-09");
        Replica consumer = new Replica(Duration.ofMillis(200));
        Replica admin = new Replica(Duration.ofMillis(200));

        assertThat(consumer.handle(tenant)).as("applied: a tenant without an entry is not offboarded").isTrue();

        admin.data.drop(tenant);

        assertThat(consumer.handle(tenant)).as("applied after another replica offboarded the tenant").isFalse();
        assertThat(databaseNames()).doesNotContain(SERVICE + "__ba-09");
    }

    @Test
    void theCopyOfTheDirectoryIsNotReadForEveryRecordAndFollowsAReturningTenant() {
        TenantId tenant = TenantId.of("ba-08");
        Replica consumer = new Replica(Duration.ofSeconds(1));
        Replica admin = new Replica(Duration.ofMillis(200));
        admin.directory.provision(tenant, "Test tenant", true);
        admin.data.drop(tenant);
        assertThat(consumer.directory.isOffboarded(tenant)).isTrue();

        admin.directory.provision(tenant, "Onboarded again", true); // an offboarded id may be used again

        long deadline = System.nanoTime() + consumer.directory.freshness().multipliedBy(2).toNanos();
        List<Boolean> answers = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            answers.add(consumer.directory.isOffboarded(tenant));
            sleep(Duration.ofMillis(20));
        }
        assertThat(answers.get(answers.size() - 1)).as("within twice the freshness the replica knows the tenant is back").isFalse();
        assertThat(answers).as("it answers from memory, then from the re-read directory").startsWith(true).endsWith(false);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> databaseNames() {
        return client.listDatabaseNames().into(new ArrayList<>());
    }

    /** One replica of the service: its own directory (with its own copy in memory) and consumer side. */
    private static final class Replica {
        final TenantDatabases databases = new TenantDatabases(client, SERVICE);
        final TenantDirectory directory;
        final TenantData data;
        final InboundEvents inbound;

        Replica(Duration freshness) {
            directory = new TenantDirectory(databases, List::of, freshness);
            data = new TenantData(databases, directory, List::of, List::of);
            inbound = new InboundEvents(JSON, databases, directory);
        }

        /** Decodes a plan event of the tenant and, as a consumer would, writes it into the tenant's database. */
        boolean handle(TenantId tenant) {
            String planId = UUID.randomUUID().toString();
            ConsumerRecord<String, String> record = new ConsumerRecord<>(EventTypes.PLANS_TOPIC, 0, 0, tenant.value() + ":" + planId,
                    "{\"tenantId\":\"%s\",\"planId\":\"%s\",\"title\":\"AP\",\"levelNames\":[]}".formatted(tenant.value(), planId));
            record.headers().add(CloudEventHeaders.TYPE, EventTypes.PLAN_CREATED.getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.TENANT, tenant.value().getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.AGGREGATE_VERSION, "1".getBytes(StandardCharsets.UTF_8));
            return TenantContext.callAs(tenant, () -> {
                Optional<InboundEvent> event = inbound.decode(record);
                event.ifPresent(e -> databases.current().getCollection("plans").insertOne(new Document("_id", planId)));
                return event.isPresent();
            });
        }
    }
}
