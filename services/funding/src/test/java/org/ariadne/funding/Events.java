package org.ariadne.funding;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.identity.v1.TenantOnboarded;
import org.ariadne.contracts.plans.v1.ActivityAdded;
import org.ariadne.contracts.plans.v1.NodeAdded;
import org.ariadne.contracts.plans.v1.PlanCreated;
import org.ariadne.testing.TestKafka;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real Kafka records as identity's and plans' outbox relays write them (CloudEvents headers, key
 * {@code <tenant>:<aggregateId>}, one aggregate version per event), for the funding service under test to consume.
 */
public final class Events {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong IDENTITY_VERSION = new AtomicLong();

    private Events() {
    }

    public static void onboard(String tenant, String parent, String currency, String language) {
        send(EventTypes.IDENTITY_TOPIC, EventTypes.TENANT_ONBOARDED, tenant, tenant, IDENTITY_VERSION.incrementAndGet(),
                new TenantOnboarded(tenant, "Tenant " + tenant, parent, List.of(language), currency, "Europe/Sarajevo",
                        List.of("Oblast", "Program", "Aktivnost")));
    }

    /** The events plans publishes when it imports one of the seed plans. */
    public static void publish(Seeds.PlanEvents plan) {
        long version = 1;
        send(EventTypes.PLANS_TOPIC, EventTypes.PLAN_CREATED, plan.tenant(), plan.planId(), version++,
                new PlanCreated(plan.tenant(), plan.planId(), plan.title(), List.of("Oblast", "Program")));
        for (NodeAdded node : plan.nodes()) {
            send(EventTypes.PLANS_TOPIC, EventTypes.NODE_ADDED, plan.tenant(), plan.planId(), version++, node);
        }
        for (ActivityAdded activity : plan.activities()) {
            send(EventTypes.PLANS_TOPIC, EventTypes.ACTIVITY_ADDED, plan.tenant(), plan.planId(), version++, activity);
        }
    }

    public static void send(String topic, String type, String tenant, String aggregateId, long version, DomainEvent event) {
        TestKafka.send(topic, tenant + ":" + aggregateId, JSON.writeValueAsString(event),
                TestKafka.cloudEventHeaders(type, tenant, aggregateId, version));
    }

    public static void awaitTrue(BooleanSupplier condition) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(condition::getAsBoolean);
    }
}
