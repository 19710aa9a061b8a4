package org.ariadne.monitoring.reports.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ariadne.monitoring.rounds.ActivityReport;
import org.ariadne.monitoring.rounds.RollUps;
import org.ariadne.monitoring.rounds.RoundActivity;
import org.ariadne.monitoring.rounds.RoundData;

/**
 * One row per activity (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read č ć ž š đ). Cells that
 * a spreadsheet would run as a formula get a leading apostrophe.
 */
final class CsvRenderer {

    private CsvRenderer() {
    }

    static byte[] render(RoundData round) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, List.of("code", "title", "deadline", "lead_institutions", "status", "completion", "late", "narrative"));
        for (RoundActivity a : round.activities()) {
            ActivityReport report = round.reports().get(a.activityId());
            String status = round.statusOf(a.activityId());
            // List.of refuses nulls: a field the plan left empty is an empty cell.
            row(csv, List.of(a.code() == null ? "" : a.code(), a.title() == null ? "" : a.title(),
                    a.deadline() == null ? "" : a.deadline(),
                    String.join("; ", a.leadInstitutions()), status == null ? "" : status,
                    report == null || report.completion() == null ? "" : String.valueOf(report.completion()),
                    String.valueOf(RollUps.isLate(a, status, round.periodEnd())),
                    report == null || report.narrative() == null ? "" : report.narrative()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String cell = cells.get(i);
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }
}
