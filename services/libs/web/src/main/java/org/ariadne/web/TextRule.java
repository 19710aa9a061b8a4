package org.ariadne.web;

import java.util.Optional;

/**
 * The one rule for text that comes from outside (JSON string values and keys, query parameters, path segments, lines
 * of imported JSON): well-formed Unicode without control characters. Refused, never stripped: a client that sent an
 * escape sequence or a broken surrogate learns it from a 422 instead of finding its text changed.
 *
 * <p>Refused: the control characters U+0000–U+001F and U+007F–U+009F except tab, line feed and carriage return; a
 * surrogate code unit that is not half of a pair (what {@code "\ud800"} decodes to); the noncharacters U+FFFE and
 * U+FFFF. Everything else, including every script, emoji and the Unicode replacement character, is allowed.
 */
public final class TextRule {

    /** What a refusal tells the client to send instead. */
    public static final String EXPECTED = "send well-formed Unicode text without control characters "
            + "(tab, line feed and carriage return are allowed)";

    private TextRule() {
    }

    /** Why {@code text} is refused ("holds the control character U+001B at position 1 …"), or empty when it is fine. */
    public static Optional<String> violation(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isRefusedControl(c)) {
                return Optional.of(String.format("holds the control character U+%04X at position %d; %s", (int) c, i, EXPECTED));
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(unpaired(c, i));
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(unpaired(c, i));
            }
            if (c == '\uFFFE' || c == '\uFFFF') {
                return Optional.of(String.format("holds the noncharacter U+%04X at position %d; %s", (int) c, i, EXPECTED));
            }
        }
        return Optional.empty();
    }

    public static boolean isAcceptable(String text) {
        return violation(text).isEmpty();
    }

    private static boolean isRefusedControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    private static String unpaired(char c, int position) {
        return String.format("holds half of a surrogate pair (U+%04X) at position %d; %s", (int) c, position, EXPECTED);
    }
}
