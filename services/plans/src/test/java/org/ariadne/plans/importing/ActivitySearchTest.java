package org.ariadne.plans.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestTenants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Search over the seed plans as they are printed: OCR slips, Cyrillic letters inside Latin words, diacritics. */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivitySearchTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    Api api;

    @BeforeAll
    void importSeeds() {
        TestTenants.provision(context, "me-q1", "ba-q1", "xk-q1");
        api = new Api(port);
        Imports imports = new Imports(api);
        assertThat(imports.commitSeed("me-q1", "me-action-plan-2017-2018.jsonl").<String>json("$.state")).isEqualTo("succeeded");
        assertThat(imports.commitSeed("ba-q1", "ba-action-plan-2020-2023.jsonl").<String>json("$.state")).isEqualTo("succeeded");
        assertThat(imports.commitSeed("xk-q1", "xk-strategy-action-plan-2015-2019.jsonl").<String>json("$.state")).isEqualTo("succeeded");
    }

    private Api.Response search(String tenant, String query) {
        Api.Response found = api.get("/api/t/" + tenant + "/plans/activities?" + query, TestJwts.forTenant(tenant));
        return found;
    }

    @Test
    void ljudimaAlsoFindsTheOcrSpellingIjudima() {
        Api.Response found = search("me-q1", "q=ljudima&limit=500");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.<List<String>>json("$.items[*].activity.code")).contains("2.4.2");
        assertThat(found.<List<String>>json("$.items[?(@.activity.code == '2.4.2')].activity.title"))
                .anySatisfy(title -> assertThat(title).contains("Ijudima"));
        assertThat(found.<Integer>json("$.count")).isEqualTo(84);
    }

    @Test
    void latinQueriesFindWordsWithCyrillicLettersAndTheKosovoOcr() {
        Api.Response cyrillic = search("ba-q1", "q=obu%C4%8Denih%20slu%C5%BEbenik");
        assertThat(cyrillic.<Integer>json("$.count")).isEqualTo(4);
        Api.Response albanian = search("xk-q1", "q=trafikimit%20me%20njer%C3%ABz");
        assertThat(albanian.<Integer>json("$.count")).isGreaterThan(0);
        assertThat(albanian.body()).contains("njeréz");
    }

    @Test
    void filtersByInstitutionLevelDeadlineAndPlan() {
        Api.Response partner = search("me-q1", "institution=crveni%20krst&limit=500");
        // six print "Crveni krst", one "Crveni Krst": case does not matter
        assertThat(partner.<Integer>json("$.count")).isEqualTo(7);
        Api.Response level = search("me-q1", "level=3&limit=500");
        assertThat(level.<Integer>json("$.count")).isEqualTo(95);
        assertThat(level.<List<Integer>>json("$.items[0].path[*].level")).containsExactly(1, 2, 3);
        assertThat(search("me-q1", "level=1").<Integer>json("$.count")).isZero();
        Api.Response window = search("me-q1", "deadlineFrom=2018-10-01&deadlineTo=2018-12-31&limit=500");
        List<Map<String, Object>> readings = window.json("$.items[*].activity.deadlineReading");
        assertThat(readings).isNotEmpty().allSatisfy(r -> {
            String start = r.get("start") == null ? (String) r.get("end") : (String) r.get("start");
            String end = r.get("end") == null ? start : (String) r.get("end");
            assertThat(end).isGreaterThanOrEqualTo("2018-10-01");
            assertThat(start).isLessThanOrEqualTo("2018-12-31");
        });
        String planId = search("me-q1", "limit=1").json("$.items[0].planId");
        assertThat(search("me-q1", "planId=" + planId + "&limit=500").<Integer>json("$.count")).isEqualTo(95);
        assertThat(search("me-q1", "planId=nope").<String>json("$.type")).isEqualTo("urn:ariadne:problem:not-found");
        assertThat(search("me-q1", "q=(.*").<Integer>json("$.count")).isZero();
    }

    @Test
    void badCriteriaAreProblems() {
        Api.Response bad = search("me-q1", "deadlineFrom=Q4-2018&level=nine&limit=10000");
        assertThat(bad.isProblem("validation-failed")).as(bad.toString()).isTrue();
        assertThat(bad.body()).contains("deadlineFrom").contains("level").contains("limit");
    }
}
