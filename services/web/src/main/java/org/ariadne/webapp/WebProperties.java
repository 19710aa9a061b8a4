package org.ariadne.webapp;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ariadne.web.*}: where the platform is and how the web application signs its users in.
 *
 * @param gatewayUrl    the gateway as this application reaches it (API calls, the token endpoint, the signing keys)
 * @param publicUrl     the gateway as the users' browsers reach it (the sign-in page, the sign-out page)
 * @param issuer        the {@code iss} of identity's tokens (identity's {@code ARIADNE_ISSUER})
 * @param clientId      the confidential client identity registers for this application
 * @param clientSecret  its secret (production sets {@code ARIADNE_WEB_CLIENT_SECRET})
 * @param secureCookies mark the session cookie {@code Secure} (behind HTTPS)
 * @param sessionTimeout how long an idle session lasts
 * @param apiTimeout    how long a page waits for one API answer
 */
@ConfigurationProperties("ariadne.web")
public record WebProperties(
        @DefaultValue("http://127.0.0.1:8080") String gatewayUrl,
        @DefaultValue("http://127.0.0.1:8080") String publicUrl,
        @DefaultValue("http://127.0.0.1:8080") String issuer,
        @DefaultValue("ariadne-web-app") String clientId,
        @DefaultValue("ariadne-web-app-local") String clientSecret,
        @DefaultValue("false") boolean secureCookies,
        @DefaultValue("8h") Duration sessionTimeout,
        @DefaultValue("30s") Duration apiTimeout) {

    public WebProperties {
        gatewayUrl = trimSlash(gatewayUrl);
        publicUrl = trimSlash(publicUrl);
        issuer = trimSlash(issuer);
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
