package org.ariadne.partners.resolution.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.EventTypes;
import org.ariadne.partners.PartnersApi;
import org.ariadne.partners.institution.InstitutionCommands;
import org.ariadne.partners.institution.InstitutionQueries;
import org.ariadne.partners.resolution.ActivityReading;
import org.ariadne.partners.resolution.ReadingRepository;
import org.ariadne.partners.resolution.ResolutionCommands;
import org.ariadne.partners.resolution.ReviewQueueRepository;
import org.ariadne.partners.resolution.ReviewRepository;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TestKafka;
import org.ariadne.testing.TestTenants;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Partners stops between a change and the review queue's count it moves (the queue's own write fails here, where a
 * stop would leave it): nothing is published, and a plans event of the same version would be skipped by the version
 * guard. When partners starts again, the changes left uncounted are completed and the count is published, once.
 */
@ServiceTest
class UncountedChangesAtStartTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UncountedChangesAtStart atStart;
    @Autowired
    ResolutionCommands resolution;
    @Autowired
    InstitutionQueries institutions;
    @Autowired
    InstitutionCommands registry;
    @Autowired
    ReadingRepository readings;
    @Autowired
    ReviewRepository reviews;
    @Autowired
    ReviewQueueRepository queue;

    @Test
    void aCountLeftUnpublishedByAStopBetweenTheTwoWritesIsPublishedWhenPartnersStartsAgain() {
        String tenant = "zq-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        TestTenants.provision(context, tenant);
        ResolutionCommands stopping = new ResolutionCommands(institutions, registry, readings, reviews, new StopsBeforeItsWrite());
        String activityId = PartnersApi.newId();
        ActivityReading.PrintedNames printed = new ActivityReading.PrintedNames(List.of("Nepoznata ustanova"), List.of(), List.of());

        TenantContext.runAs(TenantId.of(tenant), () -> assertThatThrownBy(() -> stopping.readActivity(PartnersApi.newId(),
                activityId, "2.1", printed, 1)).isInstanceOf(IllegalStateException.class));
        assertThat(queueCounts(tenant)).as("the stop left the count unpublished").isEmpty();

        atStart.settle();

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> queueCounts(tenant).equals(List.of(1)));
        assertThat(leftUncounted(tenant)).as("settled: the next start finds nothing").isZero();

        TenantContext.runAs(TenantId.of(tenant), () -> assertThatThrownBy(() -> stopping.activityRemoved(activityId))
                .isInstanceOf(IllegalStateException.class));
        atStart.settle();

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> queueCounts(tenant).equals(List.of(1, 0)));
        assertThat(leftUncounted(tenant)).isZero();
    }

    /** How many changes of the tenant a start would settle now. */
    private int leftUncounted(String tenant) {
        return TenantContext.callAs(TenantId.of(tenant), resolution::settleUnpublishedCounts);
    }

    /** The numbers of names waiting for review the tenant published, in order. */
    private static List<Integer> queueCounts(String tenant) {
        return TestKafka.records(EventTypes.PARTNERS_TOPIC, Duration.ofSeconds(1)).stream()
                .filter(r -> r.key().equals(tenant + ":review-queue"))
                .filter(r -> EventTypes.REVIEW_QUEUE_CHANGED.equals(TestKafka.header(r, "ce_type")))
                .map(r -> JsonPath.<Integer>read(r.value(), "$.openNames")).toList();
    }

    /** The real review queue, except that partners stops just before writing it. */
    private final class StopsBeforeItsWrite implements ReviewQueueRepository {

        @Override
        public Optional<Stored> find() {
            return queue.find();
        }

        @Override
        public boolean save(int openNames, Optional<Long> expectedVersion, List<? extends DomainEvent> events) {
            throw new IllegalStateException("partners stopped before the review queue's write");
        }
    }
}
