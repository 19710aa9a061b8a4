package org.ariadne.plans.importing.office;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.ariadne.plans.importing.ColumnMapping;
import org.ariadne.plans.importing.ImportProblem;
import org.ariadne.plans.importing.ParsedTable;
import org.springframework.stereotype.Component;

/**
 * Reads activities from a CSV file (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) through a
 * {@link ColumnMapping}. The delimiter is whichever of {@code ;} (what Excel writes in the region), {@code ,} and
 * tab occurs most in the first line outside quotes. UTF-8 with or without BOM; a file that is not valid UTF-8 is
 * read as Windows-1250 (the usual legacy encoding of the region) and says so in a problem.
 */
@Component
public class CsvPlanReader {

    private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");

    public ParsedTable read(InputStream in, ColumnMapping mapping) {
        byte[] bytes;
        try {
            bytes = OfficeFiles.readAtMost(in);
        } catch (Exception e) {
            return OfficeFiles.fileProblem("the file could not be read: " + OfficeFiles.describe(e));
        }
        if (bytes == null) {
            return OfficeFiles.fileProblem("the file is larger than " + OfficeFiles.MAX_BYTES / (1024 * 1024) + " MB");
        }
        List<ImportProblem> fileProblems = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = WINDOWS_1250.decode(ByteBuffer.wrap(bytes)).toString();
            fileProblems.add(new ImportProblem(0, null, "the file is not UTF-8", "read as Windows-1250"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            return OfficeFiles.fileProblem("this is not a CSV text file");
        }
        List<GridRow> grid = new ArrayList<>();
        String unterminated = parse(text, delimiter(text), grid);
        TableInterpreter interpreter = new TableInterpreter(mapping, false, null);
        interpreter.readTable(grid, true);
        interpreter.requireHeader(grid);
        fileProblems.forEach(interpreter::add); // "not UTF-8, read as Windows-1250" is a remark: the text was read
        if (unterminated != null) {
            interpreter.problem(grid.size(), null, unterminated);
        }
        return interpreter.result();
    }

    /** The delimiter that occurs most often in the first record outside quotes (ties: ';' over ',' over tab). */
    static char delimiter(CharSequence text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons >= commas && semicolons >= tabs && semicolons > 0) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /**
     * Splits RFC 4180 records into rows (record numbers from 1).
     *
     * @return a problem text when a quoted field is never closed, else null
     */
    static String parse(String text, char delimiter, List<GridRow> rows) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.length() == 0) {
                quoted = true;
                any = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                rows.add(new GridRow(rows.size() + 1, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
            i++;
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new GridRow(rows.size() + 1, List.copyOf(fields)));
        }
        return quoted ? "a quoted field is not closed before the end of the file" : null;
    }
}
