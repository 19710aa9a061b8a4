package org.ariadne.partners.resolution.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.ariadne.partners.PartnersApi;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TestTenants;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The review queue's places: one per activity printing an unresolved name, however many activities print it (a
 * reading touches only its own places), and the places of a queue written before they had their own collection are
 * moved there at start.
 */
@ServiceTest
class ReviewPlacesTest {

    private static final String TENANT = "rs";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    PartnersApi partners;

    @BeforeEach
    void setUp() {
        TestTenants.provision(context, TENANT);
        partners = new PartnersApi(new Api(port), TENANT);
    }

    @Test
    void aNamePrintedByManyActivitiesListsEachPlaceInOrderAndAnActivityThatDropsItLeaves() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        String unknown = "Ministria e Panjohur " + suffix;
        String planId = PartnersApi.newId();
        List<String> activities = List.of(PartnersApi.newId(), PartnersApi.newId(), PartnersApi.newId());
        for (int i = 0; i < activities.size(); i++) {
            partners.activityAdded(planId, activities.get(i), "2." + (i + 1), i + 1, List.of(unknown), List.of(), List.of());
        }
        assertThat(placesOf(unknown)).containsExactly("2.1", "2.2", "2.3");

        partners.activityAdded(planId, activities.get(1), "2.2", 4, List.of("Tjetër " + suffix), List.of(), List.of());

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(placesOf(unknown)).containsExactly("2.1", "2.3"));
        assertThat(placesOf("Tjetër " + suffix)).containsExactly("2.2");
    }

    @Test
    void placesKeptInTheItemsOfAnOlderQueueMoveToTheirOwnCollectionInOrder() {
        String key = "legacy-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        TenantDatabases databases = context.getBean(TenantDatabases.class);
        TenantContext.runAs(TenantId.of(TENANT), () -> {
            List<Document> places = List.of(
                    new Document("planId", "p").append("activityId", "a2").append("code", "9.2").append("role", "lead").append("printed", "X"),
                    new Document("planId", "p").append("activityId", "a1").append("code", "9.1").append("role", "lead").append("printed", "X"));
            databases.current().getCollection(MongoReviewRepository.COLLECTION).insertOne(new Document("_id", key)
                    .append("text", "Legacy " + key).append("status", "OPEN").append("places", places)
                    .append("suggestions", List.of()).append("firstSeen", "2026-01-01T00:00:00Z").append("updatedAt", "2026-01-01T00:00:00Z"));

            new ResolutionIndexes().initialize(databases.current());
            new ResolutionIndexes().initialize(databases.current()); // at every start: idempotent

            Document item = databases.current().getCollection(MongoReviewRepository.COLLECTION).find(new Document("_id", key)).first();
            assertThat(item).doesNotContainKey("places");
        });
        assertThat(placesOf("Legacy " + key)).containsExactly("9.2", "9.1");
    }

    private List<String> placesOf(String text) {
        return partners.get("/review").json("$.items[?(@.text == '" + text + "')].places[*].code");
    }
}
