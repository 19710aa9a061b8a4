package org.ariadne.identity.signin.internal;

import java.util.UUID;
import org.ariadne.identity.signin.IdentityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The issuer and the registered clients.
 * <ul>
 * <li>{@code ariadne-web}: public client, authorization code + PKCE (S256 required), no consent screen, scopes
 * {@code openid profile}; used by the web UI and by {@code bin/ariadne-token}.</li>
 * <li>{@code ariadne-web-app}: the web application, a confidential client (it keeps its tokens on its server):
 * authorization code + PKCE (S256 required) + refresh tokens, redirect to {@code <issuer>/sign-in/callback/ariadne},
 * back to {@code <issuer>/} after sign-out.</li>
 * <li>{@code ariadne-admin}: confidential client, client credentials; its tokens carry {@code roles:
 * ["platform_admin"]} and {@code tenants: []} (for operators' scripts, e.g. {@code ./run} loading demo tenants).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    static final String WEB_CLIENT = "ariadne-web";
    static final String ADMIN_CLIENT = "ariadne-admin";
    static final String WEB_APP_CLIENT = "ariadne-web-app";
    private static final String DEFAULT_WEB_APP_SECRET = "ariadne-web-app-local";
    /** Client setting: tokens of this client (client credentials) act as platform admin. */
    static final String PLATFORM_ADMIN_SETTING = "ariadne.platform-admin";
    private static final String DEFAULT_ADMIN_SECRET = "ariadne-admin-local";

    private static final Logger log = LoggerFactory.getLogger(AuthorizationServerConfiguration.class);

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    RegisteredClientRepository registeredClients(IdentityProperties properties, PasswordEncoder passwords) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build();
        RegisteredClient web = RegisteredClient.withId(UUID.nameUUIDFromBytes(WEB_CLIENT.getBytes()).toString())
                .clientId(WEB_CLIENT)
                .clientName("Ariadne web and command line")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(properties.redirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens)
                .build();
        if (DEFAULT_ADMIN_SECRET.equals(properties.adminSecret())) {
            log.warn("Client {} uses the local default secret; set ARIADNE_ADMIN_SECRET in every shared environment", ADMIN_CLIENT);
        }
        RegisteredClient admin = RegisteredClient.withId(UUID.nameUUIDFromBytes(ADMIN_CLIENT.getBytes()).toString())
                .clientId(ADMIN_CLIENT)
                .clientName("Ariadne platform administration")
                .clientSecret(passwords.encode(properties.adminSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false)
                        .setting(PLATFORM_ADMIN_SETTING, true).build())
                .tokenSettings(tokens)
                .build();
        if (DEFAULT_WEB_APP_SECRET.equals(properties.webAppSecret())) {
            log.warn("Client {} uses the local default secret; set ARIADNE_WEB_CLIENT_SECRET in every shared environment", WEB_APP_CLIENT);
        }
        RegisteredClient webApp = RegisteredClient.withId(UUID.nameUUIDFromBytes(WEB_APP_CLIENT.getBytes()).toString())
                .clientId(WEB_APP_CLIENT)
                .clientName("Ariadne web application")
                .clientSecret(passwords.encode(properties.webAppSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(properties.issuer() + "/sign-in/callback/ariadne")
                .postLogoutRedirectUri(properties.issuer() + "/")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl())
                        .refreshTokenTimeToLive(properties.webSessionTtl()).reuseRefreshTokens(false).build())
                .build();
        return new InMemoryRegisteredClientRepository(web, admin, webApp);
    }
}
