package org.ariadne.funding.importing;

import java.util.List;
import org.ariadne.funding.line.Allocation;
import org.ariadne.funding.line.LineFields;

/**
 * A line an annex row describes: its fields, yearly allocations, the activity codes it serves (with the mapping's
 * confidence), and the row as printed ({@code rowLabel}: the annex's own row name, e.g. "A8", else the row number).
 */
public record AnnexLine(int row, String rowLabel, LineFields fields, List<Allocation> allocations,
        List<String> activityCodes, String confidence) {
}
