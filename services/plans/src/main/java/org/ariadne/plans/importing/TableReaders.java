package org.ariadne.plans.importing;

import java.io.InputStream;
import org.ariadne.plans.importing.office.CsvPlanReader;
import org.ariadne.plans.importing.office.DefaultColumnMappings;
import org.ariadne.plans.importing.office.DocxPlanReader;
import org.ariadne.plans.importing.office.XlsxPlanReader;
import org.springframework.stereotype.Component;

/**
 * The reader of each table format (the JSON bundle is read by {@link PlanBundle}, with its header). Office tables
 * without a saved mapping are read with the standard mapping, which knows the headers of the region's languages and
 * of our own export.
 */
@Component
public class TableReaders {

    private final XlsxPlanReader xlsx;
    private final CsvPlanReader csv;
    private final DocxPlanReader docx;

    public TableReaders(XlsxPlanReader xlsx, CsvPlanReader csv, DocxPlanReader docx) {
        this.xlsx = xlsx;
        this.csv = csv;
        this.docx = docx;
    }

    /** Whether this build can read the format. */
    public boolean supports(ImportFormat format) {
        return format != null;
    }

    public ParsedTable read(ImportFormat format, InputStream in, ColumnMapping mapping) {
        ColumnMapping columns = mapping == null ? DefaultColumnMappings.standard() : mapping;
        switch (format) {
            case XLSX:
                return xlsx.read(in, columns);
            case CSV:
                return csv.read(in, columns);
            case DOCX:
                return docx.read(in, columns);
            case JSONL:
            default:
                return JsonLinesReader.read(in);
        }
    }
}
