package org.ariadne.plans.importing.office;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ariadne.plans.importing.ImportProblem;

/**
 * Which level each heading row of a document is at, read the way a person reads a printed plan:
 *
 * <ol>
 *   <li>Headings that read alike are one <em>kind</em>: the same label word before the code ("Strateški program 1.1",
 *       "Strateški program 1.2"), else the same code shape and depth ("1." and "2."; "1.1" and "2.3"; "II"), else —
 *       without code or label — the same formatting (outline level, bold, capitals).</li>
 *   <li>A kind's depth is its codes' depth (1 → 1.1 → 1.1.1, a Roman numeral is 1). A kind without codes is one
 *       level below the heading it first follows (consecutive headings nest), or the top when it comes first.</li>
 *   <li>Kinds are ranked by depth into levels 1, 2 …; equally deep kinds are ranked by formatting (an outline level
 *       first, then bold, then capitals), then by which comes first in the document. A labelled and an unlabelled kind
 *       coded alike and equally deep ("Poglavje 1 –", "2 Odkrivanje …") are one level.</li>
 * </ol>
 *
 * A label counts when it recurs on two or more headings or is a known level word; a one-off "Usvojiti 2 zakona" stays
 * a title. What cannot be read this way is said per row: headings without code, label or distinguishing formatting
 * that directly follow one another could be nested or side by side, so their level is not guessed.
 */
final class HeadingLevels {

    /** Words plans print before the codes of their headings, folded; beyond these a label must recur to count. */
    private static final Set<String> KNOWN_LABELS = Set.of("oblast", "strateski program", "program", "programme",
            "poglavlje", "poglavje", "podpoglavje", "chapter", "section", "area", "pillar", "cilj", "strateski cilj",
            "operativni cilj", "specificni cilj", "goal", "objective", "strategic objective", "specific objective",
            "strategic goal", "objektiva strategjike", "objektiva specifike", "objektivi strategjik", "objektivi specifik",
            "shtylla", "podrocje", "razdelek", "mjera", "measure");

    private HeadingLevels() {
    }

    /** Whether plans print this word before the codes of a level ("Strateški program", "Poglavje", "Cilj"). */
    static boolean isKnownLabel(String label) {
        return KNOWN_LABELS.contains(CellText.fold(label));
    }

    /**
     * One heading row.
     *
     * @param row       its row number, for problems
     * @param text      the heading as printed
     * @param follows   the index (in the list given to {@link #infer}) of the heading right before it when nothing but
     *                  blank or header rows lies between them, else -1
     * @param bold      the row is printed bold
     * @param outline   its outline level (1 = top), 0 when the document gives none
     */
    record Candidate(int row, String text, int follows, boolean bold, int outline) {
    }

    /**
     * The outcome.
     *
     * @param levels   the level of each candidate (1 = top), 0 when it cannot be inferred (then with a problem)
     * @param readings each candidate's label, code and title (label and code only where they count)
     * @param names    the level names the headings print, by level from 1 (null where no label names the level)
     * @param problems what could not be inferred, per row
     */
    record Result(int[] levels, List<HeadingText> readings, List<String> names, List<ImportProblem> problems) {
    }

    private static final class Kind {
        final String key;
        final int first;
        final HeadingText sample;
        final Candidate format;
        final Map<Integer, Integer> depths = new HashMap<>();
        double sortDepth = Double.NaN;
        int level;
        boolean ambiguous;

        Kind(String key, int first, HeadingText sample, Candidate format) {
            this.key = key;
            this.first = first;
            this.sample = sample;
            this.format = format;
        }

        boolean coded() {
            return sample.hasCode();
        }

        boolean labelled() {
            return sample.label() != null;
        }

        int typicalDepth() {
            return depths.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(1);
        }
    }

