package org.ariadne.identity.signin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.ariadne.identity.signin.SignInThrottle.Attempt;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which requests check a password, and whose address counts, without a server (pure request parsing). */
class SignInAttemptsTest {

    @Test
    void theSourceIsWhatTheOutermostTrustedProxySawNotWhatTheClientWrote() {
        MockHttpServletRequest request = post("/login");
        request.setRemoteAddr("10.0.0.5");
        request.addHeader("X-Forwarded-For", "127.0.0.1, 6.6.6.6");
        request.addHeader("X-Forwarded-For", "203.0.113.9");
        // Spring's forwarded-header support wraps the request; the raw header is read underneath
        HttpServletRequestWrapper wrapped = new HttpServletRequestWrapper(request);

        assertThat(SignInAttempts.source(wrapped, 1)).as("the gateway appended the client's address").isEqualTo("203.0.113.9");
        assertThat(SignInAttempts.source(wrapped, 2)).as("an ingress controller in front of the gateway").isEqualTo("6.6.6.6");
        assertThat(SignInAttempts.source(wrapped, 0)).as("no trusted proxy: the TCP peer").isEqualTo("10.0.0.5");
        assertThat(SignInAttempts.source(post("/login"), 1)).as("not through a proxy").isEqualTo("127.0.0.1");
    }

    @Test
    void theFormAndAConfidentialClientsSecretAreAttemptsAPublicClientIsNot() {
        MockHttpServletRequest form = post("/login");
        form.setParameter("username", "coordinator.me");
        assertThat(SignInAttempts.of(form, 1)).contains(new Attempt("account:coordinator.me", "127.0.0.1"));

        MockHttpServletRequest basic = post("/oauth2/token");
        basic.addHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString("ariadne-admin:x".getBytes(StandardCharsets.UTF_8)));
        assertThat(SignInAttempts.of(basic, 1)).contains(new Attempt("client:ariadne-admin", "127.0.0.1"));

        MockHttpServletRequest publicClient = post("/oauth2/token");
        publicClient.setParameter("client_id", "ariadne-web");
        publicClient.setParameter("code_verifier", "v");
        assertThat(SignInAttempts.of(publicClient, 1)).isEmpty();

        MockHttpServletRequest hostile = post("/login");
        hostile.setParameter("username", "x".repeat(10_000) + "\u001b[31m");
        assertThat(SignInAttempts.of(hostile, 1).orElseThrow().account()).matches("account:#[0-9a-f]{32}");
        assertThat(SignInAttempts.of(new MockHttpServletRequest("GET", "/login"), 1)).isEmpty();
    }

    private static MockHttpServletRequest post(String path) {
        return new MockHttpServletRequest("POST", path);
    }
}
