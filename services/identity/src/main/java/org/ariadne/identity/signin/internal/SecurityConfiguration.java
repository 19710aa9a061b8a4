package org.ariadne.identity.signin.internal;

import org.ariadne.identity.signin.SignInThrottle;
import org.ariadne.identity.signin.SignInThrottleProperties;
import org.ariadne.tenancy.TenantClaims;
import org.ariadne.web.servlet.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three filter chains, first match wins:
 * <ol>
 * <li>the authorization server's endpoints ({@code /oauth2/**}, {@code /.well-known/**}, {@code /userinfo} …);
 * an unauthenticated authorization request is sent to the sign-in form;</li>
 * <li>the API, actuator and API docs: a stateless resource server (bearer JWTs, problem responses), where
 * {@code /api/admin/**} needs {@code platform_admin};</li>
 * <li>everything else: the sign-in form at {@code /login}, and the pages of invitation links ({@code /invitations/…},
 * public: the link's token is the credential).</li>
 * </ol>
 * No chain keeps an HTTP session: who signed in is in Mongo ({@link MongoSignInSessions}), where a browser was going
 * and the sign-in form's CSRF token are in cookies, so any replica serves any step of a sign-in and a restart signs
 * nobody out.
 * Both places that check a password (the form, and a confidential client's secret at the token endpoint) go through
 * the {@link SignInThrottle}.
 * Declaring these chains makes lib-tenancy's default resource-server chain step aside.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/login";

    private final SignInThrottleFilter signInThrottle;
    private final MongoSignInSessions sessions;
    /** Where a browser was going before it was sent to sign in: a cookie, so any replica can send it on. */
    private final CookieRequestCache requestCache = new CookieRequestCache();

    SecurityConfiguration(SignInThrottle throttle, SignInThrottleProperties properties, MongoSignInSessions sessions) {
        this.signInThrottle = new SignInThrottleFilter(throttle, properties, requestCache);
        this.sessions = sessions;
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        // before client authentication: a paused client is refused without checking its secret
        http.addFilterBefore(signInThrottle, AbstractPreAuthenticatedProcessingFilter.class);
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(Customizer.withDefaults());
        });
        http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(sessions))
                .requestCache(cache -> cache.requestCache(requestCache))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(loginEntryPoint(), browserOrAuthorizeRequest()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/error")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/admin/**").hasRole(TenantClaims.PLATFORM_ADMIN));
        return ServiceSecurity.resourceServer(http);
    }

    @Bean
    @Order(3)
    SecurityFilterChain signInChain(HttpSecurity http) throws Exception {
        // the links of invitation and password-reset mails: the link's token is the credential
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/invitations/**").permitAll().anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(sessions))
                .requestCache(cache -> cache.requestCache(requestCache))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .logout(logout -> logout.addLogoutHandler((request, response, authentication) -> sessions.forget(request, response)))
                .addFilterBefore(signInThrottle, UsernamePasswordAuthenticationFilter.class)
                // Spring's generated sign-in page; it is only generated while no custom entry point is set here.
                .formLogin(form -> form
                        .failureHandler(signInThrottle.formFailureHandler(LOGIN_PAGE + "?error"))
                        .successHandler(signInThrottle.formSuccessHandler()));
        return http.build();
    }

    /** Relative redirects, so a browser that came through the gateway stays on the gateway. */
    private static LoginUrlAuthenticationEntryPoint loginEntryPoint() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE);
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /** The authorization endpoint is only ever visited by a browser (or a script acting as one): send it to sign in. */
    private static RequestMatcher browserOrAuthorizeRequest() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        RequestMatcher authorize = request -> "/oauth2/authorize".equals(
                request.getRequestURI().substring(request.getContextPath().length()));
        return new OrRequestMatcher(authorize, html);
    }
}
