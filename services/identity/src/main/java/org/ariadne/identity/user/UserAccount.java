package org.ariadne.identity.user;

import java.util.List;
import java.util.Optional;

/**
 * A person who signs in. {@code passwordHash} is a DelegatingPasswordEncoder hash ({@code {bcrypt}…}) and never leaves
 * identity; it is null while an invited user has not set a password yet (such a user cannot sign in).
 * {@code platformAdmin} is the SaaS operator's role, outside every tenant. {@code email} is where invitations and
 * password resets go (null for accounts created without one). {@code donorOrganisation} (null for everyone else)
 * makes the user a donor's programme officer: the id of an institution of the partners' global registry (IOM …);
 * such a user holds no tenant membership and reads only the donor API.
 */
public record UserAccount(String username, String displayName, String email, String passwordHash, boolean platformAdmin,
        List<Membership> memberships, boolean enabled, String donorOrganisation) {

    public UserAccount {
        memberships = List.copyOf(memberships);
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, boolean platformAdmin,
            List<Membership> memberships, boolean enabled) {
        this(username, displayName, email, passwordHash, platformAdmin, memberships, enabled, null);
    }

    public Optional<Membership> membershipIn(String tenant) {
        return memberships.stream().filter(m -> m.tenant().equals(tenant)).findFirst();
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }
}
