package org.ariadne.funding.importing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ariadne.funding.line.Allocation;
import org.ariadne.funding.line.AllocationStatus;
import org.ariadne.funding.line.CoFinancing;
import org.ariadne.funding.line.FundingSource;
import org.ariadne.funding.line.InstitutionRef;
import org.ariadne.funding.line.LineFields;
import org.ariadne.funding.line.SourceKind;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.funding.money.Currencies;

/**
 * Interprets a budget annex — one row per budget line, a column per fiscal year — as the lines it describes. Columns
 * are found by their header (English, Slovenian or Bosnian/Croatian/Serbian names; see docs/funding.md); year
 * columns are headed by the year. A year cell holds a printed amount ("45.000,00 €"), "/" or nothing (no allocation
 * that year) or "TBD" (an amount still to be determined). Every problem is listed with its row and column; the file
 * is imported only when none of them blocks.
 */
public final class BudgetAnnex {

    static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();
    private static final Pattern YEAR = Pattern.compile("(19|20|21)\\d{2}");
    private static final Pattern LEADING_CODE = Pattern.compile("^\\s*(\\d{3,8})\\b\\s*[–-]?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern EU = Pattern.compile("\\bEU\\b");
    private static final Pattern TBD = Pattern.compile("(?i)tbd|to be determined|n\\.?\\s*p\\.?|utvrdit.*|dolo[čc]i.*");

    static {
        COLUMNS.put("row", List.of("row", "vrstica", "red", "redni broj", "no"));
        COLUMNS.put("holder", List.of("budget user", "holder", "budget holder", "proracunski porabnik", "porabnik",
                "korisnik budzeta", "nosilac budzeta", "nosilac"));
        COLUMNS.put("purpose", List.of("activity", "purpose", "dejavnost", "aktivnost", "namjena", "namena"));
        COLUMNS.put("budgetLine", List.of("budget line", "budget item", "proracunska postavka", "budzetska linija",
                "budzetska pozicija", "postavka"));
        COLUMNS.put("source", List.of("source", "vir", "izvor", "source kind"));
        COLUMNS.put("programme", List.of("programme", "program", "fund", "sklad", "fond"));
        COLUMNS.put("funder", List.of("funder", "donor", "financer", "financier"));
        COLUMNS.put("group", List.of("co-financing group", "cofinancing group", "skupina sofinanciranja",
                "grupa sufinansiranja"));
        COLUMNS.put("share", List.of("share %", "share", "delez", "delez %", "udio", "udio %", "udeo"));
        COLUMNS.put("currency", List.of("currency", "valuta"));
        COLUMNS.put("status", List.of("status"));
        COLUMNS.put("activities", List.of("activities", "activity codes", "naloge", "aktivnosti", "plan activities"));
        COLUMNS.put("confidence", List.of("confidence", "mapping confidence"));
        COLUMNS.put("total", List.of("total", "skupaj", "ukupno", "svega"));
    }

    private BudgetAnnex() {
    }

    /** The lines of the annex and every problem found. */
    public record Reading(List<AnnexLine> lines, List<ImportProblem> problems) {

        public boolean blocking() {
            return problems.stream().anyMatch(ImportProblem::blocking);
        }
    }

    /**
     * @param defaultCurrency the tenant's currency, for amounts printed without a sign and without a currency column
     * @param cantonal        the tenant is below another (its own budget is a cantonal one)
     */
    public static Reading read(AnnexTable table, CurrencyCode defaultCurrency, boolean cantonal) {
        List<ImportProblem> problems = new ArrayList<>();
        Columns columns = new Columns(new LinkedHashMap<>(), table.header());
        Map<Integer, Integer> years = new LinkedHashMap<>();
        for (int c = 0; c < table.header().size(); c++) {
            String header = fold(table.header().get(c));
            if (YEAR.matcher(header).matches()) {
                years.put(Integer.parseInt(header), c);
                continue;
            }
            for (Map.Entry<String, List<String>> column : COLUMNS.entrySet()) {
                if (column.getValue().contains(header) && !columns.index().containsKey(column.getKey())) {
                    columns.index().put(column.getKey(), c);
                }
            }
        }
        if (!columns.index().containsKey("holder")) {
            problems.add(new ImportProblem(1, null, "no column names the budget holder: head one \"budget user\" "
                    + "(or \"holder\", \"proračunski porabnik\", \"korisnik budžeta\")", true));
        }
        if (!columns.index().containsKey("purpose") && !columns.index().containsKey("budgetLine")) {
            problems.add(new ImportProblem(1, null, "no column says what the money is for: head one \"activity\" or "
                    + "\"budget line\"", true));
        }
        if (years.isEmpty()) {
            problems.add(new ImportProblem(1, null, "no column is headed by a fiscal year (such as 2023)", true));
        }
        if (!problems.isEmpty()) {
            return new Reading(List.of(), problems);
        }
        List<AnnexLine> lines = new ArrayList<>();
        String lastHolder = null;
        String lastPurpose = null;
        for (AnnexTable.Row row : table.rows()) {
            String label = columns.cell(row, "row");
            if (isTotalRow(row, columns)) {
                continue;
            }
            // annexes print a holder or an activity once for the rows below it (merged cells)
            String holder = columns.cell(row, "holder");
            holder = holder == null ? lastHolder : holder;
            lastHolder = holder;
            String purpose = columns.cell(row, "purpose");
            purpose = purpose == null ? lastPurpose : purpose;
            lastPurpose = purpose;
            AnnexLine line = line(row, label, holder, purpose, columns, years, defaultCurrency, cantonal, problems);
            if (line != null) {
                lines.add(line);
            }
        }
        if (lines.isEmpty() && problems.stream().noneMatch(ImportProblem::blocking)) {
            problems.add(new ImportProblem(0, null, "the annex has no budget line below its header", true));
        }
        return new Reading(lines, problems);
    }

    private static AnnexLine line(AnnexTable.Row row, String label, String holder, String purpose,
            Columns columns, Map<Integer, Integer> years, CurrencyCode defaultCurrency, boolean cantonal,
            List<ImportProblem> problems) {
        int before = problems.size();
        int n = row.number();
        if (holder == null) {
            problems.add(new ImportProblem(n, columns.header("holder"), "the budget holder is missing", true));
        }
        String budgetLine = columns.cell(row, "budgetLine");
        String code = null;
        String lineName = budgetLine;
        if (budgetLine != null) {
            Matcher m = LEADING_CODE.matcher(budgetLine);
            if (m.matches()) {
                code = m.group(1);
                lineName = m.group(2).isBlank() ? null : m.group(2).replaceAll("\\s+", " ").strip();
            }
        }
        String title = purpose != null && lineName != null ? purpose + " – " + lineName
                : purpose != null ? purpose : lineName != null ? lineName : budgetLine;
        if (title == null || title.isBlank()) {
            problems.add(new ImportProblem(n, columns.header("purpose"), "says neither what the money is for nor its "
                    + "budget line", true));
        } else if (title.length() > 1000) {
            problems.add(new ImportProblem(n, columns.header("purpose"), "is longer than 1,000 characters", true));
        }
        CurrencyCode currency = null;
        String currencyCell = columns.cell(row, "currency");
        if (currencyCell != null) {
            String code3 = "KM".equalsIgnoreCase(currencyCell) ? "BAM" : currencyCell.toUpperCase(Locale.ROOT);
            if (Currencies.isKnown(code3)) {
                currency = CurrencyCode.of(code3);
            } else {
                problems.add(new ImportProblem(n, columns.header("currency"), "\"" + currencyCell
                        + "\" is not an ISO 4217 currency code (BAM, EUR, USD …)", true));
            }
        }
        List<Allocation> allocations = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Integer, Integer> year : years.entrySet()) {
            String text = row.cell(year.getValue());
            String column = String.valueOf(year.getKey());
            if (text == null || text.isBlank() || "/".equals(text.strip()) || "-".equals(text.strip())) {
                continue;
            }
            if (TBD.matcher(text.strip()).matches()) {
                allocations.add(new Allocation(year.getKey(), null, AllocationStatus.TO_BE_DETERMINED));
                continue;
            }
            PrintedAmounts.Printed printed = PrintedAmounts.read(text);
            if (printed == null) {
                problems.add(new ImportProblem(n, column, "\"" + abbreviate(text) + "\" is not an amount: print it as "
                        + "45.000,00 € or 45000.00 (at most 2 decimals, never negative), \"/\" for no money that year or "
                        + "TBD when it is still to be determined", true));
                continue;
            }
            if (printed.currency() != null) {
                CurrencyCode printedCurrency = CurrencyCode.of(printed.currency());
                if (currency == null) {
                    currency = printedCurrency;
                } else if (!currency.equals(printedCurrency)) {
                    problems.add(new ImportProblem(n, column, "is printed in " + printedCurrency + " but the row's other "
                            + "amounts are in " + currency + "; one line has one currency", true));
                }
            }
            allocations.add(new Allocation(year.getKey(), printed.amount(), status(row, columns, n, problems)));
            sum = sum.add(printed.amount());
        }
        String total = columns.cell(row, "total");
        boolean yearsRead = problems.subList(before, problems.size()).stream().noneMatch(ImportProblem::blocking);
        if (total != null && yearsRead) {
            PrintedAmounts.Printed printed = PrintedAmounts.read(total);
            if (printed == null) {
                problems.add(new ImportProblem(n, columns.header("total"), "\"" + abbreviate(total)
                        + "\" is not an amount; the total is only checked, never imported", false));
            } else if (printed.amount().compareTo(sum) != 0) {
                problems.add(new ImportProblem(n, columns.header("total"), "the printed total " + printed.amount()
                        .toPlainString() + " is not the sum of the years, " + sum.toPlainString()
                        + "; the years are imported", false));
            }
        }
        if (allocations.isEmpty()) {
            problems.add(new ImportProblem(n, null, "has no amount in any year column; a line with an amount still to "
                    + "be determined says TBD", true));
        }
        SourceKind kind = source(row, columns, budgetLine, cantonal, n, problems);
        CoFinancing coFinancing = coFinancing(row, columns, n, problems);
        List<String> codes = new ArrayList<>();
        String activities = columns.cell(row, "activities");
        if (activities != null) {
            for (String c : activities.split("[;,]")) {
                if (!c.isBlank()) {
                    codes.add(c.strip());
                }
            }
        }
        String confidence = columns.cell(row, "confidence");
        if (confidence != null && !List.of("high", "medium", "low").contains(confidence.toLowerCase(Locale.ROOT))) {
            problems.add(new ImportProblem(n, columns.header("confidence"), "is high, medium or low", false));
            confidence = null;
        }
        if (problems.size() > before && problems.subList(before, problems.size()).stream().anyMatch(ImportProblem::blocking)) {
            return null;
        }
        String funder = columns.cell(row, "funder");
        if (funder == null && kind == SourceKind.EU_FUND) {
            funder = "European Union";
        }
        LineFields fields = new LineFields(code, title, currency == null ? defaultCurrency : currency,
                InstitutionRef.named(holder), new FundingSource(kind, programme(row, columns, budgetLine),
                        funder == null ? null : InstitutionRef.named(funder)), coFinancing, null);
        return new AnnexLine(n, label == null ? String.valueOf(n) : label, fields, allocations, codes,
                confidence == null ? null : confidence.toLowerCase(Locale.ROOT));
    }

