package org.ariadne.identity.user;

import java.util.List;

/**
 * What a platform admin provides to create a user; the password is hashed before it is stored. {@code email} is
 * optional here (invitations always have one). A donor user names its {@code donorOrganisation} (a global registry
 * institution id) and no memberships.
 */
public record NewUser(String username, String displayName, String email, String password, boolean platformAdmin,
        List<Membership> memberships, String donorOrganisation) {

    public NewUser(String username, String displayName, String email, String password, boolean platformAdmin,
            List<Membership> memberships) {
        this(username, displayName, email, password, platformAdmin, memberships, null);
    }
}
