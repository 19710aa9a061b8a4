package org.ariadne.monitoring.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ariadne.monitoring.reports.ReportContent;

/** The report as an editable Word document (Apache POI XWPF): real headings, real tables. */
final class DocxRenderer {

    private DocxRenderer() {
    }

    static byte[] render(ReportContent content, Runnable progressTick) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < content.cover().size(); i++) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.CENTER);
                XWPFRun run = p.createRun();
                run.setText(content.cover().get(i));
                run.setBold(i < 2);
                run.setFontSize(i == 0 ? 16 : 12);
            }
            doc.createParagraph().setPageBreak(true);
            heading(doc, content.legalBasisHeading(), 14);
            paragraph(doc, content.legalBasis() == null ? "" : content.legalBasis());
            heading(doc, content.tablesHeading(), 14);
            for (ReportContent.Section section : content.sections()) {
                heading(doc, section.heading(), section.level() <= 1 ? 13 : 11);
                if (!section.rows().isEmpty()) {
                    table(doc, content.columns(), section.rows());
                }
                progressTick.run();
            }
            heading(doc, content.conclusionHeading(), 14);
            for (String sentence : content.conclusion()) {
                paragraph(doc, sentence);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, List<String> columns, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, columns.size());
        table.setWidth("100%");
        fill(table.getRow(0), columns, true);
        for (int r = 0; r < rows.size(); r++) {
            fill(table.getRow(r + 1), rows.get(r), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            XWPFRun run = p.createRun();
            run.setText(clean(cells.get(c)));
            run.setBold(bold);
            run.setFontSize(9);
        }
    }

    private static void heading(XWPFDocument doc, String text, int size) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setText(clean(text));
        run.setBold(true);
        run.setFontSize(size);
    }

    private static void paragraph(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(clean(text));
    }

    /** XML 1.0 cannot hold most control characters; printed texts sometimes carry them. */
    static String clean(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            b.append(ch < 0x20 && ch != '\t' ? ' ' : ch);
        }
        return b.toString();
    }
}
