package org.ariadne.funding.donor;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The donor's export as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the diacritics): one row per
 * funded activity and funded line serving it. Built from the portfolio only, so it cannot carry an activity the
 * organisation does not fund. Text cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
public final class DonorExport {

    static final List<String> HEADER = List.of("tenant", "plan", "activity_id", "activity_code", "activity_title", "path",
            "latest_status", "round_period_end", "line_id", "line_code", "line_title", "funder", "holder", "currency",
            "planned", "disbursed");

    private DonorExport() {
    }

    public static byte[] csv(DonorPortfolio portfolio) {
        Map<String, FundedLine> lines = portfolio.lines().stream()
                .collect(Collectors.toMap(FundedLine::lineId, Function.identity(), (a, b) -> a));
        StringBuilder out = new StringBuilder("\uFEFF");
        row(out, HEADER);
        for (FundedActivity activity : portfolio.activities()) {
            String path = activity.path().stream().map(p -> (p.code() == null ? "" : p.code() + " ") + p.title())
                    .collect(Collectors.joining(" / "));
            for (String lineId : activity.lineIds()) {
                FundedLine line = lines.get(lineId);
                if (line == null) {
                    continue;
                }
                row(out, List.of(activity.tenant(), text(activity.planTitle()), activity.activityId(), text(activity.code()),
                        text(activity.title()), path,
                        activity.monitoring() == null ? "" : text(activity.monitoring().latestStatus()),
                        activity.monitoring() == null ? "" : text(activity.monitoring().round().periodEnd()),
                        line.lineId(), text(line.code()), text(line.title()), text(line.funder()), text(line.holder()),
                        line.currency(), amount(line.planned()), amount(line.disbursed())));
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
