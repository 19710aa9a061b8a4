package org.ariadne.monitoring.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ariadne.monitoring.reports.ReportContent;
import org.junit.jupiter.api.Test;

/** The PDF keeps the Bosnian letters even on a machine without the configured fonts. */
class PdfRendererTest {

    @Test
    void withoutTheConfiguredFontsTheBundledOneStillPrintsČćđšž() throws IOException {
        ReportContent content = new ReportContent("bs", List.of("Akcioni plan Zeničko-dobojskog kantona", "Izvještaj"),
                "1. Pravni osnov", "Odluka o usvajanju", "2. Tabele",
                List.of("Aktivnost", "Vremenski rok", "Institucija", "Pokazatelj", "Resursi", "Ostvareni rezultati"),
                List.of(new ReportContent.Section(1, "Oblast 1 Prevencija", List.of(List.of("Edukacija službenika",
                        "2022", "MUP ZDK", "Broj obuka", "Budžet", "Održane četiri obuke; đaci i žrtve")))),
                "3. Zaključak", List.of("Procenat izvršenja 89,4%"));

        byte[] pdf = PdfRenderer.render(content, PdfFonts.of(List.of(Path.of("/nonexistent/DejaVuSans.ttf"))), () -> { });

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Zeničko-dobojskog").contains("Održane četiri obuke; đaci i žrtve")
                    .contains("Procenat izvršenja 89,4%").doesNotContain("?");
        }
    }
}
