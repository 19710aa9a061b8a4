package org.ariadne.funding.line;

import java.util.Arrays;
import java.util.Optional;

/** How sure a year's money is. Only {@link #TO_BE_DETERMINED} has no amount: unknown, never 0. */
public enum AllocationStatus {
    /** Planned (the plan's figure, an indicative budget). IATI budget status 1. */
    INDICATIVE,
    /** In the adopted budget (SI "zagotovljena"). IATI budget status 2 (committed). */
    SECURED,
    /** Named but not quantified ("Iznos će se utvrditi …"). */
    TO_BE_DETERMINED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<AllocationStatus> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(value)).findFirst();
    }
}
