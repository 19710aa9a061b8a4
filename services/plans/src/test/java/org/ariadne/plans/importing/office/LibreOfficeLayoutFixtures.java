package org.ariadne.plans.importing.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Makes the LibreOffice fixtures of {@link ImportLayoutsTest}: every {@link SeedLayouts} case as HTML, converted by
 * LibreOffice ({@code soffice --headless}) to DOCX (Writer) and XLSX (Calc), into
 * src/test/resources/import-layouts/libreoffice. The build never needs LibreOffice; this runs only on request:
 *
 * <pre>
 * apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui
 * ./mvnw -pl services/plans -am test -Dtest=LibreOfficeLayoutFixtures -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dregenerate.libreoffice.fixtures=true
 * </pre>
 *
 * The HTML stays in target/import-layouts-html for a look in a browser.
 */
@EnabledIfSystemProperty(named = "regenerate.libreoffice.fixtures", matches = "true")
class LibreOfficeLayoutFixtures {

    static final Path FIXTURES = Path.of("src/test/resources/import-layouts/libreoffice");

    @Test
    void regenerate() throws Exception {
        Path html = Files.createDirectories(Path.of("target/import-layouts-html"));
        Path converted = Files.createDirectories(Path.of("target/import-layouts-converted"));
        Files.createDirectories(FIXTURES);
        for (SeedLayouts.Case layout : SeedLayouts.cases()) {
            Path source = html.resolve(layout.name() + ".html");
            Files.writeString(source, layout.document().html(), StandardCharsets.UTF_8);
            soffice(List.of("--convert-to", "docx:MS Word 2007 XML", "--outdir", converted.toString(), source.toString()));
            soffice(List.of("--infilter=HTML (StarCalc)", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
                    converted.toString(), source.toString()));
            for (String format : List.of("docx", "xlsx")) {
                Path file = converted.resolve(layout.name() + "." + format);
                assertThat(file).exists();
                Files.copy(file, FIXTURES.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void soffice(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("soffice", "--headless", "--norestore"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
    }
}
