package org.ariadne.funding.importing;

import java.util.List;

/** A budget annex as read from a file: its header cells and its rows of cells as text (1-based row numbers). */
public record AnnexTable(List<String> header, List<Row> rows) {

    public record Row(int number, List<String> cells) {

        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : null;
        }
    }
}
