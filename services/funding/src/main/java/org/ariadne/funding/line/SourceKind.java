package org.ariadne.funding.line;

import java.util.Arrays;
import java.util.Optional;

/** Where a line's money comes from. The wire name is the lower-case constant ({@code eu_fund}). */
public enum SourceKind {
    STATE_BUDGET,
    ENTITY_BUDGET,
    CANTONAL_BUDGET,
    EU_FUND,
    DONOR,
    /** "Donations", the donor not named: counted as money, shown to no donor. */
    DONATIONS_UNSPECIFIED,
    /** "No additional funds needed": a line that states it needs no money of its own. */
    NONE_REQUIRED,
    OTHER;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<SourceKind> fromWire(String value) {
        return Arrays.stream(values()).filter(k -> k.wire().equals(value)).findFirst();
    }

    /** External money (EU funds, donors) as opposed to the tenant's own budgets. */
    public boolean isExternal() {
        return this == EU_FUND || this == DONOR || this == DONATIONS_UNSPECIFIED;
    }
}
