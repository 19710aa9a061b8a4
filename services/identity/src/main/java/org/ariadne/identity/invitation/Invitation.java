package org.ariadne.identity.invitation;

import java.time.Instant;

/**
 * A one-time link sent to a person by e-mail: to set a first password ({@link InvitationPurpose#WELCOME}) or a new one
 * ({@link InvitationPurpose#PASSWORD_RESET}). Only the SHA-256 of the link's token is kept ({@code id}); the link is
 * single use and expires. {@code tenant} is the tenant it was sent for (its language words the mail); {@code mailStatus}
 * is {@code pending}, {@code sent}, {@code failed} or {@code not-configured} (no SMTP server set up).
 */
public record Invitation(String id, String username, String email, String displayName, InvitationPurpose purpose,
        String tenant, String language, String invitedBy, Instant createdAt, Instant expiresAt, Instant usedAt,
        Instant revokedAt, String mailStatus) {

    public boolean usableAt(Instant now) {
        return usedAt == null && revokedAt == null && expiresAt.isAfter(now);
    }
}
