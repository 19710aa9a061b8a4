package org.ariadne.plans.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceApiTest;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestTenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Round trip for every seed plan: import the seed, export it (XLSX and JSON bundle), import each export into a fresh
 * tenant without telling the import anything about the plan, and the plans are equal field by field (compared as
 * their JSON bundles: the plan's title, level names and metadata, every row with every field).
 */
class ExportRoundTripTest extends ServiceApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ParameterizedTest
    @ValueSource(strings = {"me-action-plan-2017-2018.jsonl", "ba-action-plan-2020-2023.jsonl",
            "si-action-plan-2023-2024.jsonl", "xk-strategy-action-plan-2015-2019.jsonl",
            "ba-04-monitoring-report-2021-2024.jsonl"})
    void exportThenImportGivesTheSamePlan(String seed) {
        String prefix = seed.substring(0, 2);
        String source = prefix + "-r" + (seed.startsWith("ba-04") ? "4" : "1");
        String fromXlsx = prefix + "-x" + (seed.startsWith("ba-04") ? "4" : "1");
        String fromBundle = prefix + "-b" + (seed.startsWith("ba-04") ? "4" : "1");
        TestTenants.provision(context, source, fromXlsx, fromBundle);
        Imports imports = new Imports(api);

        Api.Response imported = imports.commitSeed(source, seed);
        assertThat(imported.<String>json("$.state")).as(imported.toString()).isEqualTo("succeeded");
        String planPath = "/api/t/" + source + "/plans/" + imported.json("$.result.resourceId");
        String title = imported.json("$.details.title");

        Api.Response xlsx = api.get(planPath + "/export?format=xlsx", TestJwts.forTenant(source));
        assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
        byte[] workbook = Imports.download(port, source, planPath + "/export?format=xlsx");
        Api.Response again = imports.run(fromXlsx, workbook, XLSX, "format=xlsx&mode=commit");
        assertThat(again.<String>json("$.state")).as(again.toString()).isEqualTo("succeeded");
        assertThat(again.<String>json("$.details.title")).isEqualTo(title);

        String bundle = api.get(planPath + "/export?format=json-bundle", TestJwts.forTenant(source)).body();
        Api.Response fromBundleJob = imports.run(fromBundle, bundle.getBytes(StandardCharsets.UTF_8), "application/json",
                "format=json-bundle&mode=commit");
        assertThat(fromBundleJob.<String>json("$.state")).as(fromBundleJob.toString()).isEqualTo("succeeded");

        JsonNode original = JSON.readTree(bundle);
        JsonNode viaXlsx = JSON.readTree(api.get("/api/t/" + fromXlsx + "/plans/" + again.json("$.result.resourceId")
                + "/export?format=json-bundle", TestJwts.forTenant(fromXlsx)).body());
        JsonNode viaBundle = JSON.readTree(api.get("/api/t/" + fromBundle + "/plans/" + fromBundleJob.json("$.result.resourceId")
                + "/export?format=json-bundle", TestJwts.forTenant(fromBundle)).body());

        assertThat(viaBundle).isEqualTo(original);
        assertSamePlan(viaXlsx, original);
    }

    @Test
    void anAdoptedPlanKeepsItsLegalActDatesAndStrategyThroughXlsx() {
        String source = "ba-adopt1";
        String fromXlsx = "ba-adopt2";
        TestTenants.provision(context, source, fromXlsx);
        Imports imports = new Imports(api);
        String legalAct = "Odluka o usvajanju Akcionog plana, \"Službeni glasnik BiH\", broj 12/20";

        Api.Response strategy = api.post("/api/t/" + source + "/plans/strategies", TestJwts.forTenant(source),
                "{\"title\":\"Strategija suprotstavljanja trgovini ljudima u BiH 2020-2023\"}");
        assertThat(strategy.status()).as(strategy.toString()).isEqualTo(201);
        String strategyId = strategy.json("$.id");

        // a period unlike the one in the title (2020-2023), so that it cannot come back from the title
        Api.Response imported = imports.run(source, Imports.seed(source, "ba-action-plan-2020-2023.jsonl"),
                "application/x-ndjson", "format=jsonl&mode=commit&periodFrom=2020-03-01&periodTo=2023-06-30"
                        + "&legalAct=" + URLEncoder.encode(legalAct, StandardCharsets.UTF_8)
                        + "&adoptionDate=2020-02-27&strategyId=" + strategyId);
        assertThat(imported.<String>json("$.state")).as(imported.toString()).isEqualTo("succeeded");
        String planPath = "/api/t/" + source + "/plans/" + imported.json("$.result.resourceId");

        byte[] workbook = Imports.download(port, source, planPath + "/export?format=xlsx");
        Api.Response again = imports.run(fromXlsx, workbook, XLSX, "format=xlsx&mode=commit");
        assertThat(again.<String>json("$.state")).as(again.toString()).isEqualTo("succeeded");

        JsonNode original = JSON.readTree(api.get(planPath + "/export?format=json-bundle",
                TestJwts.forTenant(source)).body());
        JsonNode viaXlsx = JSON.readTree(api.get("/api/t/" + fromXlsx + "/plans/" + again.json("$.result.resourceId")
                + "/export?format=json-bundle", TestJwts.forTenant(fromXlsx)).body());
        JsonNode metadata = original.get("plan").get("metadata");
        assertThat(metadata.get("legalAct").asString()).isEqualTo(legalAct);
        assertThat(metadata.get("adoptionDate").asString()).isEqualTo("2020-02-27");
        assertThat(metadata.get("periodFrom").asString()).isEqualTo("2020-03-01");
        assertThat(metadata.get("periodTo").asString()).isEqualTo("2023-06-30");
        assertThat(metadata.get("strategyId").asString()).isEqualTo(strategyId);
        assertSamePlan(viaXlsx, original);
    }

    /** The same plan: title, level names and metadata, and every row with every field. */
    private static void assertSamePlan(JsonNode actual, JsonNode expected) {
        assertThat(actual.get("plan")).isEqualTo(expected.get("plan"));
        List<JsonNode> expectedRows = rows(expected);
        List<JsonNode> actualRows = rows(actual);
        assertThat(actualRows).hasSameSizeAs(expectedRows);
        for (int i = 0; i < expectedRows.size(); i++) {
            assertThat(actualRows.get(i)).as("row " + (i + 1)).isEqualTo(expectedRows.get(i));
        }
    }

    private static List<JsonNode> rows(JsonNode bundle) {
        List<JsonNode> rows = new ArrayList<>();
        bundle.get("rows").forEach(rows::add);
        return rows;
    }
}
