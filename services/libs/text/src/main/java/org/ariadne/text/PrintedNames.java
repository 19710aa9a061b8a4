package org.ariadne.text;

import java.util.List;
import java.util.StringJoiner;

/**
 * The keys under which printed names are compared. A name key ignores case, diacritics, the seeds' OCR slips
 * ({@link TextFolding}) and punctuation, so "GSV-Kancelarija", "GSV - Kancelarija" and "GSV kancelarija … Ijudima" meet.
 * An acronym key keeps case (an acronym is matched only as a whole, case-sensitive token: "UN" is not "un") and drops
 * only diacritics ("MIZŠ" and "MIZS" meet).
 */
public final class PrintedNames {

    private PrintedNames() {
    }

    /** Folded words joined by single spaces; empty when the text has no letters or digits. */
    public static String nameKey(String printed) {
        return join(Tokens.of(TextFolding.fold(printed)));
    }

    /** The name key of a word already folded (for keys assembled word by word). */
    public static String foldWord(String word) {
        return TextFolding.fold(word);
    }

    /** Words without diacritics, case kept, joined by single spaces. */
    public static String acronymKey(String printed) {
        return join(Tokens.of(TextFolding.foldDiacritics(printed)));
    }

    /** True when the printed text could be an acronym: one or two words, each of at most 8 letters with an upper-case one. */
    public static boolean looksLikeAcronym(String printed) {
        List<Tokens.Token> words = Tokens.of(printed);
        if (words.isEmpty() || words.size() > 2) {
            return false;
        }
        for (Tokens.Token word : words) {
            String w = word.text();
            if (w.length() > 8 || w.chars().noneMatch(Character::isUpperCase)) {
                return false;
            }
        }
        return true;
    }

    private static String join(List<Tokens.Token> tokens) {
        StringJoiner key = new StringJoiner(" ");
        tokens.forEach(t -> key.add(t.text()));
        return key.toString();
    }
}
