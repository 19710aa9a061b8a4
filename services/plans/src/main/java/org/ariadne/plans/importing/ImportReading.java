package org.ariadne.plans.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * How an import read every row of its file, so that nothing goes missing unnoticed: each row is a heading (at its
 * level), an activity, a further responsibility block of the activity above it, a header row (the first or a repeated
 * one), ignored (with the reason), or a problem. The counts add up to {@code rows}; {@code sentence} says the same in
 * one line ("read 160 rows: 5 headings at level 1 (Oblast), 30 at level 2 (Strateški program), 117 activities, …").
 *
 * @param rows                 every row read (table rows, or lines of a JSON-lines file)
 * @param headings             heading rows per level, top first (a heading printed twice, e.g. after a page break,
 *                             counts twice here and is one node of the tree)
 * @param levelColumns         the headers of the level columns that place the activities (a "Poglavje" column), top
 *                             first; empty when there are none
 * @param activities           rows that start an activity
 * @param responsibilityBlocks the activities' responsibility blocks: an activity printed on one row is one block
 * @param continuationRows     rows that continue the activity above as a further responsibility block
 * @param headerRows           the table's header row (1, or 0 for formats without one)
 * @param repeatedHeaderRows   copies of the header row (after a page break) and rows the document marks as header rows
 * @param ignored              rows not taken into the plan, by reason
 * @param problemRows          rows that could not be read (each has a problem)
 * @param sentence             all of it in one sentence, with the plan's level names
 */
public record ImportReading(int rows, List<HeadingRows> headings, List<String> levelColumns, int activities,
        int responsibilityBlocks,
        int continuationRows, int headerRows, int repeatedHeaderRows, List<IgnoredRows> ignored, int problemRows,
        String sentence) {

    /** Heading rows at one level; {@code name} is the plan's name of the level. */
    public record HeadingRows(int level, String name, int rows) {
    }

    /** Rows left out of the plan for one reason ("empty", "above the header row", "a note below the table" …). */
    public record IgnoredRows(String reason, int rows) {
    }

    /** The same counts with the plan's level names and the sentence. */
    public ImportReading named(List<String> levelNames) {
        List<HeadingRows> named = new ArrayList<>();
        for (HeadingRows level : headings) {
            String name = level.level() <= levelNames.size() ? levelNames.get(level.level() - 1) : level.name();
            named.add(new HeadingRows(level.level(), name, level.rows()));
        }
        ImportReading reading = new ImportReading(rows, named, levelColumns, activities, responsibilityBlocks,
                continuationRows, headerRows, repeatedHeaderRows, ignored, problemRows, null);
        return new ImportReading(rows, named, levelColumns, activities, responsibilityBlocks, continuationRows, headerRows,
                repeatedHeaderRows, ignored, problemRows, reading.describe());
    }

    private String describe() {
        List<String> parts = new ArrayList<>();
        for (HeadingRows level : headings) {
            String count = parts.isEmpty() ? plural(level.rows(), "heading", "headings") : String.valueOf(level.rows());
            boolean named = level.name() != null && !level.name().equals("Level " + level.level());
            parts.add(count + " at level " + level.level() + (named ? " (" + level.name() + ")" : ""));
        }
        parts.add(plural(activities, "activity", "activities")
                + (levelColumns.isEmpty() ? "" : " placed by the level columns " + String.join(", ", levelColumns)));
        if (continuationRows > 0) {
            parts.add(plural(continuationRows, "row that continues", "rows that continue")
                    + " the activity above as a further responsibility block (" + responsibilityBlocks + " blocks in all)");
        }
        if (headerRows > 0) {
            parts.add(plural(headerRows, "header row", "header rows"));
        }
        if (repeatedHeaderRows > 0) {
            parts.add(plural(repeatedHeaderRows, "repeated header row", "repeated header rows"));
        }
        int ignoredRows = ignored.stream().mapToInt(IgnoredRows::rows).sum();
        if (ignoredRows > 0) {
            List<String> reasons = new ArrayList<>();
            ignored.forEach(i -> reasons.add(i.rows() + " " + i.reason()));
            parts.add(ignoredRows + " ignored (" + String.join(", ", reasons) + ")");
        }
        if (problemRows > 0) {
            parts.add(plural(problemRows, "row", "rows") + " with a problem");
        }
        return "read " + plural(rows, "row", "rows") + ": " + String.join(", ", parts);
    }

    private static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
