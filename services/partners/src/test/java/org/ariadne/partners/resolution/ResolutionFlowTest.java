package org.ariadne.partners.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ariadne.contracts.EventTypes;
import org.ariadne.partners.PartnersApi;
import org.ariadne.partners.activity.ActivityView;
import org.ariadne.partners.activity.ActivityViews;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TestJobs;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestKafka;
import org.ariadne.testing.TestTenants;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Plans events in, readings and the review queue out, decisions back in: through the real broker, the real HTTP API
 * and partners.events. Kosovo's spellings of its national coordinator's office (004:979) are the example.
 */
@ServiceTest
class ResolutionFlowTest {

    private static final String TENANT = "rs"; // not a demo tenant: the acceptance test loads xk

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ActivityViews views;
    PartnersApi partners;

    @BeforeEach
    void setUp() {
        TestTenants.provision(context, TENANT);
        partners = new PartnersApi(new Api(port), TENANT);
    }

    @Test
    void printedNamesAreReadUnknownOnesQueuedAndADecisionReadsThemAgain() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        String office = partners.register("Zyra e Koordinatorit Kombëtar " + suffix, "coordination_office",
                PartnersApi.alias("ZKNKT" + suffix, "acronym"));
        partners.aliases(office, "ZNKNT" + suffix, "typo", "KNKT" + suffix, "typo");
        String planId = PartnersApi.newId();
        String activityId = PartnersApi.newId();

        partners.activityAdded(planId, activityId, "3.1.1", 1, List.of("ZNKNT" + suffix, "GNKT" + suffix),
                List.of("KNKT" + suffix + "/ bartésit"), List.of());

        Api.Response activity = partners.get("/activities/" + activityId);
        assertThat(activity.<List<String>>json("$.names[0].parts[*].institutionId")).containsExactly(office);
        assertThat(activity.<List<String>>json("$.names[1].parts[*].outcome")).containsExactly("review");
        assertThat(activity.<List<String>>json("$.names[2].parts[*].text")).containsExactly("KNKT" + suffix, "bartésit");
        Api.Response queue = partners.get("/review");
        assertThat(queue.<List<String>>json("$.items[*].text")).contains("GNKT" + suffix, "bartésit");
        String gnktKey = queue.<List<String>>json("$.items[?(@.text == 'GNKT" + suffix + "')].key").get(0);
        assertThat(queue.<List<String>>json("$.items[?(@.text == 'GNKT" + suffix + "')].suggestions[*].institutionId"))
                .as("GNKT resembles the office's spellings, but that is only a suggestion").contains(office);

