package org.ariadne.identity.signin;

/**
 * Tokens identity signs for its own background work across the services (the lifecycle jobs): the claims of the
 * {@code ariadne-admin} client's client-credentials tokens ({@code roles: ["platform_admin"]}, {@code tenants: []}),
 * subject {@code identity}, valid for a few minutes. Never handed to a user.
 */
public interface PlatformTokens {

    String platformAdminToken();
}
