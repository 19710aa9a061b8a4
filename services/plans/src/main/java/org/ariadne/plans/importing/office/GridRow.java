package org.ariadne.plans.importing.office;

import java.util.List;
import java.util.Map;

/**
 * One row of a table as a reader found it, before interpretation: the cell texts (merged cells already resolved),
 * whether the row is one cell spanning the whole table (an area or programme heading), whether the document marks
 * it as a header row, and, for our own export only, the exact values of cells whose text alone is ambiguous.
 *
 * @param number  1-based row number in the source (sheet row, CSV record, running table row in a Word document)
 * @param cells   cell texts by column, "" when empty
 * @param spanning the row is a single cell spanning the table
 * @param markedHeader the document flags the row as a (repeated) header row
 * @param exact   column index → the exact list of values that cell holds (own export only)
 */
record GridRow(int number, List<String> cells, boolean spanning, boolean markedHeader,
               Map<Integer, List<String>> exact) {

    GridRow(int number, List<String> cells) {
        this(number, cells, false, false, Map.of());
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
}
