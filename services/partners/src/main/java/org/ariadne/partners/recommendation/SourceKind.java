package org.ariadne.partners.recommendation;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where recommendations come from: a GRETA evaluation report (by round), a recommendation of the Committee of the
 * Parties, the US State Department's Trafficking in Persons report (by year), or an EU report.
 */
public enum SourceKind {
    GRETA_REPORT, COP_RECOMMENDATION, TIP_REPORT, EU_REPORT;

    public static Optional<SourceKind> of(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.name().equals(code.strip())).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }

    /** The strengths a source of this kind uses: GRETA's verbs, or TIP's prioritized recommendations. */
    public boolean allows(Strength strength) {
        return strength == null || (this == TIP_REPORT) == (strength == Strength.PRIORITIZED);
    }
}
