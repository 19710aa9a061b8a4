package org.ariadne.identity.invitation;

import java.time.Duration;

/** Why a person gets a one-time link, and how long it stays valid. */
public enum InvitationPurpose {
    /** A new user (an onboarded tenant's first coordinator, a focal point, a viewer) sets a first password. */
    WELCOME("welcome", Duration.ofDays(7)),
    /** A user whose coordinator (or a platform admin) asked for a password reset sets a new one. */
    PASSWORD_RESET("password-reset", Duration.ofHours(24));

    private final String wire;
    private final Duration validFor;

    InvitationPurpose(String wire, Duration validFor) {
        this.wire = wire;
        this.validFor = validFor;
    }

    public String wire() {
        return wire;
    }

    public Duration validFor() {
        return validFor;
    }

    public static InvitationPurpose of(String wire) {
        for (InvitationPurpose purpose : values()) {
            if (purpose.wire.equals(wire)) {
                return purpose;
            }
        }
        throw new IllegalArgumentException("Unknown invitation purpose " + wire);
    }
}
