package org.ariadne.plans.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ariadne.text.TextFolding;

/**
 * Reads the deadlines the seed plans print (Bosnian/Montenegrin, Slovenian, Albanian) into a {@link DeadlineReading}.
 * The printed text stays the truth; the reading is what filters and reports use. Order of the checks matters:
 * "Kontinuirano, najmanje dva puta godišnje" is continuous with a cadence, "Dva puta godišnje" is recurring, and only
 * texts that are neither are searched for dated items (quarters, half-years, months, ranges, years, dates).
 */
public final class DeadlineReader {

    private DeadlineReader() {
    }

    private static final Pattern CONTINUOUS = Pattern.compile("kontinuir|vazhdim|vahdim|stalno|ongoing|continuous");
    private static final Pattern EVENT = Pattern.compile(
            "po potrebi|u skladu sa|prije svakog|pred vsakokratn|pred odhodom|znotraj vsakokratnih|when needed");
    private static final Pattern YEARS_IN = Pattern.compile("v letih (\\d{4}) in (\\d{4})");
    private static final Pattern QUARTERS = Pattern.compile(
            "((?:\\b(?:iv|iii|ii|i)\\b\\s*(?:i\\s+|,\\s*)?)+)kvartal[a-z]*\\s*(\\d{4})|\\bk([1-4])\\s*(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(prva|druga) polovi(?:na|ca)(?: leta)?\\s*(\\d{4})");
    private static final Pattern MONTH = Pattern.compile(
            "\\b(januar|janar|februar|shkurt|mart|marec|mars|april|prill|maj|juni|junij|jun|qershor|juli|julij|jul|korrik|"
                    + "august|avgust|gusht|septemb[ae]r|shtator|oktob[ae]r|tetor|novemb[ae]r|nentor|decemb[ae]r|dhjetor)\\w*\\s+(\\d{4})");
    private static final Pattern BY_END = Pattern.compile("(?:do kraja|do konca|deri ne fund)(?: leta| godine)?\\s*(\\d{4})");
    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2})\\.\\s*(\\d{1,2})\\.\\s*(\\d{4})");
    private static final Pattern RANGE = Pattern.compile("\\b(\\d{4})\\s*[-/\u2010-\u2015]\\s*(\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\b");

    public static DeadlineReading read(String printed) {
        if (printed == null || printed.isBlank()) {
            return DeadlineReading.of("unknown", null, null);
        }
        String text = TextFolding.foldDiacritics(printed).toLowerCase(java.util.Locale.ROOT).replace('\n', ' ').strip();
        String cadence = cadence(text);
        Matcher years = YEARS_IN.matcher(text);
        String start = null;
        String end = null;
        if (years.find()) {
            start = years.group(1) + "-01-01";
            end = years.group(2) + "-12-31";
        }
        if (CONTINUOUS.matcher(text).find()) {
            return new DeadlineReading("continuous", start, end, cadence, List.of());
        }
        if (cadence != null) {
            return new DeadlineReading("recurring", start, end, cadence, List.of());
        }
        if (EVENT.matcher(text).find()) {
            return new DeadlineReading("event_triggered", start, end, null, List.of());
        }
        List<DeadlineReading> items = datedItems(text);
        if (items.isEmpty()) {
            return start != null ? DeadlineReading.of("year_range", start, end) : DeadlineReading.of("unknown", null, null);
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        String first = items.stream().map(DeadlineReading::start).filter(java.util.Objects::nonNull)
                .min(String::compareTo).orElse(null);
        String last = items.stream().map(DeadlineReading::end).filter(java.util.Objects::nonNull)
                .max(String::compareTo).orElse(null);
        return new DeadlineReading("milestones", first, last, null, items);
    }

    /** Dated items in text order; each span of the text is read once (a quarter's year is not read again as a year). */
    private static List<DeadlineReading> datedItems(String text) {
        List<int[]> spans = new ArrayList<>();
        List<Object[]> found = new ArrayList<>(); // {position, reading}
        Matcher m = BY_END.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            add(found, spans, m, DeadlineReading.of("by_end_of", null, year + "-12-31"));
        }
        m = QUARTERS.matcher(text);
        while (m.find()) {
            if (m.group(3) != null) {
                add(found, spans, m, quarter(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(3))));
                continue;
            }
            int year = Integer.parseInt(m.group(2));
            List<Integer> quarters = new ArrayList<>();
            Matcher numeral = Pattern.compile("\\b(iv|iii|ii|i)\\b").matcher(m.group(1));
            while (numeral.find()) {
                quarters.add(roman(numeral.group(1)));
            }
            // "III I IV kvartal": the lone "I" between two numerals is the conjunction "i", not quarter one
            if (quarters.size() == 3 && quarters.get(1) == 1) {
                quarters.remove(1);
            }
            int from = quarters.stream().min(Integer::compare).orElse(1);
            int to = quarters.stream().max(Integer::compare).orElse(4);
            add(found, spans, m, quarter(year, from, to));
        }
        m = HALF.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(2));
            boolean first = m.group(1).equals("prva");
            add(found, spans, m, DeadlineReading.of("half_year", year + (first ? "-01-01" : "-07-01"),
                    year + (first ? "-06-30" : "-12-31")));
        }
        m = MONTH.matcher(text);
        while (m.find()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
            add(found, spans, m, DeadlineReading.of("month", month.atDay(1).toString(), month.atEndOfMonth().toString()));
        }
        m = DATE.matcher(text);
        while (m.find()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
                add(found, spans, m, DeadlineReading.of("date", date.toString(), date.toString()));
            } catch (java.time.DateTimeException notADate) {
                // "31.02.2021": no date; the printed text is still kept
            }
        }
        m = RANGE.matcher(text);
        while (m.find()) {
            add(found, spans, m, DeadlineReading.of("year_range", m.group(1) + "-01-01", m.group(2) + "-12-31"));
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            add(found, spans, m, DeadlineReading.of("year", m.group(1) + "-01-01", m.group(1) + "-12-31"));
        }
        found.sort((a, b) -> Integer.compare((Integer) a[0], (Integer) b[0]));
        List<DeadlineReading> items = new ArrayList<>();
        found.forEach(f -> items.add((DeadlineReading) f[1]));
        return items;
    }

    private static void add(List<Object[]> found, List<int[]> spans, Matcher m, DeadlineReading reading) {
        for (int[] span : spans) {
            if (m.start() < span[1] && m.end() > span[0]) {
                return; // already read as part of a longer item
            }
        }
        spans.add(new int[] {m.start(), m.end()});
        found.add(new Object[] {m.start(), reading});
    }

    private static DeadlineReading quarter(int year, int from, int to) {
        LocalDate start = LocalDate.of(year, (from - 1) * 3 + 1, 1);
        LocalDate end = YearMonth.of(year, to * 3).atEndOfMonth();
        return DeadlineReading.of("quarter", start.toString(), end.toString());
    }

    /** How often, for "dva puta godišnje", "kvartalno", "svakih šest mjeseci", "enkrat letno" …; null when not said. */
    static String cadence(String text) {
        if (text.contains("kvartalno") || text.contains("svaka tri mjeseca") || text.contains("quarterly")) {
            return "quarterly";
        }
        if (text.contains("svakih sest mjeseci") || text.contains("polugodisnj") || text.contains("dva puta godisnje")
                || text.contains("dvakrat letno")) {
            return "semiannual";
        }
        if (text.contains("jednom godisnje") || text.contains("enkrat letno") || text.contains("godisnje")
                || text.contains("letno")) {
            return "annual";
        }
        return null;
    }

    private static int roman(String numeral) {
        switch (numeral) {
            case "i": return 1;
            case "ii": return 2;
            case "iii": return 3;
            default: return 4;
        }
    }

    private static int month(String name) {
        String[][] names = {
            {"januar", "janar"}, {"februar", "shkurt"}, {"mart", "marec", "mars"}, {"april", "prill"}, {"maj"},
            {"jun", "qershor"}, {"jul", "korrik"}, {"august", "avgust", "gusht"}, {"septemb", "shtator"},
            {"oktob", "tetor"}, {"novemb", "nentor"}, {"decemb", "dhjetor"}};
        for (int i = 0; i < names.length; i++) {
            for (String prefix : names[i]) {
                if (name.startsWith(prefix)) {
                    return i + 1;
                }
            }
        }
        throw new IllegalArgumentException(name);
    }
}
