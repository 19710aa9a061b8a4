package org.ariadne.identity.user;

import java.util.List;

/**
 * A person who signs in. {@code passwordHash} is a DelegatingPasswordEncoder hash ({@code {bcrypt}…}) and never leaves
 * identity; {@code platformAdmin} is the SaaS operator's role, outside every tenant. {@code donorOrganisation} (null
 * for everyone else) makes the user a donor's programme officer: the id of an institution of the partners' global
 * registry (IOM …); such a user holds no tenant membership and reads only the donor API.
 */
public record UserAccount(String username, String displayName, String passwordHash, boolean platformAdmin,
        List<Membership> memberships, boolean enabled, String donorOrganisation) {

    public UserAccount(String username, String displayName, String passwordHash, boolean platformAdmin,
            List<Membership> memberships, boolean enabled) {
        this(username, displayName, passwordHash, platformAdmin, memberships, enabled, null);
    }
}
