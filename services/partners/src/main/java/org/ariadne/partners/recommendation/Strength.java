package org.ariadne.partners.recommendation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How strongly a recommendation is put: GRETA "urges" (most urgent), "considers" (should), "invites" (could); the TIP
 * report's "prioritized recommendations".
 */
public enum Strength {
    URGE, CONSIDER, INVITE, PRIORITIZED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Strength> of(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.code().equals(code.strip())).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Strength::code).toList());
    }
}
