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

    public static final int MAX_TITLE = 500;
    public static final int MAX_DOCUMENT_NUMBER = 100;
    public static final int MAX_URL = 2000;
    public static final int MIN_ROUND = 1;
    public static final int MAX_ROUND = 20;
    public static final int MIN_YEAR = 1990;
    public static final int MAX_YEAR = 2100;

    public static RecommendationSource create(String id, SourceKind kind, String title, Integer round, Integer year,
            String documentNumber, String url, String publishedOn, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("/kind", "must be one of " + SourceKind.codes()));
        }
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("/title", "must not be blank"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new FieldProblem("/title", "must be at most " + MAX_TITLE + " characters"));
        }
        if (kind == SourceKind.GRETA_REPORT && round == null) {
            problems.add(new FieldProblem("/round", "a GRETA report belongs to an evaluation round (1, 2, 3, 4 …)"));
        }
        if (round != null && (round < MIN_ROUND || round > MAX_ROUND)) {
            problems.add(new FieldProblem("/round", "must be between " + MIN_ROUND + " and " + MAX_ROUND));
        }
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            problems.add(new FieldProblem("/year", "must be between " + MIN_YEAR + " and " + MAX_YEAR));
        }
        if (documentNumber != null && documentNumber.length() > MAX_DOCUMENT_NUMBER) {
            problems.add(new FieldProblem("/documentNumber", "must be at most " + MAX_DOCUMENT_NUMBER + " characters"));
        }
        if (url != null && (url.length() > MAX_URL || !(url.startsWith("https://") || url.startsWith("http://")))) {
            problems.add(new FieldProblem("/url", "must be an http(s) link of at most " + MAX_URL + " characters"));
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
