package org.ariadne.identity.signin.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.ariadne.identity.tenant.TenantRegistry;
import org.ariadne.identity.user.Membership;
import org.ariadne.tenancy.TenantRole;
import org.ariadne.identity.user.UserAccount;
import org.ariadne.identity.user.UserAccounts;
import org.ariadne.tenancy.TenantClaims;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * What an Ariadne access token says about its holder, read fresh from the user when the token is issued:
 * {@code tenants} = the tenants of the user's memberships that are ACTIVE, {@code roles} = {@code <tenant>:<role>} for
 * each of their roles plus {@code platform_admin}, {@code name} = the display name,
 * {@code institutions} = tenant → institution for focal points, {@code institutionIds} = tenant → its registry id
 * where known. Deactivated memberships grant nothing. A donor user's token carries {@code donor_org} (its
 * organisation's global registry id) and no tenants or tenant roles at all. Client-credentials tokens of a
 * platform-admin client carry {@code roles: ["platform_admin"]} and {@code tenants: []}.
 * <p>
 * Claims are plain mutable collections: the authorization stores the claims as JSON through Spring Security's Jackson
 * modules, whose type allow-list refuses the JDK's immutable collection classes.
 */
@Component
class AriadneTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String NAME = "name";
    /** Tenant → the institution a focal point reports for there. */
    static final String INSTITUTIONS = TenantClaims.INSTITUTIONS;
    /** Tenant → the partners-registry id of a focal point's institution, where the membership names one. */
    static final String INSTITUTION_IDS = "institutionIds";

    private final UserAccounts users;
    private final TenantRegistry tenants;

    AriadneTokenClaims(UserAccounts users, TenantRegistry tenants) {
        this.users = users;
        this.tenants = tenants;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            if (accessToken) {
                boolean admin = Boolean.TRUE.equals(context.getRegisteredClient().getClientSettings()
                        .getSetting(AuthorizationServerConfiguration.PLATFORM_ADMIN_SETTING));
                context.getClaims().claim(TenantClaims.TENANTS, new ArrayList<String>())
                        .claim(TenantClaims.ROLES, new ArrayList<>(admin ? List.of(TenantClaims.PLATFORM_ADMIN) : List.<String>of()));
            }
            return;
        }
        String username = context.getPrincipal().getName();
        UserAccount user = users.find(username).filter(UserAccount::enabled)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED,
                        "User " + username + " no longer exists or is disabled", null)));
        context.getClaims().claim(NAME, user.displayName());
        if (!accessToken) {
            return;
        }
        if (user.donorOrganisation() != null) {
            // a donor belongs to its organisation, never to a tenant: no tenant route admits this token
            context.getClaims().claim(TenantClaims.TENANTS, new ArrayList<String>())
                    .claim(TenantClaims.ROLES, new ArrayList<String>())
                    .claim(TenantClaims.DONOR_ORGANISATION, user.donorOrganisation());
            return;
        }
        Set<String> active = tenants.activeAmong(user.memberships().stream().filter(Membership::active)
                .map(Membership::tenant).toList());
        Set<String> tenantClaim = new LinkedHashSet<>();
        List<String> roles = new ArrayList<>();
        Map<String, String> institutions = new LinkedHashMap<>();
        Map<String, String> institutionIds = new LinkedHashMap<>();
        for (Membership membership : user.memberships()) {
            if (membership.active() && active.contains(membership.tenant())) {
                tenantClaim.add(membership.tenant());
                if (membership.institution() != null) {
                    institutions.put(membership.tenant(), membership.institution());
                }
                if (membership.institutionId() != null) {
                    institutionIds.put(membership.tenant(), membership.institutionId());
                }
                for (TenantRole role : membership.roles()) {
                    roles.add(membership.tenant() + ":" + role.wireName());
                }
            }
        }
        if (user.platformAdmin()) {
            roles.add(TenantClaims.PLATFORM_ADMIN);
        }
        context.getClaims().claim(TenantClaims.TENANTS, new ArrayList<>(tenantClaim)).claim(TenantClaims.ROLES, roles);
        if (!institutions.isEmpty()) {
            context.getClaims().claim(INSTITUTIONS, institutions);
        }
        if (!institutionIds.isEmpty()) {
            context.getClaims().claim(INSTITUTION_IDS, institutionIds);
        }
    }
}
