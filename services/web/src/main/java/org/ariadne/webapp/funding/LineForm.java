package org.ariadne.webapp.funding;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ariadne.webapp.api.Json;

/**
 * A budget line as a coordinator or finance officer fills it in: what it is for, who spends it, where the money
 * comes from, and — when it is created — its money by year and the plan activities it serves (their codes, as the
 * plan prints them). The allocation rows come as parallel lists (one entry per table row, empty rows left out).
 * What cannot be a line is refused here field by field with the keys of the texts the page shows; the funding service
 * checks the rest (the currency's decimals, the activity codes) and names the fields it refuses.
 */
public record LineForm(String code, String title, String currency, String holder, String sourceKind, String programme,
        String funder, String coFinancingGroup, String sharePct, List<String> allocationYear, List<String> allocationAmount,
        List<String> allocationStatus, String activities, String version) implements Serializable {

    /** The sources the funding service knows (its SourceKind), in the order the form offers them. */
    public static final List<String> SOURCE_KINDS = List.of("state_budget", "entity_budget", "cantonal_budget", "eu_fund", "donor",
            "donations_unspecified", "none_required", "other");
    /** How many year rows a new line's form offers. */
    public static final int YEAR_ROWS = 4;
    static final int MAX_TITLE = 1000;
    static final int MAX_NAME = 300;
    static final int MAX_SHORT = 200;
    static final int MAX_ACTIVITIES = 100;

    /** An empty form in the tenant's currency. */
    public static LineForm empty(String currency) {
        return new LineForm(null, null, currency, null, null, null, null, null, null, List.of(), List.of(), List.of(), null, null);
    }

    /** The line's own fields, to change them (allocations and links are changed on the line's page). */
    public static LineForm of(Map<String, Object> line) {
        Map<String, Object> source = Json.map(line, "source");
        Map<String, Object> coFinancing = Json.map(line, "coFinancing");
        return new LineForm(Json.text(line, "code"), Json.text(line, "title"), Json.text(line, "currency"),
                Json.text(Json.map(line, "holder"), "name"), Json.text(source, "kind"), Json.text(source, "programme"),
                Json.text(Json.map(source, "funder"), "name"), Json.text(coFinancing, "group"), Json.text(coFinancing, "sharePct"),
                List.of(), List.of(), List.of(), null, Json.text(line, "version"));
    }

    /** The year rows as typed, empty rows left out. */
    public List<AllocationForm> allocations() {
        List<AllocationForm> rows = new ArrayList<>();
        int count = Math.max(size(allocationYear), Math.max(size(allocationAmount), size(allocationStatus)));
        for (int i = 0; i < count; i++) {
            AllocationForm row = new AllocationForm(at(allocationYear, i), at(allocationAmount, i), at(allocationStatus, i));
            if (!row.empty() || "to_be_determined".equals(row.status())) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * The rows the form's year table shows: those typed (so that a problem of row {@code i} is shown on row {@code i},
     * as the API numbers them too), then empty ones up to {@link #YEAR_ROWS}.
     */
    public List<AllocationForm> displayRows() {
        List<AllocationForm> rows = new ArrayList<>(allocations());
        while (rows.size() < YEAR_ROWS) {
            rows.add(new AllocationForm(null, null, null));
        }
        return rows;
    }

    /** The plan codes typed ("1.1.1; 1.1.2" or one per line), in order, without repeats. */
    public List<String> activityCodes() {
        if (activities == null || activities.isBlank()) {
            return List.of();
        }
        return Arrays.stream(activities.split("[;,\\n\\r]+")).map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
    }

    /** What is wrong, field name → text key; empty when the form is a line. {@code creating}: allocations and links too. */
    public Map<String, String> problems(char decimalSeparator, boolean creating) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(title) || title.strip().length() > MAX_TITLE) {
            problems.put("title", "funding.line.titleRequired");
        }
        String chosenCurrency = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        if ("KM".equals(chosenCurrency)) {
            problems.put("currency", "funding.line.currencyKm");
        } else if (!chosenCurrency.matches("[A-Z]{3}")) {
            problems.put("currency", "funding.line.currencyInvalid");
        }
        if (blank(holder) || holder.strip().length() > MAX_NAME) {
            problems.put("holder.name", "funding.line.holderRequired");
        }
        if (sourceKind == null || !SOURCE_KINDS.contains(sourceKind)) {
            problems.put("source.kind", "funding.line.sourceRequired");
        }
        if (tooLong(code, MAX_SHORT) || tooLong(programme, MAX_SHORT) || tooLong(coFinancingGroup, MAX_SHORT)) {
            problems.put(tooLong(code, MAX_SHORT) ? "code" : tooLong(programme, MAX_SHORT) ? "source.programme" : "coFinancing.group",
                    "funding.line.tooLong");
        }
        if (tooLong(funder, MAX_NAME)) {
            problems.put("source.funder.name", "funding.line.tooLong");
        }
        if (!blank(sharePct) && (blank(coFinancingGroup) || !validShare(sharePct))) {
            problems.put("coFinancing.sharePct", "funding.line.shareInvalid");
        }
        if (creating) {
            Set<Integer> years = new HashSet<>();
            List<AllocationForm> rows = allocations();
            for (int i = 0; i < rows.size(); i++) {
                AllocationForm row = rows.get(i);
                problems.putAll(row.problems("allocations." + i + ".", decimalSeparator));
                if (row.fiscalYear() != null && !years.add(row.fiscalYear())) {
                    problems.put("allocations." + i + ".year", "funding.allocation.yearTwice");
                }
            }
            if (activityCodes().size() > MAX_ACTIVITIES || activityCodes().stream().anyMatch(c -> c.length() > 100)) {
                problems.put("links", "funding.line.activitiesInvalid");
            }
        }
        return problems;
    }

    /** The body of {@code POST /funding/lines}: the line, its allocations and its links in one request. */
    public Map<String, Object> createBody(char decimalSeparator) {
        Map<String, Object> body = fields();
        body.put("allocations", allocations().stream().map(a -> a.body(decimalSeparator)).toList());
        body.put("links", activityCodes().stream().map(c -> Map.of("code", c)).toList());
        return body;
    }

    /** The body of {@code PATCH /funding/lines/{id}}: every own field, as the API asks. */
    public Map<String, Object> fields() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", strip(code));
        body.put("title", title.strip());
        body.put("currency", currency.strip().toUpperCase(Locale.ROOT));
        body.put("holder", Map.of("name", holder.strip()));
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("kind", sourceKind);
        source.put("programme", strip(programme));
        source.put("funder", blank(funder) ? null : Map.of("name", funder.strip()));
        body.put("source", source);
        if (!blank(coFinancingGroup)) {
            Map<String, Object> coFinancing = new LinkedHashMap<>();
            coFinancing.put("group", coFinancingGroup.strip());
            coFinancing.put("sharePct", blank(sharePct) ? null : sharePct.strip().replace(',', '.'));
            body.put("coFinancing", coFinancing);
        }
        return body;
    }

    private static boolean validShare(String share) {
        String text = share.strip().replace(',', '.');
        if (!text.matches("\\d{1,3}(\\.\\d{1,4})?")) {
            return false;
        }
        double value = Double.parseDouble(text);
        return value > 0 && value <= 100;
    }

    private static int size(List<String> list) {
        return list == null ? 0 : list.size();
    }

    private static String at(List<String> list, int i) {
        return list == null || i >= list.size() ? null : list.get(i);
    }

    private static boolean tooLong(String text, int max) {
        return text != null && text.strip().length() > max;
    }

    private static String strip(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
