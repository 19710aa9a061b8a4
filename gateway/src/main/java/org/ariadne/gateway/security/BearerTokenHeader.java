package org.ariadne.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The bearer token of a request, from its {@code Authorization} header only — what Spring Security's
 * {@code ServerBearerTokenAuthenticationConverter} does with its defaults (no {@code access_token} query or form
 * parameter), with the same answers: no header or another scheme → no token (the route's rule decides), a header that
 * names the bearer scheme without one well-formed RFC 6750 token ({@code Bearer <token68>}) → {@code invalid_token}.
 * Spring's converter merged three reactive sources into a list and matched a regular expression on every request; this
 * reads one header and checks its characters in one pass.
 */
final class BearerTokenHeader implements ServerAuthenticationConverter {

    private static final String SCHEME = "Bearer ";

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length() - 1)) {
            return Mono.empty();
        }
        String token = tokenOf(authorization);
        if (token == null) {
            return Mono.error(new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed")));
        }
        return Mono.just(new BearerTokenAuthenticationToken(token));
    }

    /**
     * The token of {@code Bearer <token>} (scheme in any case, one space), where the token is RFC 6750's
     * {@code 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="}; null when the header is not of that form.
     */
    static String tokenOf(String authorization) {
        int length = authorization.length();
        if (length <= SCHEME.length() || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        int i = SCHEME.length();
        while (i < length && isTokenCharacter(authorization.charAt(i))) {
            i++;
        }
        if (i == SCHEME.length()) {
            return null;
        }
        while (i < length && authorization.charAt(i) == '=') {
            i++;
        }
        return i == length ? authorization.substring(SCHEME.length()) : null;
    }

    private static boolean isTokenCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
