package org.ariadne.funding.money;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the ECB's euro foreign exchange reference rates in the format of its CSV downloads ({@code eurofxref-hist.csv},
 * {@code eurofxref.csv}): a header {@code Date,USD,JPY,…} (often with an empty last column), then one row per day,
 * {@code 2023-12-29,1.1050,156.33,…}, with {@code N/A} (or nothing) where the ECB published no rate. Every rate is
 * "units of the currency per 1 EUR".
 * <p>
 * Strict: a row with an unreadable date or rate makes the whole file a failure (every problem listed, nothing used);
 * columns of currencies that are not ISO 4217 codes we know, and BAM (pegged, never a market rate) and EUR, are
 * skipped and reported.
 */
public final class EcbReferenceRates {

    /** The full history (1999 to today) is about 7,000 rows; far more is not an ECB file. */
    static final int MAX_ROWS = 20_000;
    private static final Pattern RATE = Pattern.compile("\\d{1,9}(\\.\\d{1,10})?");
    private static final int MAX_LISTED = 200;

    private EcbReferenceRates() {
    }

    /** A problem in the file: its 1-based line and the column's header (null for the whole line). */
    public record Problem(int line, String column, String detail) {
    }

    /**
     * @param rates   the rates read (empty when there are problems)
     * @param skipped columns not used, with why
     * @param dates   how many days the file covers
     */
    public record Read(List<ExchangeRate> rates, List<Problem> problems, List<String> skipped, int dates,
            LocalDate from, LocalDate to) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Read read(InputStream csv) {
        List<Problem> problems = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<ExchangeRate> rates = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        int dates = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = lines.readLine();
            if (header == null || !header.replace("\uFEFF", "").strip().startsWith("Date")) {
                problems.add(new Problem(1, null, "the first line must be the ECB header \"Date,USD,JPY,…\""));
                return new Read(List.of(), problems, skipped, 0, null, null);
            }
            String[] columns = header.replace("\uFEFF", "").split(",", -1);
            CurrencyCode[] currencies = new CurrencyCode[columns.length];
            Set<String> seen = new LinkedHashSet<>();
            for (int c = 1; c < columns.length; c++) {
                String code = columns[c].strip();
                if (code.isEmpty()) {
                    continue;
                }
                if (!seen.add(code)) {
                    problems.add(new Problem(1, code, "the currency " + code + " appears twice in the header"));
                } else if ("EUR".equals(code) || "BAM".equals(code)) {
                    skipped.add(code + ": " + ("EUR".equals(code) ? "the base currency" : "pegged at 1.95583 BAM per EUR, never a market rate"));
                } else if (!Currencies.isKnown(code)) {
                    skipped.add(code + ": not an ISO 4217 code in the IATI Currency list");
                } else {
                    currencies[c] = CurrencyCode.of(code);
                }
            }
            String line;
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (number > MAX_ROWS) {
                    problems.add(new Problem(number, null, "the file has more than " + MAX_ROWS
                            + " lines; an ECB reference-rate file has one line per working day since 1999"));
                    break;
                }
                String[] cells = line.split(",", -1);
                LocalDate date;
                try {
                    date = LocalDate.parse(cells[0].strip());
                } catch (DateTimeParseException e) {
                    problems.add(new Problem(number, "Date", "\"" + abbreviate(cells[0]) + "\" is not a date (YYYY-MM-DD)"));
                    continue;
                }
                dates++;
                first = first == null || date.isBefore(first) ? date : first;
                last = last == null || date.isAfter(last) ? date : last;
                for (int c = 1; c < Math.min(cells.length, columns.length); c++) {
                    String cell = cells[c].strip();
                    if (currencies[c] == null || cell.isEmpty() || "N/A".equalsIgnoreCase(cell)) {
                        continue;
                    }
                    if (!RATE.matcher(cell).matches() || new BigDecimal(cell).signum() <= 0) {
                        problems.add(new Problem(number, columns[c].strip(), "\"" + abbreviate(cell)
                                + "\" is not a rate (a positive decimal such as 1.0813, or N/A)"));
                        continue;
                    }
                    rates.add(new ExchangeRate(currencies[c], date, new BigDecimal(cell), RateSource.ECB));
                }
                if (cells.length > columns.length && !cells[cells.length - 1].isBlank()) {
                    problems.add(new Problem(number, null, "the line has more cells than the header has columns"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (dates == 0 && problems.isEmpty()) {
            problems.add(new Problem(2, null, "the file has no rates below its header"));
        }
        if (!problems.isEmpty()) {
            List<Problem> listed = problems.size() <= MAX_LISTED ? problems : new ArrayList<>(problems.subList(0, MAX_LISTED));
            if (problems.size() > MAX_LISTED) {
                listed.add(new Problem(0, null, "… and " + (problems.size() - MAX_LISTED) + " more problems"));
            }
            return new Read(List.of(), listed, skipped, dates, first, last);
        }
        return new Read(rates, List.of(), skipped, dates, first, last);
    }

    private static String abbreviate(String value) {
        String v = value.strip();
        return v.length() > 30 ? v.substring(0, 30) + "…" : v;
    }
}
