package org.ariadne.plans.plan;

import static org.ariadne.plans.plan.PlanFixtures.PLANS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ariadne.contracts.EventTypes;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestKafka;
import org.junit.jupiter.api.Test;

/** Draft → adopted (immutable) → revised, the versions list and the diff between two versions. */
class PlanVersionsTest extends PlanApiTests {

    @Test
    void anAdoptedVersionIsImmutableAndARevisionShowsItsDiff() {
        String planId = fixtures.createPlan("Akcioni plan ZDK verzije");
        String area = fixtures.addNode(planId, null, "1", "Prevencija");
        String programme = fixtures.addNode(planId, area, "1.1", "Svijest");
        String kept = fixtures.addActivity(planId, programme, "1.1.1", "Kampanja");
        String retitled = fixtures.addActivity(planId, programme, "1.1.2", "Obuka");

        Api.Response adopted = api.post(PLANS + "/" + planId + "/adopt", token,
                "{\"legalAct\":\"Zaključak Vlade ZDK 02-34-4417/21\",\"adoptionDate\":\"2021-04-22\"}");
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);
        assertThat(adopted.<String>json("$.status")).isEqualTo("adopted");
        assertThat(adopted.<Integer>json("$.versionNumber")).isEqualTo(1);
        assertThat(adopted.<String>json("$.metadata.legalAct")).isEqualTo("Zaključak Vlade ZDK 02-34-4417/21");
        String etag = adopted.header("ETag");

        Api.Response change = api.patch(PLANS + "/" + planId + "/activities/" + retitled, token,
                "{\"title\":\"Obuka policije\"}", "If-Match", etag);
        assertThat(change.isProblem("conflict")).as(change.toString()).isTrue();
        assertThat(change.body()).contains("Version 1");
        assertThat(api.post(PLANS + "/" + planId + "/nodes", token, "{\"title\":\"Novo\"}").isProblem("conflict")).isTrue();
        assertThat(api.post(PLANS + "/" + planId + "/adopt", token,
                "{\"legalAct\":\"Drugi\",\"adoptionDate\":\"2021-05-01\"}").isProblem("conflict")).isTrue();
        assertThat(fixtures.etag(planId)).isEqualTo(etag);

        Api.Response revision = api.post(PLANS + "/" + planId + "/revisions", token, "");
        assertThat(revision.status()).as(revision.toString()).isEqualTo(201);
        assertThat(revision.<Integer>json("$.versionNumber")).isEqualTo(2);
        assertThat(revision.<String>json("$.status")).isEqualTo("draft");
        assertThat(revision.header("Location")).isEqualTo(PLANS + "/" + planId + "/versions/2");

        Api.Response retitle = api.patch(PLANS + "/" + planId + "/activities/" + retitled, token,
                "{\"title\":\"Obuka policije\",\"partnerInstitutions\":[\"IOM\"]}", "If-Match", revision.header("ETag"));
        assertThat(retitle.status()).as(retitle.toString()).isEqualTo(200);
        String added = fixtures.addActivity(planId, programme, "1.1.3", "Analiza");

        Api.Response versions = api.get(PLANS + "/" + planId + "/versions", token);
        assertThat(versions.<List<Integer>>json("$.items[*].number")).containsExactly(1, 2);
        assertThat(versions.<List<String>>json("$.items[*].status")).containsExactly("adopted", "draft");
        assertThat(versions.<List<Integer>>json("$.items[*].activities")).containsExactly(2, 3);

        Api.Response diff = api.get(PLANS + "/" + planId + "/versions/1/diff/2", token);
        assertThat(diff.status()).as(diff.toString()).isEqualTo(200);
        assertThat(diff.<List<String>>json("$.added[*].id")).containsExactly(added);
        assertThat(diff.<List<String>>json("$.removed")).isEmpty();
        assertThat(diff.<List<String>>json("$.changed[*].id")).containsExactly(retitled).doesNotContain(kept);
        List<Map<String, Object>> fields = diff.json("$.changed[0].fields");
        assertThat(fields).anySatisfy(f -> {
            assertThat(f.get("field")).isEqualTo("title");
            assertThat(f.get("before")).isEqualTo("Obuka");
            assertThat(f.get("after")).isEqualTo("Obuka policije");
        });
        assertThat(fields).anySatisfy(f -> {
            assertThat(f.get("field")).isEqualTo("partnerInstitutions");
            assertThat(f.get("before")).isEqualTo(List.of());
            assertThat(f.get("after")).isEqualTo(List.of("IOM"));
        });
        assertThat(api.get(PLANS + "/" + planId + "/versions/1/diff/9", token).isProblem("not-found")).isTrue();

