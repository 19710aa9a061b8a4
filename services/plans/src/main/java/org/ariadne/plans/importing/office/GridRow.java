package org.ariadne.plans.importing.office;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of a table as a reader found it, before interpretation: the cell texts (merged cells already resolved),
 * whether the row is one cell spanning the whole table (an area or programme heading), whether the document marks
 * it as a header row, which cells continue a vertical merge from the row above, how the row is formatted, and, for
 * our own export only, the exact values of cells whose text alone is ambiguous.
 *
 * @param number       1-based row number in the source (sheet row, CSV record, running table row in a Word document)
 * @param cells        cell texts by column, "" when empty
 * @param spanning     the row is a single cell spanning the table
 * @param markedHeader the document flags the row as a (repeated) header row
 * @param exact        column index → the exact list of values that cell holds (own export only)
 * @param continued    columns whose text is the cell above merged down into this row (not printed here again)
 * @param bold         every character the row prints is bold
 * @param outlineLevel the outline level the document gives the row (Word heading style or outline level, Excel row
 *                     grouping), 1 = top; 0 = none
 */
record GridRow(int number, List<String> cells, boolean spanning, boolean markedHeader,
               Map<Integer, List<String>> exact, Set<Integer> continued, boolean bold, int outlineLevel) {

    GridRow(int number, List<String> cells) {
        this(number, cells, false, false, Map.of(), Set.of(), false, 0);
    }

    String cell(int column) {
        return column >= 0 && column < cells.size() && cells.get(column) != null ? cells.get(column) : "";
    }

    boolean isBlank() {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the cell's text is its own (not merged down from the row above). */
    boolean ownCell(int column) {
        return !continued.contains(column);
    }
}
