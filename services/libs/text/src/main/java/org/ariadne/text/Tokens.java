package org.ariadne.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a printed text: maximal runs of letters and digits, each with its place in the text, so a part that
 * matched can be shown exactly as it was printed. Everything else (spaces, dashes, commas, slashes) separates words.
 */
public final class Tokens {

    private Tokens() {
    }

    /** A word and where it stands in the text ({@code end} exclusive). */
    public record Token(String text, int start, int end) {
    }

    public static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && isWordChar(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(new Token(text.substring(start, i), start, i));
                start = -1;
            }
        }
        return tokens;
    }

    /** Letters (any script), digits and combining marks belong to words. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