        Api.Response decided = partners.post("/review/decisions", "{\"key\":\"" + gnktKey + "\",\"action\":\"resolve\","
                + "\"institutionId\":\"" + office + "\"}");

        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.<String>json("$.status")).isEqualTo("resolved");
        assertThat(partners.get("/activities/" + activityId).<List<String>>json("$.names[1].parts[*].institutionId"))
                .containsExactly(office);
        assertThat(partners.get("/review").<List<String>>json("$.items[*].text")).doesNotContain("GNKT" + suffix);
        ConsumerRecord<String, String> published = TestKafka.awaitRecord(EventTypes.PARTNERS_TOPIC,
                r -> activityId.equals(TestKafka.header(r, "ce_subject")) && r.value().contains("\"GNKT" + suffix
                        + "\",\"outcome\":\"resolved\""), Duration.ofSeconds(30)).orElseThrow();
        assertThat(TestKafka.header(published, "ce_type")).isEqualTo(EventTypes.ACTIVITY_INSTITUTIONS_RESOLVED);
        assertThat(published.key()).isEqualTo(TENANT + ":" + activityId);
    }

    @Test
    void aReadingIsPublishedWhenWhatItResolvesChangesAndTheQueueWhenItsCountDoes() {
        String tenant = "zp-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        TestTenants.provision(context, tenant);
        PartnersApi fresh = new PartnersApi(new Api(port), tenant);
        String planId = PartnersApi.newId();
        String first = PartnersApi.newId();
        String second = PartnersApi.newId();
        String third = PartnersApi.newId();

        // two activities print a name nobody resolved yet, a third one a registered institution
        fresh.activityAdded(planId, first, "1.1", 1, List.of("MUP"), List.of(), List.of());
        fresh.activityAdded(planId, second, "1.2", 2, List.of("MUP"), List.of(), List.of());
        String police = fresh.register("Uprava policije", "police", PartnersApi.alias("UP", "acronym"));
        fresh.activityAdded(planId, third, "1.3", 3, List.of("UP"), List.of(), List.of());

        assertThat(TestKafka.awaitRecord(EventTypes.PARTNERS_TOPIC, r -> third.equals(TestKafka.header(r, "ce_subject"))
                && r.value().contains(police), Duration.ofSeconds(30))).as("the reading that resolves a name").isPresent();
        assertThat(readingsPublished(tenant)).as("readings that resolve nothing tell the consumers nothing")
                .containsExactly(third);
        assertThat(queueCounts(tenant)).as("one name waits, however many activities print it").containsExactly(1);

        String key = fresh.get("/review").<List<String>>json("$.items[?(@.text == 'MUP')].key").get(0);
        assertThat(fresh.post("/review/decisions", "{\"key\":\"" + key + "\",\"action\":\"generic\"}").status())
                .isEqualTo(200);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> queueCounts(tenant).equals(List.of(1, 0)));
        assertThat(fresh.get("/activities/" + first).<List<String>>json("$.names[0].parts[*].outcome")).containsExactly("generic");
        assertThat(readingsPublished(tenant)).as("a generic mention resolves nothing either").containsExactly(third);
    }

    @Test
    void aPlansEventDeliveredAgainCompletesAReadingTheConsumerDidNotFinish() {
        String planId = PartnersApi.newId();
        String activityId = PartnersApi.newId();
        String printed = "Nepoznata ustanova " + Long.toString(System.nanoTime() % 1_000_000, 36);
        // as if the consumer had stopped right after writing the activity's view, before reading its names
        TenantContext.runAs(TenantId.of(TENANT), () -> views.save(new ActivityView(activityId, planId, "7.1", "Activity 7.1",
                List.of(printed), List.of(), List.of(), false, null, null, null), 1));

        partners.activityAdded(planId, activityId, "7.1", 1, List.of(printed), List.of(), List.of());

        assertThat(partners.get("/activities/" + activityId).<List<String>>json("$.names[0].parts[*].outcome"))
                .containsExactly("review");
        assertThat(partners.get("/review").<List<String>>json("$.items[*].text")).contains(printed);
    }

    /** The activities whose readings the tenant published, in order. */
    private static List<String> readingsPublished(String tenant) {
        return TestKafka.records(EventTypes.PARTNERS_TOPIC, Duration.ofSeconds(1)).stream()
                .filter(r -> r.key().startsWith(tenant + ":"))
                .filter(r -> EventTypes.ACTIVITY_INSTITUTIONS_RESOLVED.equals(TestKafka.header(r, "ce_type")))
                .map(r -> TestKafka.header(r, "ce_subject")).toList();
    }

    /** The numbers of names waiting for review the tenant published, in order. */
    private static List<Integer> queueCounts(String tenant) {
        return TestKafka.records(EventTypes.PARTNERS_TOPIC, Duration.ofSeconds(1)).stream()
                .filter(r -> r.key().equals(tenant + ":review-queue"))
                .filter(r -> EventTypes.REVIEW_QUEUE_CHANGED.equals(TestKafka.header(r, "ce_type")))
                .map(r -> JsonPath.<Integer>read(r.value(), "$.openNames")).toList();
    }

    @Test
    void aGenericMentionLeavesTheQueueForGood() {
        String planId = PartnersApi.newId();
        String activityId = PartnersApi.newId();
        String donors = "Donatorét " + Long.toString(System.nanoTime() % 100000, 36);
        partners.activityAdded(planId, activityId, "4.4.7", 1, List.of(), List.of(donors), List.of());
        String key = partners.get("/review").<List<String>>json("$.items[?(@.text == '" + donors + "')].key").get(0);

        assertThat(partners.post("/review/decisions", "{\"key\":\"" + key + "\",\"action\":\"generic\"}").status())
                .isEqualTo(200);

        assertThat(partners.get("/activities/" + activityId).<List<String>>json("$.names[0].parts[*].outcome"))
                .containsExactly("generic");
        assertThat(partners.get("/review?status=generic").<List<Map<String, Object>>>json("$.items"))
                .anySatisfy(item -> assertThat(item.get("text")).isEqualTo(donors));
    }

    @Test
    void anOlderPlanVersionChangesNothing() {
        String planId = PartnersApi.newId();
        String activityId = PartnersApi.newId();
        partners.activityAdded(planId, activityId, "1.1", 5, List.of("Prokuroria e Shtetit"), List.of(), List.of());

        String stale = "{\"tenantId\":\"rs\",\"planId\":\"" + planId + "\",\"activityId\":\"" + activityId + "\",\"nodeId\":\"n\","
                + "\"code\":\"1.1\",\"title\":\"t\",\"deadline\":\"\",\"leadInstitutions\":[\"Policia\"]}";
        TestKafka.send(EventTypes.PLANS_TOPIC, "rs:" + planId, stale,
                TestKafka.cloudEventHeaders(EventTypes.ACTIVITY_CHANGED, TENANT, planId, 3));
        String marker = PartnersApi.newId();
        partners.activityAdded(planId, marker, "1.2", 6, List.of("Policia"), List.of(), List.of());

        Awaitility.await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(partners.get("/activities/" + activityId).<List<String>>json("$.names[*].printed"))
                .containsExactly("Prokuroria e Shtetit");
    }

    @Test
    void aGlobalRegistryChangeIsReadInEveryTenantByAPlatformJob() {
        String donor = "Fondacioni Donator " + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        String activityId = PartnersApi.newId();
        partners.activityAdded(PartnersApi.newId(), activityId, "4.1.1", 1, List.of(), List.of(donor), List.of());
        assertThat(partners.get("/activities/" + activityId).<List<String>>json("$.names[0].parts[*].outcome"))
                .containsExactly("review");
        String otherTenant = "zg-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        TestTenants.provision(context, otherTenant);
        PartnersApi other = new PartnersApi(new Api(port), otherTenant);
        String otherActivityId = PartnersApi.newId();
        other.activityAdded(PartnersApi.newId(), otherActivityId, "2.3", 1, List.of(donor), List.of(), List.of());
        assertThat(other.get("/activities/" + otherActivityId).<List<String>>json("$.names[0].parts[*].outcome"))
                .containsExactly("review");
        Api admin = new Api(port);

        Api.Response registered = admin.post("/api/admin/partners/institutions", TestJwts.platformAdmin(),
                "{\"name\":\"" + donor + "\",\"kind\":\"donor\"}");

        assertThat(registered.status()).as("the registry's change is answered at once").isEqualTo(201);
        String globalId = registered.json("$.id");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(partners.get("/activities/" + activityId)
                .<List<String>>json("$.names[0].parts[*].institutionId")).containsExactly(globalId));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(other.get("/activities/" + otherActivityId)
                .<List<String>>json("$.names[0].parts[*].institutionId")).as("another tenant's reading, by the same job")
                .containsExactly(globalId));
        assertThat(partners.get("/review").<List<String>>json("$.items[*].text")).doesNotContain(donor);

        Api.Response started = admin.post("/api/admin/partners/readings/refresh", TestJwts.platformAdmin(), "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        Api.Response job = TestJobs.await(admin, started.header("Location"), TestJwts.platformAdmin());
        assertThat(job.<String>json("$.kind")).isEqualTo("partners.reread");
        assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.<Integer>json("$.progress.total")).as("every active tenant, this one among them").isPositive()
                .isEqualTo(job.<Integer>json("$.progress.done"));
        assertThat(job.<List<String>>json("$.details.failedTenants")).isEmpty();
        assertThat(admin.get(started.header("Location"), partners.token()).status())
                .as("a tenant's coordinator does not see platform jobs").isEqualTo(403);
    }
}
