package org.ariadne.identity.people;

import java.time.Instant;
import java.util.List;

/**
 * A member of a tenant as the people API shows them: the membership in that tenant, whether the person has set a
 * password yet, and the state of the latest link sent to them ({@code lastLink}: purpose, mail status, expiry, used).
 */
public record Person(String username, String displayName, String email, List<String> roles, String institution,
        String institutionId, boolean active, boolean passwordSet, LinkState lastLink) {

    public record LinkState(String purpose, String mailStatus, Instant expiresAt, Instant usedAt) {
    }
}
