package org.ariadne.partners.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.ariadne.contracts.EventTypes;
import org.ariadne.partners.PartnersApi;
import org.ariadne.testing.Api;
import org.ariadne.testing.MongoCommandLog;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TestKafka;
import org.ariadne.testing.TestTenants;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * What one plans event costs partners' consumer in Mongo operations, each listed with what it selects: the events of
 * a backlog after a broker outage (the fault harness's case (a): new activities printing a name that already waits for
 * review) and their neighbours. Every operation of a new activity selects one document by its key, so no server
 * answers it by a scan; docs/reliability.md ("Eighth pass") has the counts before and after.
 */
@ServiceTest
class OperationsPerEventTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void aNewActivityOrAnUpdateCostsAFewOperationsByKey() {
        String tenant = "zo-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        TestTenants.provision(context, tenant);
        PartnersApi partners = new PartnersApi(new Api(port), tenant);
        partners.register("Uprava policije", "police", PartnersApi.alias("UP", "acronym"));
        String planId = PartnersApi.newId();
        // the tenant's first readings: its review queue's count is published, "MUP" waits for review
        partners.activityAdded(planId, PartnersApi.newId(), "1.1", 1, List.of("UP"), List.of(), List.of());
        partners.activityAdded(planId, PartnersApi.newId(), "1.2", 2, List.of("MUP"), List.of(), List.of());

        List<MongoCommandLog.Command> resolved = recorded(() -> partners.activityAdded(planId, PartnersApi.newId(), "1.3", 3,
                List.of("UP"), List.of(), List.of()));
        String waiting = PartnersApi.newId();
        List<MongoCommandLog.Command> unresolved = recorded(() -> partners.activityAdded(planId, waiting, "1.4", 4,
                List.of("MUP"), List.of(), List.of()));
        List<MongoCommandLog.Command> changed = recorded(() -> activityChanged(partners, tenant, planId, waiting, 5));
        List<MongoCommandLog.Command> again = recorded(() -> activityChanged(partners, tenant, planId, waiting, 5));

        report("a new activity, every name resolved", resolved);
        report("a new activity printing a name waiting for review (case (a)'s)", unresolved);
        report("its title changed, the same names", changed);
        report("that change delivered again", again);
        assertThat(unresolved).as("case (a)'s event: every operation selects one document by its key").allSatisfy(c ->
                assertThat(c.name().equals("insert") || c.selects().startsWith("{\"_id\": ")
                        || c.selects().startsWith("{\"$and\": [{\"_id\": ")).as(c.toString()).isTrue());
        assertThat(resolved).as("the view, the registry's two stamps, the reading; the relay's send of the reading")
                .hasSize(6);
        assertThat(unresolved).as("the view, the registry's two stamps, the review place and item, the reading").hasSize(6);
        assertThat(changed).as("the view, the reading read, the registry's two stamps, the reading written").hasSize(5);
        assertThat(again).as("the view's guard and holds, the reading read: nothing to complete").hasSize(3);
        assertThat(partners.get("/review").<List<String>>json("$.items[?(@.text == 'MUP')].places[*].activityId"))
                .as("the name waits once, printed by two activities").hasSize(2).contains(waiting);
    }

    /** The commands partners' consumer threads and its relay sent while {@code handling} ran (and until they fell quiet). */
    private static List<MongoCommandLog.Command> recorded(Runnable handling) {
        MongoCommandLog.INSTANCE.start(thread -> thread.contains("-C-") || thread.equals("outbox-fast-path"));
        handling.run();
        int[] seen = {-1};
        Awaitility.await().pollInterval(Duration.ofMillis(300)).atMost(Duration.ofSeconds(10)).until(() -> {
            int now = MongoCommandLog.INSTANCE.recorded().size();
            boolean quiet = now == seen[0] && now > 0;
            seen[0] = now;
            return quiet;
        });
        // lib-messaging reads the tenant directory's stamp every 500 ms at most, whatever the events: not an event's
        return MongoCommandLog.INSTANCE.stop().stream().filter(c -> !c.collection().equals("tenants_stamp")).toList();
    }

    private static void report(String event, List<MongoCommandLog.Command> commands) {
        System.out.println("Partners' Mongo operations for " + event + ": " + commands.size());
        commands.forEach(c -> System.out.println("  [" + c.thread() + "] " + c));
    }

    private static void activityChanged(PartnersApi partners, String tenant, String planId, String activityId, long version) {
        String title = "Activity 1.4, version " + version;
        String json = "{\"tenantId\":\"" + tenant + "\",\"planId\":\"" + planId + "\",\"activityId\":\"" + activityId
                + "\",\"nodeId\":\"n1\",\"code\":\"1.4\",\"title\":\"" + title + "\",\"deadline\":\"2024\","
                + "\"leadInstitutions\":[\"MUP\"],\"partnerInstitutions\":[],\"funders\":[]}";
        TestKafka.send(EventTypes.PLANS_TOPIC, tenant + ":" + planId, json,
                TestKafka.cloudEventHeaders(EventTypes.ACTIVITY_CHANGED, tenant, planId, version));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> title.equals(partners.get("/activities/" + activityId).json("$.title")));
    }
}
