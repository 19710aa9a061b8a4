package org.ariadne.partners.institution;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a printed name relates to the institution it names. An {@code acronym} is matched only as a whole,
 * case-sensitive token; every other kind by its folded name key. A {@code generic} alias names no institution: it
 * marks a printed phrase ("nevladine organizacije", "Donatorét") as a generic mention, so it never waits for review.
 */
public enum AliasKind {
    NAME, ACRONYM, VARIANT, TYPO, OCR, TRUNCATED, TRANSLATION, GENERIC;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AliasKind> of(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.code().equals(code.strip())).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(AliasKind::code).toList());
    }
}
