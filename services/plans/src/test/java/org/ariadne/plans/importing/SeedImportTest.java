package org.ariadne.plans.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceApiTest;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's acceptance counts: each seed plan imported through the job API (the code path ./run uses) shows exactly
 * the documented tree. Each test imports into a tenant of its own ("…-t1"), so the counts are the plan's alone.
 */
class SeedImportTest extends ServiceApiTest {

    @Override
    protected String[] tenants() {
        return new String[] {"me-s1", "ba-s1", "si-s1", "xk-s1", "ba-04"};
    }

    Imports imports;

    @BeforeEach
    void setUp() {
        imports = new Imports(api);
    }

    private Map<String, Object> commitAndRead(String tenant, String file) {
        Api.Response job = imports.commitSeed(tenant, file);
        assertThat(job.<String>json("$.state")).as(job.toString()).isEqualTo("succeeded");
        String planId = job.json("$.result.resourceId");
        assertThat(planId).isNotBlank();
        Api.Response plan = api.get("/api/t/" + tenant + "/plans/" + planId, TestJwts.forTenant(tenant));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
        // the job's summary and the stored plan agree
        assertThat(plan.<Map<String, Object>>json("$.counts")).isEqualTo(job.<Map<String, Object>>json("$.details.summary"));
        return plan.json("$.counts");
    }

    @Test
    void montenegro95ActivitiesUnder8Chapters12GoalsAnd33Objectives() {
        Map<String, Object> counts = commitAndRead("me-s1", "me-action-plan-2017-2018.jsonl");
        assertThat(counts.get("activities")).isEqualTo(95);
        assertThat(levelNodes(counts)).containsExactly(8, 12, 33);
        assertThat(levelNames(counts)).containsExactly("Poglavlje", "Strateški cilj", "Operativni cilj");
    }

    @Test
    void bosnia117ActivitiesUnder5AreasAnd30Programmes() {
        Map<String, Object> counts = commitAndRead("ba-s1", "ba-action-plan-2020-2023.jsonl");
        assertThat(counts.get("activities")).isEqualTo(117);
        assertThat(levelNodes(counts)).containsExactly(5, 30);
    }

    @Test
    void slovenia45TasksIn6ChaptersWith49ResponsibilityBlocksAnd58Goals() {
        Map<String, Object> counts = commitAndRead("si-s1", "si-action-plan-2023-2024.jsonl");
        assertThat(counts.get("activities")).isEqualTo(45);
        assertThat(levelNodes(counts).get(0)).isEqualTo(6);
        assertThat(counts.get("responsibilityBlocks")).isEqualTo(49);
        assertThat(counts.get("goals")).isEqualTo(58);
    }

    @Test
    void kosovo87ActivitiesUnder4StrategicAnd19SpecificObjectives() {
        Map<String, Object> counts = commitAndRead("xk-s1", "xk-strategy-action-plan-2015-2019.jsonl");
        assertThat(counts.get("activities")).isEqualTo(87);
        assertThat(levelNodes(counts)).containsExactly(4, 19);
    }

    @Test
    void zenicaDoboj106ActivitiesUnder5AreasAnd30ProgrammesFromTheReportsActivityColumns() {
        Map<String, Object> counts = commitAndRead("ba-04", "ba-04-monitoring-report-2021-2024.jsonl");
        assertThat(counts.get("activities")).isEqualTo(106);
        assertThat(levelNodes(counts)).containsExactly(5, 30);
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> levelNodes(Map<String, Object> counts) {
        return ((List<Map<String, Object>>) counts.get("levels")).stream().map(l -> (Integer) l.get("nodes")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> levelNames(Map<String, Object> counts) {
        return ((List<Map<String, Object>>) counts.get("levels")).stream().map(l -> (String) l.get("name")).toList();
    }
}
