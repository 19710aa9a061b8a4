package org.ariadne.webapp.admin;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Step one of an offboarding as identity answered it: the phrase the administrator must type, the one-time token and
 * until when both are valid (15 minutes). Kept in the session so that step two can be offered only while time remains.
 */
public record Offboarding(String tenant, String phrase, String token, String expiresAt) implements Serializable {

    public boolean stillValid(Instant now) {
        try {
            return expiresAt != null && Instant.parse(expiresAt).isAfter(now);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The phrase typed must be the one identity gave, except for spaces around it. */
    public boolean typedCorrectly(String typed) {
        return typed != null && typed.strip().equals(phrase);
    }
}