    static Result infer(List<Candidate> headings) {
        int n = headings.size();
        List<HeadingText> readings = new ArrayList<>(n);
        Map<String, Integer> labelCounts = new HashMap<>();
        for (Candidate heading : headings) {
            HeadingText text = HeadingText.parse(heading.text());
            readings.add(text);
            if (text.label() != null) {
                labelCounts.merge(CellText.fold(text.label()), 1, Integer::sum);
            }
        }
        for (int i = 0; i < n; i++) {
            HeadingText text = readings.get(i);
            if (text.label() != null) {
                String label = CellText.fold(text.label());
                if (labelCounts.get(label) < 2 && !KNOWN_LABELS.contains(label)) {
                    // not a label after all: the words and the number are the title
                    readings.set(i, new HeadingText(null, null, HeadingText.Shape.NONE, 0,
                            headings.get(i).text().strip().replaceAll("\\s+", " ")));
                }
            }
        }

        Map<String, Kind> kinds = new LinkedHashMap<>();
        Kind[] kindOf = new Kind[n];
        for (int i = 0; i < n; i++) {
            Candidate heading = headings.get(i);
            HeadingText text = readings.get(i);
            String key = kindKey(heading, text);
            final int index = i;
            Kind kind = kinds.computeIfAbsent(key, k -> new Kind(k, index, text, heading));
            if (text.hasCode()) {
                kind.depths.merge(text.depth(), 1, Integer::sum);
            }
            kindOf[i] = kind;
        }
        for (Kind kind : kinds.values()) {
            if (kind.coded()) {
                kind.sortDepth = kind.typicalDepth();
            }
        }
        // kinds without codes: below the heading they first follow, or at the top when nothing comes before them
        for (int i = 0; i < n; i++) {
            Kind kind = kindOf[i];
            if (!Double.isNaN(kind.sortDepth)) {
                continue;
            }
            int before = i - 1;
            kind.sortDepth = before < 0 ? 0.5 : kindOf[before].sortDepth + 0.5;
        }
        // a kind without codes that directly follows itself: nested or side by side cannot be told
        for (int i = 0; i < n; i++) {
            int previous = headings.get(i).follows();
            if (previous >= 0 && kindOf[previous] == kindOf[i] && !kindOf[i].coded()) {
                kindOf[i].ambiguous = true;
            }
        }

        List<Kind> ranked = new ArrayList<>(kinds.values());
        ranked.sort(Comparator.<Kind>comparingDouble(k -> k.sortDepth)
                .thenComparingInt(k -> k.format.outline() == 0 ? Integer.MAX_VALUE : k.format.outline())
                .thenComparing(k -> !k.format.bold())
                .thenComparing(k -> !CellText.isCapitals(k.sample.title()))
                .thenComparingInt(k -> k.first));
        List<String> names = new ArrayList<>();
        List<List<Kind>> levels = new ArrayList<>();
        for (Kind kind : ranked) {
            List<Kind> current = levels.isEmpty() ? null : levels.get(levels.size() - 1);
            if (current != null && sameLevel(current, kind)) {
                current.add(kind);
            } else {
                current = new ArrayList<>(List.of(kind));
                levels.add(current);
                names.add(null);
            }
            kind.level = levels.size();
            if (kind.labelled() && names.get(kind.level - 1) == null) {
                names.set(kind.level - 1, kind.sample.label());
            }
        }

        int[] result = new int[n];
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Kind kind = kindOf[i];
            if (kind.ambiguous) {
                problems.add(new ImportProblem(headings.get(i).row(), null, "the level of the heading \""
                        + shorten(headings.get(i).text()) + "\" cannot be inferred: it has no code, no label word and no "
                        + "formatting that sets it apart from the headings it directly follows, so it could be inside them "
                        + "or next to them; print codes (1, 1.1 …), a level column, or give the levels distinct "
                        + "formatting", null));
                continue;
            }
            result[i] = kind.level;
        }
        return new Result(result, readings, names, problems);
    }

    /** Kinds coded alike and equally deep are one level, unless two of them print different labels. */
    private static boolean sameLevel(List<Kind> level, Kind kind) {
        Set<String> labels = new HashSet<>();
        for (Kind other : level) {
            if (!other.coded() || !kind.coded() || other.sortDepth != kind.sortDepth
                    || other.sample.shape() != kind.sample.shape()) {
                return false;
            }
            if (other.labelled()) {
                labels.add(other.key);
            }
        }
        return !kind.labelled() || labels.isEmpty() || labels.contains(kind.key);
    }

    private static String kindKey(Candidate heading, HeadingText text) {
        if (text.label() != null) {
            return "label:" + CellText.fold(text.label());
        }
        if (text.hasCode()) {
            return text.shape() == HeadingText.Shape.ROMAN ? "roman" : text.shape() + ":" + text.depth();
        }
        return "style:" + heading.outline() + ":" + heading.bold() + ":" + CellText.isCapitals(text.title());
    }

    static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
