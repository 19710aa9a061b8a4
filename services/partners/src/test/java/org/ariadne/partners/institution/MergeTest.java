package org.ariadne.partners.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.ariadne.contracts.EventTypes;
import org.ariadne.partners.PartnersApi;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TestKafka;
import org.ariadne.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A merge re-points everything partners keeps — aliases, units, memberships, task assignees, the readings of plan
 * activities — and publishes InstitutionsMerged and the new readings for the other services (whose consumers are tested
 * in plans and monitoring with the same events).
 */
@ServiceTest
class MergeTest {

    private static final String TENANT = "mk"; // not a demo tenant

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
    void mergingRepointsAliasesUnitsMembershipsTasksAndReadingsAndTellsTheOtherServices() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
        String survivor = partners.register("Zavod za socijalnu i dječju zaštitu " + suffix, "agency");
        String duplicate = partners.register("Zavod za dječju i socijalnu zaštitu " + suffix, "agency",
                PartnersApi.alias("ZDSZ" + suffix.toUpperCase(), "acronym"));
        String unit = partners.register("Odjeljenje za djecu " + suffix, "agency");
        Api.Response unitNow = partners.get("/institutions/" + unit);
        assertThat(new Api(port).put(partners.base() + "/institutions/" + unit, partners.token(), "{\"name\":\""
                + unitNow.<String>json("$.name") + "\",\"kind\":\"agency\",\"parentId\":\"" + duplicate + "\"}",
                "If-Match", unitNow.header("ETag")).status()).isEqualTo(200);
        String body = partners.post("/bodies", "{\"name\":\"Radna grupa " + suffix + "\",\"kind\":\"working_group\"}")
                .json("$.id");
        partners.post("/bodies/" + body + "/memberships", "{\"institutionId\":\"" + duplicate + "\",\"role\":\"member\"}");
        String decision = partners.post("/bodies/" + body + "/decisions", "{\"kind\":\"conclusion\",\"text\":\"Zadatak\","
                + "\"act\":{\"issuer\":\"Vlada\",\"date\":\"2024-01-10\"}}").json("$.partId");
        partners.post("/bodies/" + body + "/tasks", "{\"decisionId\":\"" + decision + "\",\"text\":\"Izvještaj\","
                + "\"assigneeInstitutionIds\":[\"" + duplicate + "\"]}");
        String activityId = PartnersApi.newId();
        partners.activityAdded(PartnersApi.newId(), activityId, "2.1", 1, List.of("ZDSZ" + suffix.toUpperCase()),
                List.of(), List.of());
        assertThat(partners.get("/activities/" + activityId).<List<String>>json("$.names[0].parts[*].institutionId"))
                .containsExactly(duplicate);

        Api.Response merged = partners.post("/institutions/" + duplicate + "/merge", "{\"into\":\"" + survivor + "\"}");

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.<String>json("$.status")).isEqualTo("merged");
        assertThat(partners.get("/aliases?institutionId=" + survivor).<List<String>>json("$.items[*].text"))
                .contains("ZDSZ" + suffix.toUpperCase(), "Zavod za dječju i socijalnu zaštitu " + suffix);
        assertThat(partners.get("/institutions/" + unit).<String>json("$.parentId")).isEqualTo(survivor);
        Api.Response bodyNow = partners.get("/bodies/" + body);
        assertThat(bodyNow.<List<String>>json("$.memberships[*].institution.id")).containsExactly(survivor);
        assertThat(bodyNow.<List<String>>json("$.tasks[0].assignees[*].id")).containsExactly(survivor);
        assertThat(partners.get("/activities/" + activityId).<List<String>>json("$.names[0].parts[*].institutionId"))
                .containsExactly(survivor);
        assertThat(TestKafka.awaitRecord(EventTypes.PARTNERS_TOPIC, r -> EventTypes.INSTITUTIONS_MERGED.equals(
                TestKafka.header(r, "ce_type")) && r.value().contains(duplicate) && r.value().contains(survivor),
                Duration.ofSeconds(30))).isPresent();
        assertThat(TestKafka.awaitRecord(EventTypes.PARTNERS_TOPIC, r -> activityId.equals(TestKafka.header(r, "ce_subject"))
                && r.value().contains(survivor), Duration.ofSeconds(30))).as("the activity's new reading").isPresent();
        assertThat(partners.post("/institutions/" + duplicate + "/merge", "{\"into\":\"" + survivor + "\"}").status())
                .as("repeating the merge changes nothing").isEqualTo(200);
        assertThat(partners.post("/institutions/" + survivor + "/merge", "{\"into\":\"" + duplicate + "\"}").status())
                .as("the merged one takes no merge").isEqualTo(409);
    }
}
