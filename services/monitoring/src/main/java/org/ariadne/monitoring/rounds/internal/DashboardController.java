package org.ariadne.monitoring.rounds.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ariadne.monitoring.rounds.ActivityReport;
import org.ariadne.monitoring.rounds.ActivityStatus;
import org.ariadne.monitoring.rounds.Contribution;
import org.ariadne.monitoring.rounds.ContributionState;
import org.ariadne.monitoring.rounds.Evidence;
import org.ariadne.monitoring.rounds.ReportingSettings;
import org.ariadne.monitoring.rounds.RollUps;
import org.ariadne.monitoring.rounds.RoundActivity;
import org.ariadne.monitoring.rounds.RoundData;
import org.ariadne.monitoring.rounds.RoundNode;
import org.ariadne.monitoring.rounds.RoundQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dashboard data of a round: statuses per tree level, late and not-started activities, the response rate per
 * institution and the evidence quality (own-jurisdiction evidence, external only, narrative only, nothing).
 */
@RestController
@RequestMapping("/api/t/{tenant}/monitoring")
class DashboardController {

    private final RoundQueries rounds;

    DashboardController(RoundQueries rounds) {
        this.rounds = rounds;
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ActivityLine(String activityId, String code, String title, String deadline, String status) {
    }

    record LevelStatus(int level, String levelName, Map<String, Integer> statuses) {
    }

    record Response(String institution, ContributionState state, int activities, int reported) {
    }

    record Dashboard(String roundId, List<LevelStatus> statusPerLevel, List<ActivityLine> late,
            List<ActivityLine> notStarted, List<Response> responses, double responseRate,
            Map<String, Integer> evidenceQuality) {
    }

    @GetMapping("/rounds/{roundId}/dashboard")
    Dashboard dashboard(@PathVariable String roundId) {
        RoundQueries.Progress progress = rounds.progress(roundId);
        RoundData data = progress.data();
        ReportingSettings settings = rounds.settings();
        Map<String, RoundNode> nodes = new HashMap<>();
        data.nodes().forEach(n -> nodes.put(n.nodeId(), n));

        Map<Integer, Map<String, Integer>> perLevel = new TreeMap<>();
        List<ActivityLine> late = new ArrayList<>();
        List<ActivityLine> notStarted = new ArrayList<>();
        Map<String, Integer> quality = new LinkedHashMap<>();
        for (String q : List.of("own_evidence", "external_only", "narrative_only", "none")) {
            quality.put(q, 0);
        }
        Map<String, List<Evidence>> evidenceOf = new HashMap<>();
        for (Evidence e : data.evidence()) {
            e.activityIds().forEach(id -> evidenceOf.computeIfAbsent(id, k -> new ArrayList<>()).add(e));
        }
        for (RoundActivity a : data.activities()) {
            String status = data.statusOf(a.activityId());
            // An activity counts once on every level of its ancestry.
            for (String ancestor : RollUps.ancestors(a.nodeId(), nodes)) {
                perLevel.computeIfAbsent(nodes.get(ancestor).level(), k -> initialStatuses()).merge(status, 1, Integer::sum);
            }
            ActivityLine line = new ActivityLine(a.activityId(), a.code(), a.title(), a.deadline(), status);
            if (RollUps.isLate(a, status, data.periodEnd())) {
                late.add(line);
            }
            if (ActivityStatus.NOT_STARTED.equals(status)) {
                notStarted.add(line);
            }
            quality.merge(quality(data.reports().get(a.activityId()), evidenceOf.getOrDefault(a.activityId(), List.of()),
                    settings), 1, Integer::sum);
        }
        List<LevelStatus> levels = new ArrayList<>();
        perLevel.forEach((level, statuses) -> levels.add(new LevelStatus(level,
                level >= 1 && level <= data.levelNames().size() ? data.levelNames().get(level - 1) : null, statuses)));

        List<Response> responses = new ArrayList<>();
        int responded = 0;
        List<Contribution> contributions = progress.contributions();
        for (Contribution c : contributions) {
            responses.add(new Response(c.institution(), c.state(), c.activityIds().size(), c.reports().size()));
            if (c.state() == ContributionState.SUBMITTED || c.state() == ContributionState.ACCEPTED) {
                responded++;
            }
        }
        double rate = contributions.isEmpty() ? 0 : Math.round(1000.0 * responded / contributions.size()) / 1000.0;
        return new Dashboard(roundId, levels, late, notStarted, responses, rate, quality);
    }

    private static Map<String, Integer> initialStatuses() {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        ActivityStatus.ALL.forEach(s -> statuses.put(s, 0));
        return statuses;
    }

    private static String quality(ActivityReport report, List<Evidence> evidence, ReportingSettings settings) {
        boolean own = evidence.stream().anyMatch(e -> RollUps.isOwnScope(e.scope(), settings))
                || (report != null && report.figures().stream().anyMatch(f -> RollUps.isOwnScope(f.scope(), settings)));
        if (own) {
            return "own_evidence";
        }
        if (!evidence.isEmpty() || (report != null && !report.figures().isEmpty())) {
            return "external_only";
        }
        return report != null && report.narrative() != null && !report.narrative().isBlank() ? "narrative_only" : "none";
    }
}
