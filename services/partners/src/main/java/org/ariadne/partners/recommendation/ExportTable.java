package org.ariadne.partners.recommendation;

import java.util.List;

/**
 * "What we did on each recommendation", already written in the tenant's language: a title, a subtitle, the column
 * headings and one row per recommendation. Renderers only lay it out (DOCX, XLSX).
 */
public record ExportTable(String title, String subtitle, List<String> headings, List<List<String>> rows) {

    public ExportTable {
        headings = List.copyOf(headings);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
