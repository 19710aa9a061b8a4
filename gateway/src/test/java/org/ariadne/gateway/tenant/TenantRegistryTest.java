package org.ariadne.gateway.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.tenancy.mongo.TenantRegistryStamp;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The snapshot, the re-read for a tenant it does not know, and the periodic refresh's look at the stamp (the scheduler
 * is never started here: the tests call the refresh; the least time between two re-reads and between two full reads is
 * an hour, so every second read of a test is within it).
 */
class TenantRegistryTest {

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> tenants;
    private TenantDatabases databases;
    private TenantRegistry registry;

    @BeforeEach
    void registry() {
        server = new MongoServer(new MemoryBackend().version(ServerVersion.MONGO_5_0));
        client = MongoClients.create(server.bindAndGetConnectionString());
        databases = new TenantDatabases(client, "gateway");
        registry = new TenantRegistry(databases, Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));
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

    @Test
    void theRefreshReadsTheEntriesAgainWhenIdentityMovedTheStamp() {
        tenants.updateOne(Filters.eq("_id", "me"), Updates.set("status", "SUSPENDED"));
        TenantRegistryStamp.move(databases); // as identity does after every write of an entry
        registry.refreshIfChanged();
        assertThat(registry.standingOf("me")).isEqualTo(TenantRegistry.Standing.INACTIVE);
    }

    @Test
    void whileTheStampStandsStillTheRefreshKeepsTheEntriesItRead() {
        // a write that did not move the stamp (no writer does that but this test): only the stamp is read, so not seen
        tenants.updateOne(Filters.eq("_id", "me"), Updates.set("status", "SUSPENDED"));
        registry.refreshIfChanged();
        assertThat(registry.standingOf("me")).isEqualTo(TenantRegistry.Standing.ACTIVE);
        assertThat(registry.ageSeconds()).isLessThan(60); // the registry was readable: the snapshot is not stale

        TenantRegistryStamp.move(databases);
        registry.refreshIfChanged();
        assertThat(registry.standingOf("me")).isEqualTo(TenantRegistry.Standing.INACTIVE);
    }

    @Test
    void theRefreshReadsTheEntriesWhateverTheStampOnceTheFullReadIsDue() {
        TenantRegistry fullReads = new TenantRegistry(databases, Duration.ofHours(1), Duration.ofHours(1), Duration.ZERO);
        fullReads.refresh();
        tenants.updateOne(Filters.eq("_id", "me"), Updates.set("status", "SUSPENDED"));
        fullReads.refreshIfChanged();
        assertThat(fullReads.standingOf("me")).isEqualTo(TenantRegistry.Standing.INACTIVE);
    }
}
