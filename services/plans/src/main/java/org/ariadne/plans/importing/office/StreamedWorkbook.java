package org.ariadne.plans.importing.office;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XLSX workbook read with POI's streaming (SAX) API instead of its object model, which keeps every cell of every
 * sheet as XML beans (a 10,000-activity export took most of a gigabyte). The workbook part gives the sheets in order
 * with their visibility; a sheet asked for is read once, as a pass over its XML, into the texts of its cells as
 * {@link DataFormatter} shows them (formula cells by their cached value), each cell's number and whether its format is
 * a date, whether its font is bold, and the merged regions — only what the reader looks at, and only the first rows
 * and columns it reads at all.
 */
final class StreamedWorkbook {

    /** A sheet of the workbook, in the workbook's order. */
    record SheetRef(String name, String relationId, boolean visible) {
    }

    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final List<SheetRef> sheets;
    private final DataFormatter formatter = new DataFormatter();
    private final Map<Integer, Style> styleCache = new HashMap<>();

    private StreamedWorkbook(XSSFReader reader, ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904,
            List<SheetRef> sheets) {
        this.reader = reader;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.sheets = sheets;
    }

    static StreamedWorkbook open(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
        requireWorkbook(pkg);
        XSSFReader reader = new XSSFReader(pkg);
        WorkbookHandler workbook = new WorkbookHandler();
        try (InputStream in = reader.getWorkbookData()) {
            parse(in, workbook);
        }
        // phonetic runs are not part of a cell's text (the object model leaves them out too)
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        return new StreamedWorkbook(reader, strings, reader.getStylesTable(), workbook.date1904, workbook.sheets);
    }

    /** Any OOXML package has a main part; a workbook's is a spreadsheet (not a Word document, not a presentation). */
    private static void requireWorkbook(OPCPackage pkg) throws OpenXML4JException {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart part = main.size() == 0 ? null : pkg.getPart(main.getRelationship(0));
        String type = part == null ? "nothing" : part.getContentType();
        if (!type.contains("spreadsheetml") && !type.contains("ms-excel")) {
            throw new InvalidFormatException("the package holds no workbook but " + type);
        }
    }

    List<SheetRef> sheets() {
        return sheets;
    }

    /** The sheet of that name, compared without case as Excel does; null when there is none. */
    SheetRef sheet(String name) {
        return sheets.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    /**
     * The cells of the first {@code maxRows} rows and {@code maxColumns} columns, and those rows' extent; the number of
     * rows is counted whole.
     */
    Cells read(SheetRef sheet, int maxRows, int maxColumns) throws IOException, OpenXML4JException, SAXException {
        SheetHandler handler = new SheetHandler(sheet.name(), maxRows, maxColumns);
        try (InputStream in = reader.getSheet(sheet.relationId())) {
            parse(in, handler);
        }
        return handler.cells;
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        XMLReader xml;
        try {
            xml = XMLHelper.newXMLReader(); // no DTDs, no external entities
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new SAXException(e);
        }
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
    }

    /** What a cell's style says that the reader uses. */
    private record Style(int formatIndex, String formatString, boolean bold) {
    }

    private Style style(int index) {
        return styleCache.computeIfAbsent(index, i -> {
            XSSFCellStyle style = styles == null || styles.getNumCellStyles() == 0 ? null
                    : styles.getStyleAt(i < styles.getNumCellStyles() ? i : 0);
            if (style == null) {
                return new Style(0, "General", false);
            }
            String format = style.getDataFormatString();
            return new Style(style.getDataFormat(), format == null ? BuiltinFormats.getBuiltinFormat(style.getDataFormat()) : format,
                    style.getFont() != null && style.getFont().getBold());
        });
    }

    /** One cell: its text as shown, its number when it holds one, whether its format shows a date, whether it is bold. */
    record Cell(String text, Double number, boolean dateFormatted, boolean bold) {
    }

    /** A sheet's cells by row and column, its extent, and its merged regions in the order the sheet lists them. */
    static final class Cells {
        private final String name;
        private final Map<Integer, Map<Integer, Cell>> rows = new HashMap<>();
        private final Map<Integer, Integer> lastCellNum = new HashMap<>();
        private final List<CellRangeAddress> mergedRegions = new ArrayList<>();
        private int lastRowNum = -1;

        private Cells(String name) {
            this.name = name;
        }

        String name() {
            return name;
        }

        /** The index of the last row the sheet has (-1 when none). */
        int lastRowNum() {
            return lastRowNum;
        }

        boolean hasRow(int r) {
            return lastCellNum.containsKey(r);
        }

        /** One more than the index of the row's last cell, -1 for a row without cells or no row. */
        int lastCellNum(int r) {
            return lastCellNum.getOrDefault(r, -1);
        }

        Cell cell(int r, int c) {
            Map<Integer, Cell> row = rows.get(r);
            return row == null ? null : row.get(c);
        }

        /** The cell's text as shown, "" for a cell that does not exist. */
        String text(int r, int c) {
            Cell cell = cell(r, c);
            return cell == null ? "" : cell.text();
        }

        List<CellRangeAddress> mergedRegions() {
            return mergedRegions;
        }
    }

    /** workbook.xml: the sheets with their relation ids and visibility, and the 1904 date system. */
    private static final class WorkbookHandler extends DefaultHandler {
        final List<SheetRef> sheets = new ArrayList<>();
        boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = localName(localName, qName);
            if (name.equals("sheet")) {
                String state = attributes.getValue("state");
                sheets.add(new SheetRef(attributes.getValue("name"), relationId(attributes),
                        state == null || state.equals("visible")));
            } else if (name.equals("workbookPr")) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            }
        }

