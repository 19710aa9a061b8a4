package org.ariadne.identity.signin.internal;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.ariadne.identity.signin.SignInThrottle;
import org.ariadne.identity.signin.SignInThrottle.Attempt;

/**
 * Recognises the requests that check a password: the sign-in form ({@code POST /login}) and a confidential client
 * authenticating at the token endpoint with its secret ({@code POST /oauth2/token}). There is no password grant:
 * OAuth 2.1 and Spring Authorization Server have none.
 */
final class SignInAttempts {

    static final String FORM = "/login";
    static final String TOKEN = "/oauth2/token";

    private SignInAttempts() {
    }

    static Optional<Attempt> of(HttpServletRequest request, int trustedProxies) {
        if (!"POST".equals(request.getMethod())) {
            return Optional.empty();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (FORM.equals(path)) {
            String username = request.getParameter("username");
            return Optional.of(new Attempt(SignInThrottle.user(username == null ? "" : username.trim()), source(request, trustedProxies)));
        }
        if (TOKEN.equals(path)) {
            return clientWithSecret(request).map(client -> new Attempt(SignInThrottle.client(client), source(request, trustedProxies)));
        }
        return Optional.empty();
    }

    static boolean isForm(HttpServletRequest request) {
        return FORM.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** The client id of a client_secret_basic or client_secret_post authentication; public clients send no secret. */
    private static Optional<String> clientWithSecret(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon <= 0 ? Optional.empty()
                        : Optional.of(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // not Basic credentials at all: the authorization server refuses them itself
            }
        }
        String clientId = request.getParameter("client_id");
        return clientId != null && request.getParameter("client_secret") != null ? Optional.of(clientId) : Optional.empty();
    }

    /**
     * The address the outermost trusted proxy saw. Each trusted proxy (the gateway, and an ingress controller where
     * one is in front of it) appends the address it received the request from to X-Forwarded-For, so the entry
     * {@code trustedProxies} from the right is the client's; anything further left was written by the client itself
     * and proves nothing. The header is read from the container's own request, under Spring's forwarded-header
     * wrapper (which trusts the leftmost entry instead).
     */
    static String source(HttpServletRequest request, int trustedProxies) {
        ServletRequest raw = request;
        while (raw instanceof HttpServletRequestWrapper wrapper) {
            raw = wrapper.getRequest();
        }
        HttpServletRequest container = (HttpServletRequest) raw;
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(container.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        if (trustedProxies <= 0 || hops.isEmpty()) {
            return container.getRemoteAddr();
        }
        return hops.get(Math.max(0, hops.size() - trustedProxies));
    }
}
