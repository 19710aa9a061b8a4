package org.ariadne.plans.importing.office;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a heading prints: an optional label word ("Strateški program", "Objektiva specifike", "Poglavje", "Cilj"), a
 * code ("1", "1.1", "II", "A.1") and the title. "Strateški program 1.1 Usvojiti …" → label "Strateški program",
 * code "1.1", depth 2, title "Usvojiti …"; "1. SISTEM PODRŠKE" → code "1", depth 1; "II ZAŠTITA" → Roman "II",
 * depth 1; "Objektiva specifike 1.1: …" → label, code "1.1"; text without a code → title only.
 *
 * @param label what stands before the code, as printed (null when nothing does)
 * @param code  the code as printed, without a trailing dot (null when there is none)
 * @param shape how the code is written
 * @param depth how deep the code alone places the heading: the number of its parts ("1.1" → 2); Roman 1; 0 without code
 * @param title the rest, without separators
 */
record HeadingText(String label, String code, Shape shape, int depth, String title) {

    /** How a code is written; headings coded the same way and equally deep belong to the same level. */
    enum Shape { NONE, NUMBER, ROMAN, LETTER }

    private static final String NUMBER = "\\d{1,3}(?:\\.\\d{1,3})*";
    private static final String ROMAN = "[IVXL]{1,7}";
    private static final String LETTER = "[A-Z](?:\\.\\d{1,3})*";
    /** One to four words of letters: the label a plan prints before the code of each heading of a level. */
    private static final String LABEL = "\\p{L}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{L}[\\p{L}\\p{M}'’-]*){0,3}";
    private static final Pattern CODED = Pattern.compile("^(?:(" + LABEL + ")\\s+)?(" + NUMBER + "|" + ROMAN + "|"
            + LETTER + ")(\\.?)(?:(\\s*[:.)–—-]\\s*|\\s+)(.*))?$", Pattern.DOTALL);
    private static final Pattern VALID_ROMAN = Pattern.compile("^(XL|L?X{0,3})(IX|IV|V?I{0,3})$");

    static HeadingText parse(String printed) {
        String text = printed == null ? "" : printed.strip().replaceAll("\\s+", " ");
        Matcher m = CODED.matcher(text);
        if (!m.matches()) {
            return new HeadingText(null, null, Shape.NONE, 0, text);
        }
        String label = m.group(1);
        String code = m.group(2);
        boolean dotted = !m.group(3).isEmpty();
        String separator = m.group(4);
        String title = m.group(5) == null ? "" : m.group(5).strip();
        Shape shape = shapeOf(code);
        boolean separated = dotted || separator != null && !separator.isBlank();
        if (shape == null
                // a bare letter or Roman numeral is only a code when punctuation or a capitalised title follows it:
                // "V letu 2023" and "A little" are titles
                || (shape == Shape.LETTER && !dotted && !code.contains("."))
                || (shape == Shape.ROMAN && !separated && !startsCapitalised(title))
                || (separator == null && !title.isEmpty())) {
            return new HeadingText(null, null, Shape.NONE, 0, text);
        }
        int depth = shape == Shape.ROMAN ? 1 : code.split("\\.").length;
        return new HeadingText(label == null ? null : label.strip(), code, shape, depth, title);
    }

    private static Shape shapeOf(String code) {
        if (code.matches(NUMBER)) {
            return Shape.NUMBER;
        }
        if (code.matches(ROMAN)) {
            return VALID_ROMAN.matcher(code).matches() ? Shape.ROMAN : null;
        }
        return code.matches(LETTER) ? Shape.LETTER : null;
    }

    private static boolean startsCapitalised(String title) {
        return !title.isEmpty() && Character.isUpperCase(title.codePointAt(0));
    }

    boolean hasCode() {
        return code != null;
    }

    /** A code at the start, or after a word plans use for their levels ("Poglavje 3"); not a caption ("Tabela 1"). */
    boolean printsLevelCode() {
        return code != null && (label == null || HeadingLevels.isKnownLabel(label));
    }

    /** The title, or the code when the heading prints nothing else ("Objektiva strategjike 1"). */
    String titleOrWhole(String printed) {
        return title.isEmpty() ? printed.strip().replaceAll("\\s+", " ") : title;
    }
}
