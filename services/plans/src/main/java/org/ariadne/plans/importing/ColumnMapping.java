package org.ariadne.plans.importing;

import java.util.Map;

/**
 * Which column of a spreadsheet holds which {@link ImportRow} field, by header text (case- and diacritics-insensitive)
 * or by column letter. Keys are the ImportRow component names plus {@code level1..level8} and
 * {@code level1Code..level8Code} for the tree; a tenant can save its mapping and reuse it.
 */
public record ColumnMapping(String name, Map<String, String> columns, int headerRow) {
}
