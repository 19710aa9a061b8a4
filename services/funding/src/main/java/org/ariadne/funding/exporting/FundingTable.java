package org.ariadne.funding.exporting;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ariadne.funding.line.Allocation;
import org.ariadne.funding.line.BudgetLine;
import org.ariadne.funding.totals.ActivityFunding;
import org.ariadne.funding.totals.CountedLine;
import org.ariadne.funding.totals.Figures;
import org.ariadne.funding.totals.Totals;

/**
 * The funding table as an XLSX workbook in the tenant's language: the lines (one row each, its allocation per year in
 * its own currency, its figures converted), the totals (every line once) and the activities with the lines serving
 * them ("shared (n)"). Numbers are numeric cells with two decimals, so the finance officer can sum and filter them.
 */
public final class FundingTable {

    private FundingTable() {
    }

    public static void write(List<CountedLine> lines, Totals totals, List<ActivityFunding> activities, String language,
            OutputStream out) throws IOException {
        TableLabels l = TableLabels.forLanguage(language);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            linesSheet(workbook.createSheet(l.get("lines")), lines, totals, l, styles);
            totalsSheet(workbook.createSheet(l.get("totals")), totals, l, styles);
            activitiesSheet(workbook.createSheet(l.get("activities")), activities, l, styles);
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void linesSheet(Sheet sheet, List<CountedLine> lines, Totals totals, TableLabels l, Styles s) {
        TreeSet<Integer> years = new TreeSet<>();
        lines.forEach(c -> c.line().allocations().stream().filter(a -> a.year() != null).forEach(a -> years.add(a.year())));
        Row header = sheet.createRow(0);
        int c = 0;
        for (String key : List.of("code", "title", "holder", "source", "programme", "group", "share", "currency")) {
            s.header(header, c++, l.get(key));
        }
        for (Integer year : years) {
            s.header(header, c++, String.valueOf(year));
        }
        for (String key : List.of("tbd", "planned", "secured", "committed", "disbursed", "spent", "execution", "linked")) {
            s.header(header, c++, l.get(key) + (key.equals("tbd") || key.equals("execution") || key.equals("linked")
                    ? "" : " (" + totals.currency() + ")"));
        }
        int r = 1;
        for (CountedLine counted : lines) {
            BudgetLine line = counted.line();
            Row row = sheet.createRow(r++);
            int col = 0;
            s.text(row, col++, line.fields().code());
            s.text(row, col++, line.fields().title());
            s.text(row, col++, line.fields().holder().name());
            s.text(row, col++, line.fields().source().kind().wire());
            s.text(row, col++, line.fields().source().programme());
            s.text(row, col++, line.fields().coFinancing() == null ? null : line.fields().coFinancing().group());
            s.number(row, col++, line.fields().coFinancing() == null ? null : line.fields().coFinancing().declaredSharePct());
            s.text(row, col++, line.fields().currency().code());
            for (Integer year : years) {
                s.number(row, col++, line.allocation(year).filter(Allocation::isKnown).map(Allocation::amount).orElse(null));
            }
            s.text(row, col++, line.hasUnknownAmount() ? l.get("tbd") : null);
            Figures f = figures(totals, line);
            s.number(row, col++, f == null ? null : f.planned());
            s.number(row, col++, f == null ? null : f.secured());
            s.number(row, col++, f == null ? null : f.committed());
            s.number(row, col++, f == null ? null : f.disbursed());
            s.number(row, col++, f == null ? null : f.spent());
            s.number(row, col++, f == null ? null : f.executionPct());
            s.text(row, col, String.join(", ", line.links().stream().map(k -> (k.activity().tenant().equals(counted.owner())
                    ? "" : k.activity().tenant() + " ") + k.activity().code()).toList()));
        }
        sheet.createFreezePane(2, 1);
    }

    /** A line's own figures in the totals' currency, from the per-line totals the caller computed. */
    private static Figures figures(Totals totals, BudgetLine line) {
        return totals.perLine() == null ? null : totals.perLine().get(line.id());
    }

    private static void totalsSheet(Sheet sheet, Totals totals, TableLabels l, Styles s) {
        int r = 0;
        Row note = sheet.createRow(r++);
        s.text(note, 0, l.get("convertedTo") + " " + totals.currency() + ". " + l.get("restated") + ".");
        r++;
        r = block(sheet, r, l.get("byYear"), l, s, totals.byYear().stream()
                .map(y -> new Labelled(y.year() == null ? l.get("tbd") : String.valueOf(y.year()), y.figures())).toList());
        r = block(sheet, r, l.get("bySource"), l, s, totals.bySource().stream()
                .map(x -> new Labelled(x.sourceKind() + (x.programme() == null ? "" : " " + x.programme()), x.figures())).toList());
        r = block(sheet, r, l.get("byFinancing"), l, s, totals.byFinancing().stream()
                .map(x -> new Labelled(l.get(x.category()), x.figures())).toList());
        r = block(sheet, r, l.get("byHolder"), l, s, totals.byHolder().stream()
                .map(x -> new Labelled(x.holder(), x.figures())).toList());
        block(sheet, r, l.get("all"), l, s, List.of(new Labelled(l.get("all"), totals.all())));
    }

    private record Labelled(String label, Figures figures) {
    }

    private static int block(Sheet sheet, int r, String title, TableLabels l, Styles s, List<Labelled> rows) {
        Row header = sheet.createRow(r++);
        s.header(header, 0, title);
        int c = 1;
        for (String key : List.of("planned", "secured", "committed", "disbursed", "spent", "execution", "tbd")) {
            s.header(header, c++, l.get(key));
        }
        for (Labelled labelled : rows) {
            Row row = sheet.createRow(r++);
            Figures f = labelled.figures();
            s.text(row, 0, labelled.label());
            s.number(row, 1, f.planned());
            s.number(row, 2, f.secured());
            s.number(row, 3, f.committed());
            s.number(row, 4, f.disbursed());
            s.number(row, 5, f.spent());
            s.number(row, 6, f.executionPct());
            s.number(row, 7, f.toBeDetermined() == 0 ? null : BigDecimal.valueOf(f.toBeDetermined()));
        }
        return r + 1;
    }

    private static void activitiesSheet(Sheet sheet, List<ActivityFunding> activities, TableLabels l, Styles s) {
        Row header = sheet.createRow(0);
        int c = 0;
        for (String key : List.of("activity", "title", "line", "owner", "currency", "planned", "sharedBy", "disbursed", "spent")) {
            s.header(header, c++, l.get(key));
        }
        int r = 1;
        for (ActivityFunding activity : activities) {
            for (ActivityFunding.LineOnActivity line : activity.lines()) {
                Row row = sheet.createRow(r++);
                s.text(row, 0, activity.code());
                s.text(row, 1, activity.title());
                s.text(row, 2, line.title());
                s.text(row, 3, line.owner());
                s.text(row, 4, line.currency());
                if (line.toBeDetermined() > 0 && line.planned().signum() == 0) {
                    s.text(row, 5, l.get("tbd"));
                } else {
                    s.number(row, 5, line.planned());
                }
                s.text(row, 6, "shared".equals(line.sharing()) ? l.get("shared") + " (" + line.sharedBy() + ")"
                        : "share".equals(line.sharing()) ? line.sharePct().toPlainString() + " %" : l.get("sole"));
                s.number(row, 7, line.disbursed());
                s.number(row, 8, line.spent());
            }
        }
        sheet.createFreezePane(2, 1);
    }

    /** The workbook's two styles: bold headers and amounts with two decimals and thousands separators. */
    private static final class Styles {
        private final CellStyle header;
        private final CellStyle amount;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        }

        void header(Row row, int column, String text) {
            var cell = row.createCell(column);
            cell.setCellValue(text);
            cell.setCellStyle(header);
        }

        void text(Row row, int column, String text) {
            if (text != null) {
                row.createCell(column).setCellValue(text);
            }
        }

        void number(Row row, int column, BigDecimal value) {
            if (value != null) {
                var cell = row.createCell(column);
                cell.setCellValue(value.doubleValue());
                cell.setCellStyle(amount);
            }
        }
    }
}
