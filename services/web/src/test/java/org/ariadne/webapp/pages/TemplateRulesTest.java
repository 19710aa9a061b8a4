package org.ariadne.webapp.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules every template keeps that rendering a page with an empty list cannot show. Thymeleaf runs {@code th:replace}
 * and {@code th:insert} before {@code th:each} on the same element, so such a fragment is rendered once with the loop
 * variable null: the page breaks as soon as the list has an item (ba-04's dashboard did with the seed round's checks).
 */
class TemplateRulesTest {

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");

    @Test
    void noElementIteratesAndReplacesItselfAtOnce() throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher tag = TAG.matcher(Files.readString(file));
                while (tag.find()) {
                    String text = tag.group();
                    if (text.contains("th:each=") && (text.contains("th:replace=") || text.contains("th:insert="))) {
                        offending.add(file.getFileName() + ": " + text);
                    }
                }
            }
        }
        assertThat(offending).as("wrap the fragment in <th:block th:each=…>").isEmpty();
    }
}
