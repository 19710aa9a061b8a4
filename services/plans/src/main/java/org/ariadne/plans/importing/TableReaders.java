package org.ariadne.plans.importing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.plans.importing.office.CsvPlanReader;
import org.ariadne.plans.importing.office.DefaultColumnMappings;
import org.ariadne.plans.importing.office.DocxPlanReader;
import org.ariadne.plans.importing.office.XlsxPlanReader;
import org.ariadne.plans.settings.PlanSettingsStore;
import org.springframework.stereotype.Component;

/**
 * The reader of each table format (the JSON bundle is read by {@link PlanBundle}, with its header). Office tables
 * without a saved mapping are read with the standard mapping, which knows the headers of the region's languages and
 * of our own export. A level the table does not name (heading rows without a label word) takes the tenant's default
 * name for that level ({@code GET/PUT …/plans/settings}).
 */
@Component
public class TableReaders {

    private final XlsxPlanReader xlsx;
    private final CsvPlanReader csv;
    private final DocxPlanReader docx;
    private final PlanSettingsStore settings;

    public TableReaders(XlsxPlanReader xlsx, CsvPlanReader csv, DocxPlanReader docx, PlanSettingsStore settings) {
        this.xlsx = xlsx;
        this.csv = csv;
        this.docx = docx;
        this.settings = settings;
    }

    /** Whether this build can read the format. */
    public boolean supports(ImportFormat format) {
        return format != null;
    }

    public ParsedTable read(ImportFormat format, InputStream in, ColumnMapping mapping) {
        ColumnMapping columns = mapping == null ? DefaultColumnMappings.standard() : mapping;
        switch (format) {
            case XLSX:
                return withTenantLevelNames(xlsx.read(in, columns));
            case CSV:
                return withTenantLevelNames(csv.read(in, columns));
            case DOCX:
                return withTenantLevelNames(docx.read(in, columns));
            case JSONL:
            default:
                return JsonLinesReader.read(in);
        }
    }

    private ParsedTable withTenantLevelNames(ParsedTable table) {
        if (table.levelNames().stream().allMatch(java.util.Objects::nonNull)) {
            return table;
        }
        List<String> defaults = settings.current().defaultLevelNames();
        List<String> names = new ArrayList<>(table.levelNames());
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == null && i < defaults.size()) {
                names.set(i, defaults.get(i));
            }
        }
        return table.withLevelNames(names);
    }
}
