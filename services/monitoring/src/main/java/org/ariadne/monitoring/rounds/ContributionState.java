package org.ariadne.monitoring.rounds;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a contribution stands: requested → draft → submitted → (returned → …) → accepted. */
public enum ContributionState {
    REQUESTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    /** The institution may still work on it (reminders go to contributions in these states). */
    public boolean isOpen() {
        return this == REQUESTED || this == DRAFT || this == RETURNED;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ContributionState of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