        // The revision's Location, and the adopted version as it was adopted
        Api.Response draft = api.get(revision.header("Location"), token);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
        assertThat(draft.<Integer>json("$.activityCount")).isEqualTo(3);
        Api.Response first = api.get(PLANS + "/" + planId + "/versions/1", token);
        assertThat(first.<String>json("$.status")).isEqualTo("adopted");
        assertThat(first.<List<String>>json("$.nodes[0].children[0].activities[*].title"))
                .containsExactly("Kampanja", "Obuka");
        assertThat(api.get(PLANS + "/" + planId + "/versions/7", token).isProblem("not-found")).isTrue();
    }

    @Test
    void adoptionNeedsALegalActAndADateAndOnlyAnAdoptedVersionIsRevised() {
        String planId = fixtures.createPlan("Akcioni plan bez akta");
        Api.Response missing = api.post(PLANS + "/" + planId + "/adopt", token, "{\"adoptionDate\":\"22.4.2021\"}");
        assertThat(missing.isProblem("validation-failed")).as(missing.toString()).isTrue();
        assertThat(missing.<List<String>>json("$.errors[*].pointer")).contains("/legalAct", "/adoptionDate");
        Api.Response draft = api.post(PLANS + "/" + planId + "/revisions", token, "");
        assertThat(draft.isProblem("conflict")).as(draft.toString()).isTrue();
    }

    @Test
    void aDraftsTitleLevelNamesPeriodAndStrategyChangeWithIfMatchAndArePublished() {
        String planId = fixtures.createPlan("Nacrt akcionog plana");
        String etag = fixtures.etag(planId);

        Api.Response changed = api.patch(PLANS + "/" + planId, token, """
                {"title":"Akcioni plan ZDK 2025-2026","levelNames":["Oblast","Program"],
                 "periodFrom":"2025-01-01","periodTo":"2026-12-31"}""", "If-Match", etag);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.<String>json("$.title")).isEqualTo("Akcioni plan ZDK 2025-2026");
        assertThat(changed.<List<String>>json("$.levelNames")).containsExactly("Oblast", "Program");
        assertThat(changed.<String>json("$.metadata.periodTo")).isEqualTo("2026-12-31");
        assertThat(TestKafka.awaitRecord(EventTypes.PLANS_TOPIC,
                r -> EventTypes.PLAN_CHANGED.equals(TestKafka.header(r, "ce_type")) && r.value().contains(planId)
                        && r.value().contains("Akcioni plan ZDK 2025-2026"), java.time.Duration.ofSeconds(30)))
                .isPresent();

        String now = changed.header("ETag");
        assertThat(api.patch(PLANS + "/" + planId, token, "{\"title\":\"X\"}", "If-Match", etag)
                .isProblem("precondition-failed")).isTrue();
        Api.Response badLevels = api.patch(PLANS + "/" + planId, token,
                "{\"levelNames\":[\"Oblast\"],\"periodTo\":\"2024-12-31\"}", "If-Match", now);
        assertThat(badLevels.status()).as(badLevels.toString()).isEqualTo(422);
        Api.Response unknownStrategy = api.patch(PLANS + "/" + planId, token, "{\"strategyId\":\"none\"}",
                "If-Match", now);
        assertThat(unknownStrategy.<List<String>>json("$.errors[*].pointer")).containsExactly("/strategyId");
        assertThat(fixtures.etag(planId)).isEqualTo(now);

        Api.Response adopted = api.post(PLANS + "/" + planId + "/adopt", token,
                "{\"legalAct\":\"Odluka 1/25\",\"adoptionDate\":\"2025-01-15\"}");
        Api.Response afterAdoption = api.patch(PLANS + "/" + planId, token, "{\"title\":\"Drugi naslov\"}",
                "If-Match", adopted.header("ETag"));
        assertThat(afterAdoption.isProblem("conflict")).as(afterAdoption.toString()).isTrue();
    }
}
