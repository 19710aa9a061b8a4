package org.ariadne.partners.recommendation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.validation.IsoDate;

/**
 * A report whose recommendations the tenant tracks: GRETA's evaluation report of a round (document number such as
 * "GRETA(2017)38"), the TIP report of a year, a Committee of the Parties recommendation, an EU report.
 */
public record RecommendationSource(String id, SourceKind kind, String title, Integer round, Integer year,
        String documentNumber, String url, String publishedOn, Instant createdAt) {

    public static RecommendationSource create(String id, SourceKind kind, String title, Integer round, Integer year,
            String documentNumber, String url, String publishedOn, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("/kind", "must be one of " + SourceKind.codes()));
        }
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("/title", "must not be blank"));
        } else if (title.length() > 500) {
            problems.add(new FieldProblem("/title", "must be at most 500 characters"));
        }
        if (kind == SourceKind.GRETA_REPORT && round == null) {
            problems.add(new FieldProblem("/round", "a GRETA report belongs to an evaluation round (1, 2, 3, 4 …)"));
        }
        if (round != null && (round < 1 || round > 20)) {
            problems.add(new FieldProblem("/round", "must be between 1 and 20"));
        }
        if (year != null && (year < 1990 || year > 2100)) {
            problems.add(new FieldProblem("/year", "must be between 1990 and 2100"));
        }
        if (documentNumber != null && documentNumber.length() > 100) {
            problems.add(new FieldProblem("/documentNumber", "must be at most 100 characters"));
        }
        if (url != null && (url.length() > 2000 || !(url.startsWith("https://") || url.startsWith("http://")))) {
            problems.add(new FieldProblem("/url", "must be an http(s) link of at most 2000 characters"));
        }
        if (publishedOn != null && !IsoDate.Validator.exists(publishedOn)) {
            problems.add(new FieldProblem("/publishedOn", "must be an existing ISO date (yyyy-mm-dd)"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        return new RecommendationSource(id, kind, title.strip(), round, year, documentNumber, url, publishedOn, now);
    }

    /** "GRETA, round 2", "TIP report 2015" … for lists and exports. */
    public String label() {
        return switch (kind) {
            case GRETA_REPORT -> "GRETA, round " + round + (documentNumber == null ? "" : " (" + documentNumber + ")");
            case TIP_REPORT -> "TIP report " + year;
            case COP_RECOMMENDATION -> "Committee of the Parties" + (documentNumber == null ? "" : " (" + documentNumber + ")");
            case EU_REPORT -> "EU" + (year == null ? "" : " " + year) + (documentNumber == null ? "" : " (" + documentNumber + ")");
        };
    }
}
