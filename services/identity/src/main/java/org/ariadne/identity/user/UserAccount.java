package org.ariadne.identity.user;

import java.util.List;

/**
 * A person who signs in. {@code passwordHash} is a DelegatingPasswordEncoder hash ({@code {bcrypt}…}) and never leaves
 * identity; {@code platformAdmin} is the SaaS operator's role, outside every tenant.
 */
public record UserAccount(String username, String displayName, String passwordHash, boolean platformAdmin,
        List<Membership> memberships, boolean enabled) {
}
