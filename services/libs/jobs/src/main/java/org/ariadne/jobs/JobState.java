package org.ariadne.jobs;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a job stands; {@code succeeded} and {@code failed} are final. */
public enum JobState {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED;
    }

    static JobState of(String wire) {
        return valueOf(wire.toUpperCase(java.util.Locale.ROOT));
    }
}
