package org.ariadne.identity.people;

import org.ariadne.tenancy.TenantRole;

/**
 * Someone to give a role in a tenant: found by e-mail address (a person already known keeps their account and gains
 * the membership), else a new account whose user name is the e-mail address. A focal point reports for an
 * institution: {@code institution} as the tenant writes it, {@code institutionId} its partners-registry id if known.
 * {@code language} words the mail (default: the tenant's first language).
 */
public record NewPerson(String email, String displayName, TenantRole role, String institution, String institutionId,
        String language) {
}
