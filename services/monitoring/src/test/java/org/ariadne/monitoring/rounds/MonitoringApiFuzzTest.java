package org.ariadne.monitoring.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ariadne.monitoring.planview.MonitoringApi;
import org.ariadne.monitoring.planview.PlanEvents;
import org.ariadne.testing.Api;
import org.ariadne.testing.ApiFuzzSuite;
import tools.jackson.databind.JsonNode;

/**
 * Hostile input for every operation of monitoring's OpenAPI document (lib-testing's suite), on a plan known from its
 * events, an open round with its contribution, a generated report and a year of statistics.
 */
class MonitoringApiFuzzTest extends ApiFuzzSuite {

    @Override
    protected Map<String, String> fixtures() {
        PlanEvents plan = new PlanEvents(TENANT)
                .created("Fuzz plan", "Area")
                .nodeAdded("n-1", null, 1, "1", "Area one")
                .activityAdded("a-1", "n-1", "1.1", "Activity one");
        new MonitoringApi(port).awaitPlan(TENANT, plan.planId(), 1);
        RoundsApi rounds = new RoundsApi(port, TENANT);
        String roundId = rounds.openRound(plan.planId());
        JsonNode contributions = RoundsApi.json(rounds.get("/rounds/" + roundId + "/contributions"));
        JsonNode report = rounds.awaitJob(rounds.post("/rounds/" + roundId + "/reports", "{\"format\":\"csv\"}"));
        Api.Response statistics = rounds.put("/statistics/2023", "{\"victims\":{\"total\":0,\"bySex\":{},\"byAgeGroup\":{},"
                + "\"byExploitation\":{},\"byCitizenship\":{}},\"offences\":0,\"prosecutions\":0,\"convictions\":0}");
        assertThat(statistics.status()).as(statistics.toString()).isEqualTo(200);

        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("planId", plan.planId());
        ids.put("roundId", roundId);
        ids.put("contributionId", contributions.get("contributions").get(0).get("contributionId").asString());
        ids.put("activityId", plan.id("a-1"));
        ids.put("jobId", report.get("id").asString());
        ids.put("year", "2023");
        return ids;
    }

    /** A printed round's lines must name activities of the plan, which the document cannot say. */
    @Override
    protected Map<String, String> validBodies() {
        return Map.of("POST /api/t/{tenant}/monitoring/plans/{planId}/rounds/import", """
                {"round":{"kind":"final","periodStart":"2024-01-01","periodEnd":"2024-12-31","dueDate":"2025-01-31"},
                 "lines":[{"code":"1.1","report":{"status_marker":"100%"}}]}""");
    }
}
