package org.ariadne.funding.importing;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a budget annex from XLSX (the first sheet) or CSV (UTF-8; comma or semicolon, quotes as in RFC 4180) into
 * text cells, as printed: amounts keep their formatting ("45.000,00 €"), so the annex reads the same from either.
 * Bounded: at most {@link #MAX_ROWS} rows and {@link #MAX_COLUMNS} columns; a zip bomb disguised as XLSX is refused by
 * POI's inflation limits.
 */
public final class AnnexFiles {

    public static final int MAX_ROWS = 5_000;
    public static final int MAX_COLUMNS = 40;

    private AnnexFiles() {
    }

    /** Thrown when the file is not readable as the format it claims. */
    public static final class UnreadableFile extends RuntimeException {
        public UnreadableFile(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static AnnexTable xlsx(byte[] file) {
        ZipSecureFile.setMinInflateRatio(0.01);
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableFile("the workbook has no sheet", null);
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                    }
                }
                rows.add(cells);
            }
            return table(rows, sheet.getLastRowNum() + 1);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFile unreadable) {
                throw unreadable;
            }
            throw new UnreadableFile("the file is not a readable XLSX workbook (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    public static AnnexTable csv(byte[] file) {
        List<List<String>> rows = new ArrayList<>();
        int lines = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(file),
                StandardCharsets.UTF_8))) {
            String line;
            Character separator = null;
            while ((line = reader.readLine()) != null) {
                lines++;
                if (lines > MAX_ROWS + 1) {
                    break;
                }
                if (lines == 1) {
                    line = line.replace("\uFEFF", "");
                    separator = line.chars().filter(ch -> ch == ';').count() > line.chars().filter(ch -> ch == ',').count()
                            ? ';' : ',';
                }
                rows.add(split(line, separator));
            }
        } catch (IOException e) {
            throw new UnreadableFile("the file is not readable as UTF-8 CSV", e);
        }
        return table(rows, lines);
    }

    private static AnnexTable table(List<List<String>> rows, int total) {
        if (total > MAX_ROWS + 1) {
            throw new UnreadableFile("the annex has " + total + " rows; at most " + MAX_ROWS + " are read", null);
        }
        if (rows.isEmpty()) {
            throw new UnreadableFile("the file is empty: the first row must name the columns", null);
        }
        List<AnnexTable.Row> data = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).stream().anyMatch(c -> !c.isBlank())) {
                data.add(new AnnexTable.Row(i + 1, rows.get(i)));
            }
        }
        return new AnnexTable(rows.get(0), data);
    }

    /** One CSV line: separator-split, double quotes around cells, "" inside quotes for a quote. */
    static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == separator) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
            if (cells.size() > MAX_COLUMNS) {
                break;
            }
        }
        cells.add(cell.toString().strip());
        return cells.size() > MAX_COLUMNS ? cells.subList(0, MAX_COLUMNS) : cells;
    }
}
