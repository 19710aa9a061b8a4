package org.ariadne.identity.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where invitations are kept ({@code platform__registry.invitations}). */
public interface InvitationRepository {

    /** Stores a new invitation with the token its mail still has to carry (forgotten once the mail is sent). */
    void insert(Invitation invitation, String token);

    Optional<Invitation> find(String id);

    /** The latest invitations of a user, newest first. */
    List<Invitation> ofUser(String username);

    /** Revokes the user's unused invitations of a purpose (a new one replaces them). */
    void revokeUnused(String username, InvitationPurpose purpose, Instant now);

    /** Marks the invitation used if it still is usable at {@code now}; false when it was used, revoked or expired. */
    boolean use(String id, Instant now);

    /** Removes every invitation sent for a tenant (offboarding). */
    long removeForTenant(String tenant);

    /** A mail that is due: claimed for this sender until {@code leaseUntil}, with the token its link needs. */
    record PendingMail(Invitation invitation, String token) {
    }

    Optional<PendingMail> claimPendingMail(Instant now, Instant leaseUntil);

    void mailSent(String id, Instant at);

    /** A failed attempt; after {@code maxAttempts} the mail is given up ({@code failed}). */
    void mailFailed(String id, String error, int maxAttempts);

    void mailNotConfigured(String id);
}
