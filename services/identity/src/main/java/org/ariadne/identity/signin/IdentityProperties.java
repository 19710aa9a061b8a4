package org.ariadne.identity.signin;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ariadne.identity.*}: how the authorization server presents itself.
 *
 * @param issuer         the public URL tokens name as {@code iss} (the gateway, which routes the sign-in paths here)
 * @param redirectUris   where the public client {@code ariadne-web} may receive authorization codes
 * @param adminSecret    the secret of the confidential {@code ariadne-admin} client (production sets
 *                       {@code ARIADNE_ADMIN_SECRET}; the default only suits the local stack)
 * @param accessTokenTtl how long an access token is valid
 * @param webAppSecret   the secret of the web application's confidential client {@code ariadne-web-app}
 *                       (production sets {@code ARIADNE_WEB_CLIENT_SECRET})
 * @param webSessionTtl  how long the web application may refresh a user's tokens without a new sign-in
 */
@ConfigurationProperties("ariadne.identity")
public record IdentityProperties(
        @DefaultValue("http://127.0.0.1:8080") String issuer,
        @DefaultValue({"http://127.0.0.1:8080/login/oauth2/code/ariadne-web", "http://127.0.0.1:8765/callback"}) List<String> redirectUris,
        @DefaultValue("ariadne-admin-local") String adminSecret,
        @DefaultValue("1h") Duration accessTokenTtl,
        @DefaultValue("ariadne-web-app-local") String webAppSecret,
        @DefaultValue("8h") Duration webSessionTtl) {
}
