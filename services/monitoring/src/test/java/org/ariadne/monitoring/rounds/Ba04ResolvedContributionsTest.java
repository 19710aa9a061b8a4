package org.ariadne.monitoring.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.contracts.EventTypes;
import org.ariadne.monitoring.planview.MonitoringApi;
import org.ariadne.monitoring.planview.PlanEvents;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TestKafka;
import org.ariadne.testing.TestTenants;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The ba-04 round after the partners service read the plan's names: one contribution per institution, not per
 * spelling ("Koordinacioni tim" and, once, "Koordinator tima iz Ze-do kantona" are the coordination team), while the
 * roll-up stays the report's figures. A separate tenant keeps it apart from the unresolved import of
 * Ba04ReportAcceptanceTest.
 */
@ServiceTest
class Ba04ResolvedContributionsTest {

    private static final String TENANT = "ba-09";
    private static final String TEAM = "Koordinacioni tim za borbu protiv trgovine ljudima Zeničko-dobojskog kantona";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void contributionsAreOnePerInstitutionAndTheRollUpIsTheReportsAfterResolution() {
        TestTenants.provision(context, TENANT);
        RoundsApi rounds = new RoundsApi(port, TENANT);
        PlanEvents plan = Ba04Seed.sendPlan(TENANT);
        new MonitoringApi(port).awaitPlan(TENANT, plan.planId(), 106);
        List<String> resolved = new ArrayList<>();
        for (JsonNode line : Ba04Seed.lines()) {
            List<String> team = new ArrayList<>();
            line.get("lead_institutions").forEach(l -> {
                if (l.asString().startsWith("Koordina")) {
                    team.add(l.asString());
                }
            });
            if (team.isEmpty()) {
                continue;
            }
            String activityId = plan.id("a-" + line.get("code").asString());
            StringBuilder names = new StringBuilder();
            for (String printed : team) {
                names.append(names.isEmpty() ? "" : ",").append("{\"role\":\"lead\",\"printed\":\"").append(printed)
                        .append("\",\"parts\":[{\"text\":\"").append(printed).append("\",\"outcome\":\"resolved\","
                                + "\"institutionId\":\"kt\",\"institutionName\":\"").append(TEAM).append("\"}]}");
            }
            TestKafka.send(EventTypes.PARTNERS_TOPIC, TENANT + ":" + activityId, "{\"tenantId\":\"" + TENANT + "\",\"planId\":\""
                    + plan.planId() + "\",\"activityId\":\"" + activityId + "\",\"names\":[" + names + "]}",
                    TestKafka.cloudEventHeaders(EventTypes.ACTIVITY_INSTITUTIONS_RESOLVED, TENANT, activityId, 2));
            resolved.add(activityId);
        }
        assertThat(resolved).as("activities printing the team one way or the other").hasSize(92);
        // readings arrive in order per activity, not across them: wait until every one of them was applied
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            int read = 0;
            for (JsonNode a : RoundsApi.json(rounds.get("/plans/" + plan.planId() + "/activities")).get("activities")) {
                read += a.get("institutions").isEmpty() ? 0 : 1;
            }
            return read == resolved.size();
        });
        assertThat(rounds.put("/settings/reporting", Ba04Seed.file("ba-04-reporting-settings.json")).status()).isEqualTo(200);

        String request = Ba04Seed.importRequest().replace("\"tenant\":\"ba-04\"", "\"tenant\":\"" + TENANT + "\"");
        JsonNode job = rounds.awaitJob(rounds.post("/plans/" + plan.planId() + "/rounds/import", request));
        String roundId = job.get("result").get("resourceId").asString();
        JsonNode contributions = RoundsApi.json(rounds.get("/rounds/" + roundId + "/contributions")).get("contributions");

        List<String> institutions = new ArrayList<>();
        contributions.forEach(c -> institutions.add(c.get("institution").asString()));
        assertThat(institutions).contains(TEAM).doesNotContain("Koordinacioni tim", "Koordinator tima iz Ze-do kantona");
        JsonNode team = null;
        for (JsonNode c : contributions) {
            if (TEAM.equals(c.get("institution").asString())) {
                team = c;
            }
        }
        assertThat(team.get("activityIds").size()).isEqualTo(resolved.size());
        assertThat(team.get("spellings").toString()).contains("Koordinacioni tim", "Koordinator tima iz Ze-do kantona");
        JsonNode overall = RoundsApi.json(rounds.get("/rounds/" + roundId + "/rollup")).get("overall");
        assertThat(overall.get("planned").asInt()).isEqualTo(106);
        assertThat(overall.get("implemented").asInt()).as("the report's figures, as without resolution").isEqualTo(97);
    }
}
