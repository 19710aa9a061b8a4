package org.ariadne.identity.user;

import java.util.List;
import org.ariadne.tenancy.TenantRole;

/** A user's roles in one tenant; {@code institution} is required for a focal point (the institution it reports for). */
public record Membership(String tenant, List<TenantRole> roles, String institution) {
}
