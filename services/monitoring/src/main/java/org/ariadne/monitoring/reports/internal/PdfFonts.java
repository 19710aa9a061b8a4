package org.ariadne.monitoring.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The report's fonts, read from disk and parsed once per service instead of once per document (issue 13.6). Each PDF
 * still embeds its own subset — PDFBox subsets a font per document — but from a font parsed already. A parsed
 * TrueType font is not safe to share between documents rendered at the same time, so each document borrows one and
 * gives it back; there are never more parsed copies than reports were rendered at once.
 * <p>
 * The faces: the configured regular and bold files (DejaVu Sans where the machine has it); without them the Liberation
 * Sans inside PDFBox (the same letters, no bold); without that either, none (the renderer falls back to Helvetica).
 */
final class PdfFonts {

    private static final String BUNDLED_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final Face regular;
    private final Face bold;

    private PdfFonts(Face regular, Face bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The faces among {@code candidates} (a file with "bold" in its name is the bold one), read now. */
    static PdfFonts of(List<Path> candidates) {
        byte[] regular = read(candidates, false);
        byte[] bold = read(candidates, true);
        if (regular == null) {
            try (InputStream bundled = PDFont.class.getResourceAsStream(BUNDLED_FONT)) {
                regular = bundled == null ? null : bundled.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new PdfFonts(regular == null ? null : new Face(regular), bold == null ? null : new Face(bold));
    }

    /** Parsed fonts for one document, given back when it is written. */
    Lease lease() {
        return new Lease(regular == null ? null : regular.borrow(), bold == null ? null : bold.borrow());
    }

    final class Lease implements AutoCloseable {
        private final TrueTypeFont regularFont;
        private final TrueTypeFont boldFont;

        private Lease(TrueTypeFont regularFont, TrueTypeFont boldFont) {
            this.regularFont = regularFont;
            this.boldFont = boldFont;
        }

        /** The regular face; null when there is none (Helvetica then). */
        TrueTypeFont regular() {
            return regularFont;
        }

        /** The bold face; null when there is none (the regular one stands in). */
        TrueTypeFont bold() {
            return boldFont;
        }

        @Override
        public void close() {
            if (regularFont != null) {
                regular.giveBack(regularFont);
            }
            if (boldFont != null) {
                bold.giveBack(boldFont);
            }
        }
    }

    /** One font file: its bytes, and the parsed copies not lent to a document right now. */
    private static final class Face {
        private final byte[] data;
        private final Queue<TrueTypeFont> idle = new ConcurrentLinkedQueue<>();

        Face(byte[] data) {
            this.data = data;
        }

        TrueTypeFont borrow() {
            TrueTypeFont font = idle.poll();
            if (font != null) {
                return font;
            }
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(data));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void giveBack(TrueTypeFont font) {
            idle.offer(font);
        }
    }

    private static byte[] read(List<Path> candidates, boolean wantBold) {
        for (Path path : candidates) {
            boolean isBold = path.getFileName().toString().toLowerCase().contains("bold");
            if (isBold == wantBold && Files.isRegularFile(path)) {
                try {
                    return Files.readAllBytes(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return null;
    }
}
