package org.ariadne.monitoring.rounds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ariadne.monitoring.planview.PlanEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Zenica-Doboj 2021–2024 report as the demo loads it (infra/local/demo): its plan sent as plans.events records
 * built from the report's lines, and the import request the demo script posts.
 */
final class Ba04Seed {

    static final Path DEMO = Path.of("../../infra/local/demo").toAbsolutePath().normalize();
    static final Path LINES = DEMO.resolve("seeds/ba-04-monitoring-report-2021-2024.jsonl");

    /** Seed 003, "3. Zaključak", whitespace-normalized: the figures the roll-up must reproduce as printed. */
    static final String CONCLUSION = "Koordinacioni tim je uspješno implementirao veliki dio aktivnosti predviđenih "
            + "Akcionim planom. Konkretno, u okviru „Sistema podrške“ implementirano je svih 27 planiranih aktivnosti "
            + "(Procenat izvršenja 100% ). Kad je u pitanju „Prevencija“, od ukupno predviđenih 19 aktivnosti, "
            + "implementirano je 17 aktivnosti, dok 2 aktivnosti nisu pokrenute (Procenat izvršenja 89,4% ). Kada je u "
            + "pitanju „Krivično gonjenje“, od predviđenih 23 aktivnosti u Akcionom planu, implementirano je njih 21, "
            + "dok 2 aktivnosti nisu pokrenute (Procenat izvršenja 91,3% ). U strateškom programu „Zaštite žrtava "
            + "trgovine ljudima“ je predviđena 31 aktivnosti, te je 26 implementirano u dosadašnjem periodu, dok 4 "
            + "aktivnosti nisu pokrenute (Procenat izvršenja 83,8% ). U dijelu Akcionog plana koji se odnosi na "
            + "„Partnerstvo“, implementirano je svih 6 predviđenih aktivnosti (Procenat izvršenja 100% ).";

    private Ba04Seed() {
    }

    static List<JsonNode> lines() {
        try {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : Files.readAllLines(LINES, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    lines.add(PlanEvents.JSON.readTree(line));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the plan (areas, programmes, 106 activities) as the plans service would. */
    static PlanEvents sendPlan(String tenant) {
        List<JsonNode> lines = lines();
        PlanEvents plan = new PlanEvents(tenant).created(lines.get(0).get("plan").asString(), "Oblast", "Strateški program");
        Set<String> nodes = new LinkedHashSet<>();
        for (JsonNode line : lines) {
            String parent = null;
            int level = 1;
            for (JsonNode step : line.get("path")) {
                String code = step.get("code").asString();
                if (nodes.add(code)) {
                    plan.nodeAdded("n-" + code, parent, level, code, step.get("title").asString());
                }
                parent = "n-" + code;
                level++;
            }
            List<String> leads = new ArrayList<>();
            line.get("lead_institutions").forEach(l -> leads.add(l.asString()));
            plan.activityAdded("a-" + line.get("code").asString(), parent, line.get("code").asString(),
                    line.get("title").asString(), line.get("deadline_raw").asString(), leads);
        }
        return plan;
    }

    static String file(String name) {
        try {
            return Files.readString(DEMO.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What load-monitoring.sh posts: the round description plus every line of the report. */
    static String importRequest() {
        ObjectNode request = (ObjectNode) PlanEvents.JSON.readTree(file("ba-04-round-2021-2024.json"));
        ArrayNode lines = request.putArray("lines");
        lines().forEach(lines::add);
        return PlanEvents.JSON.writeValueAsString(request);
    }
}