        private static String relationId(Attributes attributes) {
            for (int i = 0; i < attributes.getLength(); i++) {
                if (localName(attributes.getLocalName(i), attributes.getQName(i)).equals("id")) {
                    return attributes.getValue(i);
                }
            }
            return null;
        }
    }

    /** One pass over a sheet's XML: rows, cells with their values and styles, merged regions. */
    private final class SheetHandler extends DefaultHandler {
        final Cells cells;
        private final int maxRows;
        private final int maxColumns;
        private int row = -1;
        private int column = -1;
        private String type;
        private int styleIndex;
        private boolean keep;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private boolean inValue;
        private boolean inInlineText;
        private int phonetic;

        SheetHandler(String name, int maxRows, int maxColumns) {
            this.cells = new Cells(name);
            this.maxRows = maxRows;
            this.maxColumns = maxColumns;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName(localName, qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                    column = -1;
                    cells.lastRowNum = Math.max(cells.lastRowNum, row);
                    if (row < maxRows) {
                        cells.lastCellNum.putIfAbsent(row, -1);
                    }
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    if (row < maxRows) {
                        cells.lastCellNum.merge(row, column + 1, Math::max);
                    }
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    styleIndex = s == null ? 0 : Integer.parseInt(s);
                    keep = row < maxRows && column < maxColumns;
                    value.setLength(0);
                    inline.setLength(0);
                }
                case "v" -> inValue = true;
                case "rPh" -> phonetic++;
                case "t" -> inInlineText = "inlineStr".equals(type) && phonetic == 0;
                case "mergeCell" -> {
                    String ref = attributes.getValue("ref");
                    if (ref != null) {
                        cells.mergedRegions.add(CellRangeAddress.valueOf(ref));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!keep) {
                return;
            }
            if (inValue) {
                value.append(ch, start, length);
            } else if (inInlineText) {
                inline.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName(localName, qName)) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "rPh" -> phonetic--;
                case "c" -> {
                    if (keep) {
                        cells.rows.computeIfAbsent(row, r -> new HashMap<>()).put(column, cell());
                    }
                    keep = false;
                }
                default -> {
                }
            }
        }

        /** The cell as the object model's DataFormatter shows it (formula cells by their cached value). */
        private Cell cell() {
            Style style = style(styleIndex);
            String raw = value.toString();
            if (type == null || type.equals("n")) {
                if (raw.isEmpty()) {
                    return new Cell("", null, false, style.bold());
                }
                double number = Double.parseDouble(raw);
                boolean date = DateUtil.isADateFormat(style.formatIndex(), style.formatString())
                        && DateUtil.isValidExcelDate(number);
                return new Cell(formatter.formatRawCellContents(number, style.formatIndex(), style.formatString(), date1904),
                        number, date, style.bold());
            }
            String text = switch (type) {
                case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                case "inlineStr" -> new XSSFRichTextString(inline.toString()).getString();
                case "str" -> new XSSFRichTextString(raw).getString();
                case "b" -> raw.isEmpty() ? "" : "1".equals(raw.strip()) || "true".equalsIgnoreCase(raw.strip()) ? "TRUE" : "FALSE";
                default -> raw; // "e": the error as Excel shows it (#DIV/0!); "d": an ISO date as written
            };
            return new Cell(text, null, false, style.bold());
        }
    }

    private static String localName(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** The local date of a date cell, as the object model's {@code getLocalDateTimeCellValue} gives it. */
    java.time.LocalDate date(Cell cell) {
        return DateUtil.getLocalDateTime(cell.number(), date1904).toLocalDate();
    }
}
