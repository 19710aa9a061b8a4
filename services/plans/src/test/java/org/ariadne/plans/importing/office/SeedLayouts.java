package org.ariadne.plans.importing.office;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.ariadne.plans.importing.office.LayoutDocument.Cell;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The BiH, Slovenian and Kosovo seed plans (the facts of the real plans, infra/local/demo/seeds) laid out as tables
 * the way administrations print them, in three layouts each:
 *
 * <ul>
 *   <li>{@link Layout#HEADINGS}: heading rows across the table with the code (and a label word) inside the text —
 *       "1. SISTEM PODRŠKE", "Strateški program 1.1 …", "Poglavje 1 – Preventiva", "Objektiva specifike 1.1: …";
 *       the BiH table repeats its header row under every programme and leaves its number column unnamed, as the
 *       adopted document does; SI tasks repeat their text on every responsibility block, with block codes
 *       "1.3.2 / Cilj 1";</li>
 *   <li>{@link Layout#LEVEL_COLUMNS}: a column per level ("Oblast", "Poglavje" holding "1 PREVENTIVA") — printed once
 *       for the rows below it in BiH and SI, on every row in Kosovo; SI tasks repeat their number and text;</li>
 *   <li>{@link Layout#MERGED}: cells merged down — the BiH level columns, the Kosovo specific objective (under
 *       strategic objective rows across the table, as the adopted document prints them), the SI task number and
 *       text over the task's responsibility blocks;</li>
 *   <li>{@link Layout#SPECIFIC_ONLY}: Kosovo only, headings of the 19 specific objectives and nothing above them.</li>
 * </ul>
 */
final class SeedLayouts {

    static final Path SEEDS = Path.of("../../infra/local/demo/seeds");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    enum Layout { HEADINGS, LEVEL_COLUMNS, MERGED, SPECIFIC_ONLY }

    /** One seed plan in one layout; {@code name} is also the fixture file name. */
    record Case(String plan, Layout layout) {
        String name() {
            return plan + "-" + layout.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        LayoutDocument document() {
            return switch (plan) {
                case "ba" -> ba(layout);
                case "si" -> si(layout);
                default -> xk(layout);
            };
        }

        @Override
        public String toString() {
            return name();
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String plan : List.of("ba", "si", "xk")) {
            for (Layout layout : List.of(Layout.HEADINGS, Layout.LEVEL_COLUMNS, Layout.MERGED)) {
                cases.add(new Case(plan, layout));
            }
        }
        cases.add(new Case("xk", Layout.SPECIFIC_ONLY));
        return cases;
    }

    private SeedLayouts() {
    }

    static List<JsonNode> seed(String plan) {
        String file = switch (plan) {
            case "ba" -> "ba-action-plan-2020-2023.jsonl";
            case "si" -> "si-action-plan-2023-2024.jsonl";
            default -> "xk-strategy-action-plan-2015-2019.jsonl";
        };
        try {
            List<JsonNode> rows = new ArrayList<>();
            for (String line : Files.readAllLines(SEEDS.resolve(file))) {
                if (!line.isBlank()) {
                    rows.add(JSON.readTree(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LayoutDocument ba(Layout layout) {
        List<JsonNode> seed = seed("ba");
        String title = "AKCIONI PLAN INSTITUCIJA BOSNE I HERCEGOVINE ZA PROVOĐENJE STRATEGIJE SUPROTSTAVLJANJA TRGOVINI "
                + "LJUDIMA U BOSNI I HERCEGOVINI 2020 – 2023";
        if (layout == Layout.HEADINGS) {
            List<String> header = List.of("", "Aktivnost", "Vremenski rok", "Institucija nadležna za provođenje",
                    "Pokazatelj implementacije");
            LayoutDocument doc = new LayoutDocument("ba-headings", title, header.size());
            doc.header(header, true);
            String area = null;
            String programme = null;
            boolean firstProgramme = true;
            for (JsonNode row : seed) {
                JsonNode a = row.get("path").get(0);
                JsonNode p = row.get("path").get(1);
                if (!a.get("code").asString().equals(area)) {
                    if (area != null) {
                        doc.empty(); // a spacer row between areas
                    }
                    area = a.get("code").asString();
                    doc.spanning(area + ". " + a.get("title").asString(), true);
                }
                if (!p.get("code").asString().equals(programme)) {
                    programme = p.get("code").asString();
                    doc.spanning("Strateški program " + programme + ". " + p.get("title").asString(), false);
                    if (!firstProgramme) {
                        doc.header(header, false); // the adopted document prints the header under every programme
                    }
                    firstProgramme = false;
                }
                doc.row(cells(row.get("code").asString() + ".", text(row, "title"), text(row, "deadline_raw"),
                        lines(row, "lead_institutions"), lines(row, "indicators")));
            }
            doc.note = "Napomena: rokovi su okvirni; nadležne institucije izvještavaju Ministarstvo sigurnosti.";
            return doc;
        }
        List<String> header = List.of("Oblast", "Strateški program", "R.br.", "Aktivnost", "Rok", "Nosilac", "Indikatori");
        LayoutDocument doc = new LayoutDocument("ba-" + layout, title, header.size());
        doc.header(header, true);
        Function<JsonNode, String> areaOf = r -> r.get("path").get(0).get("code").asString();
        Function<JsonNode, String> programmeOf = r -> r.get("path").get(1).get("code").asString();
        for (int i = 0; i < seed.size(); i++) {
            JsonNode row = seed.get(i);
            JsonNode a = row.get("path").get(0);
            JsonNode p = row.get("path").get(1);
            boolean newArea = i == 0 || !areaOf.apply(seed.get(i - 1)).equals(areaOf.apply(row));
            boolean newProgramme = newArea || !programmeOf.apply(seed.get(i - 1)).equals(programmeOf.apply(row));
            List<Cell> cells = new ArrayList<>();
            String areaText = a.get("code").asString() + ". " + a.get("title").asString();
            String programmeText = p.get("code").asString() + " " + p.get("title").asString();
            if (layout == Layout.LEVEL_COLUMNS) {
                cells.add(Cell.of(newArea ? areaText : ""));
                cells.add(Cell.of(newProgramme ? programmeText : ""));
            } else {
                if (newArea) {
                    cells.add(new Cell(areaText, run(seed, i, areaOf), 1, true));
                }
                if (newProgramme) {
                    cells.add(new Cell(programmeText, run(seed, i, programmeOf), 1, false));
                }
            }
            cells.addAll(cells(row.get("code").asString(), text(row, "title"), text(row, "deadline_raw"),
                    lines(row, "lead_institutions"), lines(row, "indicators")));
            doc.row(cells);
        }
        return doc;
    }

    static LayoutDocument si(Layout layout) {
        List<JsonNode> seed = seed("si");
        String title = "Akcijski načrt za boj proti trgovini z ljudmi za leti 2023 in 2024";
        Function<JsonNode, String> chapterOf = r -> r.get("path").get(0).get("code").asString();
        Function<JsonNode, String> subchapterOf = r -> r.get("path").size() > 1 ? r.get("path").get(1).get("code").asString() : "";
        Function<JsonNode, String> taskOf = r -> r.get("task_code").asString();
        List<String> tail = List.of("Št.", "Naloga", "Cilj", "Nosilec", "Izvajalec", "Rok");
        List<String> header = new ArrayList<>();
        if (layout == Layout.LEVEL_COLUMNS) {
            header.addAll(List.of("Poglavje", "Podpoglavje"));
        }
        header.addAll(tail);
        LayoutDocument doc = new LayoutDocument("si-" + layout, title, header.size());
        doc.header(header, true);
        for (int i = 0; i < seed.size(); i++) {
            JsonNode row = seed.get(i);
            JsonNode chapter = row.get("path").get(0);
            JsonNode subchapter = row.get("path").size() > 1 ? row.get("path").get(1) : null;
            boolean newChapter = i == 0 || !chapterOf.apply(seed.get(i - 1)).equals(chapterOf.apply(row));
            boolean newSubchapter = subchapter != null
                    && (newChapter || !subchapterOf.apply(seed.get(i - 1)).equals(subchapterOf.apply(row)));
            boolean newTask = i == 0 || !taskOf.apply(seed.get(i - 1)).equals(taskOf.apply(row)) || newChapter;
            List<Cell> cells = new ArrayList<>();
            String goals = goals(row);
            List<Cell> block = List.of(Cell.of(goals), Cell.of(lines(row, "lead_institutions")),
                    Cell.of(lines(row, "implementers")), Cell.of(text(row, "deadline_raw")));
            switch (layout) {
                case HEADINGS -> {
                    if (newChapter) {
                        doc.spanning("Poglavje " + chapter.get("code").asString() + " – " + chapter.get("title").asString(),
                                true);
                    }
                    if (newSubchapter) {
                        doc.spanning(subchapter.get("code").asString() + " " + subchapter.get("title").asString(), false);
                    }
                    cells.add(Cell.of(row.get("code").asString().replace("/", " / ")));
                    cells.add(Cell.of(text(row, "title")));
                }
                case LEVEL_COLUMNS -> {
                    cells.add(Cell.of(newChapter ? chapter.get("code").asString() + " "
                            + chapter.get("title").asString().toUpperCase(Locale.ROOT) : ""));
                    cells.add(Cell.of(newSubchapter ? subchapter.get("code").asString() + " "
                            + subchapter.get("title").asString() : ""));
                    cells.add(Cell.of(taskOf.apply(row)));
                    cells.add(Cell.of(text(row, "title")));
                }
                default -> {
                    if (newChapter) {
                        doc.spanning(chapter.get("code").asString() + " " + chapter.get("title").asString(), true);
                    }
                    if (newSubchapter) {
                        doc.spanning(subchapter.get("code").asString() + " " + subchapter.get("title").asString(), false);
                    }
                    if (newTask) {
                        int blocks = run(seed, i, taskOf);
                        cells.add(new Cell(taskOf.apply(row), blocks, 1, false));
                        cells.add(new Cell(text(row, "title"), blocks, 1, false));
                    }
                }
            }
            cells.addAll(block);
            doc.row(cells);
        }
        return doc;
    }

    static LayoutDocument xk(Layout layout) {
        List<JsonNode> seed = seed("xk");
        String title = "Plani i Veprimit kundër Trafikimit me Njerëz 2015-2019";
        Function<JsonNode, String> strategicOf = r -> r.get("path").get(0).get("code").asString();
        Function<JsonNode, String> specificOf = r -> r.get("path").get(1).get("code").asString();
        List<String> header = new ArrayList<>();
        if (layout == Layout.LEVEL_COLUMNS) {
            header.add("Objektiva strategjike");
        }
        if (layout == Layout.LEVEL_COLUMNS || layout == Layout.MERGED) {
            header.add("Objektiva specifike");
        }
        header.addAll(List.of("Nr.", "Aktiviteti", "Afati", "Institucioni përgjegjës", "Partnerët"));
        LayoutDocument doc = new LayoutDocument("xk-" + layout, title, header.size());
        doc.header(header, true);
        for (int i = 0; i < seed.size(); i++) {
            JsonNode row = seed.get(i);
            JsonNode strategic = row.get("path").get(0);
            JsonNode specific = row.get("path").get(1);
            boolean newStrategic = i == 0 || !strategicOf.apply(seed.get(i - 1)).equals(strategicOf.apply(row));
            boolean newSpecific = newStrategic || !specificOf.apply(seed.get(i - 1)).equals(specificOf.apply(row));
            List<Cell> cells = new ArrayList<>();
            switch (layout) {
                case HEADINGS, SPECIFIC_ONLY -> {
                    if (newStrategic && layout == Layout.HEADINGS) {
                        doc.spanning("Objektiva strategjike " + strategic.get("code").asString() + ": "
                                + strategic.get("title").asString(), true);
                    }
                    if (newSpecific) {
                        doc.spanning("Objektiva specifike " + specific.get("code").asString() + ": "
                                + specific.get("title").asString(), false);
                    }
                }
                case LEVEL_COLUMNS -> {
                    cells.add(Cell.of(strategic.get("code").asString() + " " + strategic.get("title").asString()));
                    cells.add(Cell.of(specific.get("code").asString() + " " + specific.get("title").asString()));
                }
                default -> {
                    if (newStrategic) {
                        doc.spanning(strategic.get("code").asString() + ". " + strategic.get("title").asString(), true);
                    }
                    if (newSpecific) {
                        cells.add(new Cell(specific.get("code").asString() + ". " + specific.get("title").asString(),
                                run(seed, i, specificOf), 1, false));
                    }
                }
            }
            cells.addAll(cells(row.get("code").asString(), text(row, "title"), text(row, "deadline_raw"),
                    lines(row, "lead_institutions"), lines(row, "partners")));
            doc.row(cells);
        }
        return doc;
    }

    /** How many rows from {@code from} on share the key of the row at {@code from}. */
    private static int run(List<JsonNode> seed, int from, Function<JsonNode, String> key) {
        int n = 1;
        while (from + n < seed.size() && key.apply(seed.get(from + n)).equals(key.apply(seed.get(from)))) {
            n++;
        }
        return n;
    }

    private static List<Cell> cells(String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (String text : texts) {
            cells.add(Cell.of(text));
        }
        return cells;
    }

    static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    static String lines(JsonNode row, String field) {
        List<String> items = new ArrayList<>();
        row.path(field).forEach(item -> items.add(item.asString()));
        return String.join("\n", items);
    }

    private static String goals(JsonNode row) {
        List<String> goals = new ArrayList<>();
        row.path("goals").forEach(goal -> goals.add(Objects.requireNonNullElse(goal.path("text").asString(null), "")));
        return String.join("\n", goals);
    }
}
