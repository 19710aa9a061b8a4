package org.ariadne.monitoring.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.ariadne.monitoring.reports.ReportContent;

/**
 * The report as PDF (Apache PDFBox): a TrueType font with the letters of the tenant's language (č ć ž š đ) is
 * embedded (subset); each activity is a block with its six columns, because wide six-column tables do not fit an
 * A4 page legibly. The fonts come parsed from {@link PdfFonts} (without the configured files, the Liberation Sans
 * inside PDFBox: the same letters, no bold); a character no font has becomes '?'.
 */
final class PdfRenderer {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument doc;

    private final PDFont font;
    private final PDFont bold;
    /** Per font: the regular and the bold font need not have the same letters. */
    private final Map<PDFont, Map<Character, Boolean>> encodable = new HashMap<>();
    /** Per font, the width of each character met so far (in 1/1000 of the font size). */
    private final Map<PDFont, Map<Character, Float>> widths = new HashMap<>();
    private PDPageContentStream stream;
    private float y;

    private PdfRenderer(PDDocument doc, PDFont font, PDFont bold) {
        this.doc = doc;
        this.font = font;
        this.bold = bold;
    }

    static byte[] render(ReportContent content, PdfFonts fonts, Runnable progressTick) {
        try (PdfFonts.Lease faces = fonts.lease(); PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = faces.regular() == null ? new PDType1Font(Standard14Fonts.FontName.HELVETICA)
                    : PDType0Font.load(doc, faces.regular(), true);
            PDFont boldFont = faces.bold() == null ? regular : PDType0Font.load(doc, faces.bold(), true);
            PdfRenderer r = new PdfRenderer(doc, regular, boldFont);
            r.newPage();
            for (int i = 0; i < content.cover().size(); i++) {
                r.text(content.cover().get(i), i == 0 ? 16 : 12, i < 2, 0);
            }
            r.newPage();
            r.text(content.legalBasisHeading(), 14, true, 6);
            r.text(content.legalBasis() == null ? "" : content.legalBasis(), 10, false, 6);
            r.text(content.tablesHeading(), 14, true, 6);
            for (ReportContent.Section section : content.sections()) {
                r.text(section.heading(), section.level() <= 1 ? 13 : 11, true, 4);
                for (List<String> row : section.rows()) {
                    r.text(row.get(0), 9, true, 0);
                    for (int c = 1; c < row.size(); c++) {
                        r.text(content.columns().get(c) + ": " + row.get(c), 9, false, 0);
                    }
                    r.y -= 6;
                }
                progressTick.run();
            }
            r.text(content.conclusionHeading(), 14, true, 6);
            for (String sentence : content.conclusion()) {
                r.text(sentence, 10, false, 4);
            }
            r.stream.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        stream = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void text(String text, float size, boolean isBold, float spaceAfter) throws IOException {
        PDFont f = isBold ? bold : font;
        float leading = size * 1.3f;
        for (String line : wrap(printable(DocxRenderer.clean(text).replace('\t', ' '), f), f, size)) {
            if (y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            stream.beginText();
            stream.setFont(f, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(line);
            stream.endText();
        }
        y -= spaceAfter;
    }

    /** Lines of at most the page's width; a line's width grows word by word. */
    private List<String> wrap(String text, PDFont f, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        float max = WIDTH * 1000 / size;
        float space = width(" ", f);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : text.split(" ")) {
            float wordWidth = width(word, f);
            if (line.length() == 0) {
                line.append(word);
                lineWidth = wordWidth;
            } else if (lineWidth + space + wordWidth <= max) {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
                lineWidth = wordWidth;
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * What {@link PDFont#getStringWidth} answers — the sum of the glyphs' widths, PDFBox applies no kerning — from a
     * width per character read once per document: asking the font encodes the text through its character map each
     * time, which cost more than the rest of the layout. The text is printable already (every character encodable).
     */
    private float width(String text, PDFont f) throws IOException {
        Map<Character, Float> known = widths.computeIfAbsent(f, font -> new HashMap<>());
        float sum = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            Float w = known.get(ch);
            if (w == null) {
                w = f.getStringWidth(String.valueOf(ch));
                known.put(ch, w);
            }
            sum += w;
        }
        return sum;
    }

    /** Replaces the characters the font cannot show, so one odd character never fails the whole report. */
    private String printable(String text, PDFont f) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            Boolean ok = encodable.computeIfAbsent(f, font -> new HashMap<>()).computeIfAbsent(ch, c -> canEncode(f, c));
            b.append(ok ? ch : '?');
        }
        return b.toString();
    }

    private static boolean canEncode(PDFont f, char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        try {
            f.encode(String.valueOf(c));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
