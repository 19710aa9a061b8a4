package org.ariadne.identity.user;

import java.util.List;

/**
 * What a platform admin provides to create a user; the password is hashed before it is stored. {@code email} is
 * optional here (invitations always have one).
 */
public record NewUser(String username, String displayName, String email, String password, boolean platformAdmin,
        List<Membership> memberships) {
}
