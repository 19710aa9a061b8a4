package org.ariadne.monitoring.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ariadne.monitoring.planview.NaturalOrder;
import org.ariadne.monitoring.rounds.ActivityReport;
import org.ariadne.monitoring.rounds.ActivityStatus;
import org.ariadne.monitoring.rounds.ReportingSettings;
import org.ariadne.monitoring.rounds.RollUp;
import org.ariadne.monitoring.rounds.RoundActivity;
import org.ariadne.monitoring.rounds.RoundData;
import org.ariadne.monitoring.rounds.RoundNode;

/**
 * What the report says, independent of its format: the cover, the legal basis, one table per programme (the plan's
 * columns plus the achieved results, six columns) and the conclusion's roll-up sentences, in the tenant's language.
 */
public record ReportContent(String language, List<String> cover, String legalBasisHeading, String legalBasis,
        String tablesHeading, List<String> columns, List<Section> sections, String conclusionHeading,
        List<String> conclusion) {

    /** A heading (area or programme) and, for a node holding activities, its table rows of six cells. */
    public record Section(int level, String heading, List<List<String>> rows) {
    }

    static final List<String> COLUMNS_BS = List.of("Aktivnost", "Vremenski rok", "Institucija nadležna za provođenje",
            "Pokazatelj implementacije", "Potrebni resursi", "Ostvareni rezultati");
    static final List<String> COLUMNS_EN = List.of("Activity", "Deadline", "Responsible institution", "Indicator",
            "Resources", "Achieved results");

    public static ReportContent of(RoundData round, RollUp rollUp, ReportingSettings settings) {
        boolean bs = settings.language().startsWith("bs") || settings.language().startsWith("hr")
                || settings.language().startsWith("sr");
        List<String> cover = new ArrayList<>();
        cover.add(round.planTitle() == null ? "" : round.planTitle());
        cover.add(bs ? "Izvještaj o implementaciji Akcionog plana" : "Implementation report");
        cover.add((bs ? "Izvještajni period: " : "Reporting period: ") + round.periodStart() + " – " + round.periodEnd());
        if (round.recipient() != null) {
            cover.add((bs ? "Za: " : "To: ") + round.recipient());
        }

        Map<String, List<RoundActivity>> byNode = new LinkedHashMap<>();
        for (RoundActivity a : round.activities()) {
            byNode.computeIfAbsent(a.nodeId(), k -> new ArrayList<>()).add(a);
        }
        Map<String, List<RoundNode>> children = new HashMap<>();
        List<RoundNode> roots = new ArrayList<>();
        for (RoundNode n : round.nodes()) {
            if (n.parentId() == null) {
                roots.add(n);
            } else {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        List<Section> sections = new ArrayList<>();
        roots.sort(Comparator.comparing(RoundNode::code, NaturalOrder.CODES));
        for (RoundNode root : roots) {
            addSection(root, round, settings, bs, byNode, children, sections);
        }
        List<String> conclusion = new ArrayList<>();
        for (String sentence : rollUp.sentences()) {
            conclusion.add(Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".");
        }
        return new ReportContent(settings.language(), cover, bs ? "1. Pravni osnov" : "1. Legal basis",
                round.legalBasis(), bs ? "2. Pregled implementacije" : "2. Implementation by programme",
                bs ? COLUMNS_BS : COLUMNS_EN, sections, bs ? "3. Zaključak" : "3. Conclusion", conclusion);
    }

    private static void addSection(RoundNode node, RoundData round, ReportingSettings settings, boolean bs,
            Map<String, List<RoundActivity>> byNode, Map<String, List<RoundNode>> children, List<Section> sections) {
        String levelName = node.level() >= 1 && node.level() <= round.levelNames().size()
                ? round.levelNames().get(node.level() - 1) + " " : "";
        List<List<String>> rows = new ArrayList<>();
        for (RoundActivity a : byNode.getOrDefault(node.nodeId(), List.of())) {
            rows.add(List.of(numbered(a.code(), a.title()), nullToEmpty(a.deadline()), String.join(", ", a.leadInstitutions()),
                    nullToEmpty(a.indicator()), nullToEmpty(a.resources()), results(round, a, bs)));
        }
        sections.add(new Section(node.level(), levelName + numbered(node.code(), node.title()), rows));
        List<RoundNode> below = new ArrayList<>(children.getOrDefault(node.nodeId(), List.of()));
        below.sort(Comparator.comparing(RoundNode::code, NaturalOrder.CODES));
        for (RoundNode child : below) {
            addSection(child, round, settings, bs, byNode, children, sections);
        }
    }

    private static String results(RoundData round, RoundActivity a, boolean bs) {
        ActivityReport report = round.reports().get(a.activityId());
        StringBuilder text = new StringBuilder();
        if (report != null && report.narrative() != null) {
            text.append(report.narrative());
        }
        if (report != null && report.completion() != null && (report.completion() == 0 || report.completion() == 100)) {
            text.append(text.length() > 0 ? " " : "").append(report.completion()).append('%');
        }
        if (text.length() == 0) {
            text.append(ActivityStatus.NO_DATA.equals(round.statusOf(a.activityId()))
                    ? (bs ? "Nema podataka" : "No data") : round.statusOf(a.activityId()));
        }
        return text.toString();
    }

    /** "1.1.2 Title", or the title alone where the plan printed no code. */
    private static String numbered(String code, String title) {
        return code == null || code.isBlank() ? nullToEmpty(title) : code + " " + nullToEmpty(title);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
