package org.ariadne.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ariadne.contracts.EventTypes;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestKafka;
import org.awaitility.Awaitility;

/** What partners' tests do over and over: register, alias, feed plans events, wait for readings. */
public final class PartnersApi {

    private final Api api;
    private final String tenant;
    private final String token;

    public PartnersApi(Api api, String tenant) {
        this.api = api;
        this.tenant = tenant;
        this.token = TestJwts.forTenant(tenant);
    }

    public String base() {
        return "/api/t/" + tenant + "/partners";
    }

    public String token() {
        return token;
    }

    public Api.Response get(String path) {
        return api.get(base() + path, token);
    }

    public Api.Response post(String path, String json) {
        return api.post(base() + path, token, json);
    }

    public String register(String name, String kind, String... aliasesAsJson) {
        Api.Response created = post("/institutions", "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"aliases\":["
                + String.join(",", aliasesAsJson) + "]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json("$.id");
    }

    public static String alias(String text, String kind) {
        return "{\"text\":\"" + text + "\",\"kind\":\"" + kind + "\"}";
    }

    public void aliases(String institutionId, String... textAndKind) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < textAndKind.length; i += 2) {
            entries.add("{\"text\":\"" + textAndKind[i] + "\",\"kind\":\"" + textAndKind[i + 1] + "\",\"institutionId\":"
                    + (institutionId == null ? "null" : "\"" + institutionId + "\"") + "}");
        }
        Api.Response added = post("/aliases", "{\"aliases\":[" + String.join(",", entries) + "]}");
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
    }

    /** Sends plans.ActivityAdded as the plans service's relay would, and waits until partners read its names. */
    public void activityAdded(String planId, String activityId, String code, long planVersion, List<String> lead,
            List<String> partners, List<String> funders) {
        String json = "{\"tenantId\":\"" + tenant + "\",\"planId\":\"" + planId + "\",\"activityId\":\"" + activityId
                + "\",\"nodeId\":\"n1\",\"code\":\"" + code + "\",\"title\":\"Activity " + code + "\",\"deadline\":\"2024\","
                + "\"leadInstitutions\":" + array(lead) + ",\"partnerInstitutions\":" + array(partners) + ",\"funders\":"
                + array(funders) + "}";
        Map<String, String> headers = TestKafka.cloudEventHeaders(EventTypes.ACTIVITY_ADDED, tenant, planId, planVersion);
        TestKafka.send(EventTypes.PLANS_TOPIC, tenant + ":" + planId, json, headers);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> get("/activities/" + activityId).status() == 200
                        && get("/activities/" + activityId).<List<Object>>json("$.names").size()
                        == lead.size() + partners.size() + funders.size());
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    private static String array(List<String> names) {
        List<String> quoted = new ArrayList<>();
        names.forEach(n -> quoted.add("\"" + n.replace("\"", "\\\"") + "\""));
        return "[" + String.join(",", quoted) + "]";
    }
}
