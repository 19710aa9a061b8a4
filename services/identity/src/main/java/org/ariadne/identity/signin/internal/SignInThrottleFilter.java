package org.ariadne.identity.signin.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.ariadne.identity.signin.SignInThrottle;
import org.ariadne.identity.signin.SignInThrottle.Attempt;
import org.ariadne.identity.signin.SignInThrottleProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt while its account or source is paused, before any password is checked. The outcome of an
 * attempt is counted by the form's handlers below and, for a client at the token endpoint, from the status the
 * authorization server answered (401 {@code invalid_client} is its only answer to a wrong secret).
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    static final String ATTEMPT = SignInThrottleFilter.class.getName() + ".attempt";

    private final SignInThrottle throttle;
    private final SignInThrottleProperties properties;

    private final RequestCache requestCache;

    SignInThrottleFilter(SignInThrottle throttle, SignInThrottleProperties properties, RequestCache requestCache) {
        this.throttle = throttle;
        this.properties = properties;
        this.requestCache = requestCache;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Attempt> attempt = SignInAttempts.of(request, properties.trustedProxies());
        if (attempt.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Instant> paused = throttle.pausedUntil(attempt.get());
        if (paused.isPresent()) {
            SignInPausedResponse.write(request, response, paused.get(), throttle.secondsUntil(paused.get()));
            return;
        }
        request.setAttribute(ATTEMPT, attempt.get());
        chain.doFilter(request, response);
        if (!SignInAttempts.isForm(request)) {
            if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
                throttle.failed(attempt.get());
            } else if (response.getStatus() == HttpServletResponse.SC_OK) {
                throttle.succeeded(attempt.get());
            }
        }
    }

    /** The form's failure handler: counts the failure and, when it starts a pause, says so at once. */
    AuthenticationFailureHandler formFailureHandler(String failureUrl) {
        SimpleUrlAuthenticationFailureHandler back = new SimpleUrlAuthenticationFailureHandler(failureUrl);
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            if (request.getAttribute(ATTEMPT) instanceof Attempt attempt) {
                Optional<Instant> paused = throttle.failed(attempt);
                if (paused.isPresent()) {
                    SignInPausedResponse.write(request, response, paused.get(), throttle.secondsUntil(paused.get()));
                    return;
                }
            }
            back.onAuthenticationFailure(request, response, exception);
        };
    }

    /** The form's success handler: forgets the account's failures, then continues where the user was going. */
    AuthenticationSuccessHandler formSuccessHandler() {
        SavedRequestAwareAuthenticationSuccessHandler onwards = new SavedRequestAwareAuthenticationSuccessHandler();
        onwards.setRequestCache(requestCache);
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            if (request.getAttribute(ATTEMPT) instanceof Attempt attempt) {
                throttle.succeeded(attempt);
            }
            onwards.onAuthenticationSuccess(request, response, authentication);
        };
    }
}
