package org.ariadne.gateway.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The snapshot, and the re-read for a tenant it does not know (no periodic refresh runs here: it is never started; the
 * least time between two re-reads is an hour, so the second re-read of a test is always within it).
 */
class TenantRegistryTest {

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> tenants;
    private TenantRegistry registry;

    @BeforeEach
    void registry() {
        server = new MongoServer(new MemoryBackend().version(ServerVersion.MONGO_5_0));
        client = MongoClients.create(server.bindAndGetConnectionString());
        registry = new TenantRegistry(new TenantDatabases(client, "gateway"), Duration.ofHours(1), Duration.ofHours(1));
        tenants = client.getDatabase("platform__registry").getCollection(TenantRegistry.COLLECTION);
        tenants.insertOne(new Document("_id", "me").append("status", "ACTIVE"));
        registry.refresh();
    }

    @AfterEach
    void close() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aTenantOnboardedSinceTheLastRefreshIsKnownAfterTheRecheck() {
        tenants.insertOne(new Document("_id", "hr").append("status", "ACTIVE"));
        assertThat(registry.standingOf("hr")).isEqualTo(TenantRegistry.Standing.UNKNOWN);
        assertThat(registry.recheck("hr").block(Duration.ofSeconds(10))).isEqualTo(TenantRegistry.Standing.ACTIVE);
        assertThat(registry.standingOf("hr")).isEqualTo(TenantRegistry.Standing.ACTIVE);
    }

    @Test
    void unknownTenantsDoNotMakeTheRegistryReadMoreThanOncePerSpacing() {
        assertThat(registry.recheck("xx").block(Duration.ofSeconds(10))).isEqualTo(TenantRegistry.Standing.UNKNOWN);
        tenants.insertOne(new Document("_id", "hr").append("status", "ACTIVE"));
        // within the spacing the snapshot answers as it is: no second read
        assertThat(registry.recheck("hr").block(Duration.ofSeconds(10))).isEqualTo(TenantRegistry.Standing.UNKNOWN);
    }
}
