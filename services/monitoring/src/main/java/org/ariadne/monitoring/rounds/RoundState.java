package org.ariadne.monitoring.rounds;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A round is open until it is frozen into an immutable snapshot. */
public enum RoundState {
    OPEN, FROZEN;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RoundState of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