    private static AllocationStatus status(AnnexTable.Row row, Columns columns, int n,
            List<ImportProblem> problems) {
        String status = columns.cell(row, "status");
        if (status == null) {
            return AllocationStatus.INDICATIVE;
        }
        String folded = fold(status);
        if (folded.startsWith("secur") || folded.startsWith("zagotovljen") || folded.startsWith("osiguran")
                || folded.startsWith("obezbe")) {
            return AllocationStatus.SECURED;
        }
        if (!folded.startsWith("indicativ") && !folded.startsWith("okvirn") && !folded.startsWith("planir")) {
            problems.add(new ImportProblem(n, columns.header("status"), "\"" + abbreviate(status)
                    + "\" is neither indicative nor secured; read as indicative", false));
        }
        return AllocationStatus.INDICATIVE;
    }

    private static SourceKind source(AnnexTable.Row row, Columns columns, String budgetLine,
            boolean cantonal, int n, List<ImportProblem> problems) {
        String source = columns.cell(row, "source");
        if (source != null) {
            var kind = SourceKind.fromWire(fold(source).replace(' ', '_').replace('-', '_'));
            if (kind.isPresent()) {
                return kind.get();
            }
            problems.add(new ImportProblem(n, columns.header("source"), "\"" + abbreviate(source) + "\" is not a "
                    + "source kind; use one of state_budget, entity_budget, cantonal_budget, eu_fund, donor, "
                    + "donations_unspecified, none_required, other", true));
            return SourceKind.OTHER;
        }
        if (budgetLine != null && EU.matcher(budgetLine).find()) {
            return SourceKind.EU_FUND;
        }
        return cantonal ? SourceKind.CANTONAL_BUDGET : SourceKind.STATE_BUDGET;
    }

