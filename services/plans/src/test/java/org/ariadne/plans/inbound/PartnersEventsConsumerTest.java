package org.ariadne.plans.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.ariadne.contracts.EventTypes;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceTest;
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
 * Consumer side of partners.events: an activity's printed names keep their text and gain the institutions they stand
 * for (also on an adopted version), and a merge re-points them — through the real broker, as partners publishes them.
 */
@ServiceTest
class PartnersEventsConsumerTest {

    private static final String TENANT = "ba";
    private static final String PLANS = "/api/t/" + TENANT + "/plans";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    Api api;
    final String token = TestJwts.forTenant(TENANT);

    @BeforeEach
    void setUp() {
        TestTenants.provision(context, TENANT);
        api = new Api(port);
    }

    @Test
    void resolvedNamesBecomeInstitutionIdsKeepingThePrintedTextAndFollowAMerge() {
        String planId = api.post(PLANS, token, "{\"title\":\"Akcioni plan 2020-2023\",\"levelNames\":[\"Oblast\"]}").json("$.id");
        String nodeId = api.post(PLANS + "/" + planId + "/nodes", token, "{\"code\":\"2\",\"title\":\"Zaštita\"}").json("$.id");
        String activityId = api.post(PLANS + "/" + planId + "/activities", token, "{\"nodeId\":\"" + nodeId
                + "\",\"code\":\"2.4.4.\",\"title\":\"Mehanizam monitoringa\",\"deadline\":\"Kontinuirano\","
                + "\"leadInstitutions\":[\"Agencija za rad i zapošljavanje\"],\"funders\":"
                + "[\"Međunarodna organizacija za migracije IOMVijeće Evrope\"]}").json("$.id");
        String version = api.get(PLANS + "/" + planId, token).header("ETag");
        assertThat(api.post(PLANS + "/" + planId + "/adopt", token, "{\"legalAct\":\"Odluka VM BiH\",\"adoptionDate\":\"2020-07-01\"}",
                "If-Match", version).status()).isEqualTo(200);

        TestKafka.send(EventTypes.PARTNERS_TOPIC, TENANT + ":" + activityId, """
                {"tenantId":"ba","planId":"%s","activityId":"%s","code":"2.4.4.","names":[
                 {"role":"lead","printed":"Agencija za rad i zapošljavanje","parts":[{"text":"Agencija za rad i zapošljavanje",
                  "outcome":"resolved","institutionId":"arz","institutionName":"Agencija za rad i zapošljavanje BiH"}]},
                 {"role":"funder","printed":"Međunarodna organizacija za migracije IOMVijeće Evrope","parts":[
                  {"text":"Međunarodna organizacija za migracije IOM","outcome":"resolved","institutionId":"g-iom","institutionIsGlobal":true},
                  {"text":"Vijeće Evrope","outcome":"resolved","institutionId":"g-coe","institutionIsGlobal":true}]}]}
                """.formatted(planId, activityId),
                TestKafka.cloudEventHeaders(EventTypes.ACTIVITY_INSTITUTIONS_RESOLVED, TENANT, activityId, 2));

        String path = PLANS + "/" + planId + "/activities/" + activityId;
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> api.get(path, token).<Map<String, String>>json(
                "$.institutionIds").size() == 3);
        Api.Response activity = api.get(path, token);
        assertThat(activity.<Map<String, String>>json("$.institutionIds")).containsEntry("Agencija za rad i zapošljavanje", "arz")
                .containsEntry("Međunarodna organizacija za migracije IOM", "g-iom").containsEntry("Vijeće Evrope", "g-coe");
        assertThat(activity.<java.util.List<String>>json("$.funders"))
                .containsExactly("Međunarodna organizacija za migracije IOMVijeće Evrope");

        TestKafka.send(EventTypes.PARTNERS_TOPIC, TENANT + ":arz", "{\"tenantId\":\"ba\",\"mergedId\":\"arz\",\"survivorId\":"
                + "\"arz-bih\",\"survivorName\":\"Agencija za rad i zapošljavanje Bosne i Hercegovine\",\"survivorIsGlobal\":false}",
                TestKafka.cloudEventHeaders(EventTypes.INSTITUTIONS_MERGED, TENANT, "arz", 3));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "arz-bih".equals(api.get(path, token)
                .<Map<String, String>>json("$.institutionIds").get("Agencija za rad i zapošljavanje")));
        assertThat(api.get(PLANS + "/" + planId, token).<String>json("$.status")).as("still the adopted version")
                .isEqualTo("adopted");
    }
}
