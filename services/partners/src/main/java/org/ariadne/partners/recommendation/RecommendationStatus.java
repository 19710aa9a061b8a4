package org.ariadne.partners.recommendation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where the tenant stands on a recommendation, in its own assessment (GRETA's is kept apart). */
public enum RecommendationStatus {
    OPEN, IN_PROGRESS, PARTIALLY_IMPLEMENTED, IMPLEMENTED, NOT_IMPLEMENTED, SUPERSEDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RecommendationStatus> of(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.code().equals(code.strip())).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(RecommendationStatus::code).toList());
    }
}