    private static String programme(AnnexTable.Row row, Columns columns, String budgetLine) {
        String programme = columns.cell(row, "programme");
        if (programme != null) {
            return programme;
        }
        String upper = budgetLine == null ? "" : budgetLine.toUpperCase(Locale.ROOT);
        return upper.contains("AMIF") ? "AMIF" : upper.contains("ISF") ? "ISF" : null;
    }

    private static CoFinancing coFinancing(AnnexTable.Row row, Columns columns, int n,
            List<ImportProblem> problems) {
        String group = columns.cell(row, "group");
        String share = columns.cell(row, "share");
        if (group == null) {
            if (share != null) {
                problems.add(new ImportProblem(n, columns.header("share"), "a share needs its co-financing group", true));
            }
            return null;
        }
        BigDecimal pct = null;
        if (share != null) {
            String digits = share.replace("%", "").replace(',', '.').strip();
            if (!digits.matches("\\d{1,3}(\\.\\d{1,4})?") || new BigDecimal(digits).compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(new ImportProblem(n, columns.header("share"), "\"" + abbreviate(share)
                        + "\" is not a share from 0 to 100 %", true));
                return null;
            }
            pct = new BigDecimal(digits);
        }
        return new CoFinancing(group, pct);
    }

    private static boolean isTotalRow(AnnexTable.Row row, Columns columns) {
        for (String key : List.of("holder", "purpose", "row")) {
            String value = columns.cell(row, key);
            if (value != null && COLUMNS.get("total").contains(fold(value))) {
                return true;
            }
        }
        return false;
    }

    /** Where each known column is, and its header as the file prints it (problems name the column that way). */
    private record Columns(Map<String, Integer> index, List<String> header) {

        String cell(AnnexTable.Row row, String key) {
            Integer column = index.get(key);
            String value = column == null ? null : row.cell(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        String header(String key) {
            Integer column = index.get(key);
            return column == null || column >= header.size() ? COLUMNS.get(key).get(0) : header.get(column);
        }
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String abbreviate(String value) {
        String v = value.strip();
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
