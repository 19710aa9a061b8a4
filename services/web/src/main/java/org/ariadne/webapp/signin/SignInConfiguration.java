package org.ariadne.webapp.signin;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ariadne.webapp.WebProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.session.MapSession;
import org.springframework.session.SessionRepository;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sign-in: OAuth2 authorization code with PKCE against identity, as the confidential client {@code ariadne-web-app}.
 * The tokens stay on the server, in the user's session (MongoDB), which the browser knows only by an HttpOnly,
 * SameSite=Lax cookie. Every form carries a CSRF token; pages allow only this application's own scripts and styles;
 * signing out ends the identity session too (OpenID Connect RP-initiated logout).
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SignInConfiguration {

    static final String REGISTRATION = "ariadne";
    static final String START_SIGN_IN = "/sign-in/start";
    static final String SESSION_COOKIE = "ARIADNE_WEB_SESSION";
    /** No inline script or style anywhere: htmx runs with its inline indicator styles and eval switched off. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final Logger log = LoggerFactory.getLogger(SignInConfiguration.class);

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients, WebProperties properties) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(registrations, START_SIGN_IN);
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler endIdentitySession = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        endIdentitySession.setPostLogoutRedirectUri(properties.publicUrl() + "/");
        LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint(START_SIGN_IN + "/" + REGISTRATION);
        signIn.setFavorRelativeUris(true);
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/assets/**", "/language", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .loginPage("/")
                        .authorizationEndpoint(endpoint -> endpoint.baseUri(START_SIGN_IN).authorizationRequestResolver(withPkce))
                        .redirectionEndpoint(endpoint -> endpoint.baseUri("/sign-in/callback/*"))
                        .loginProcessingUrl("/sign-in/callback/*")
                        .authorizedClientRepository(authorizedClients)
                        .successHandler(new BackToRequestedPage())
                        .failureUrl("/?signInFailed"))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new HtmxAwareEntryPoint(signIn)))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessHandler(endIdentitySession))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .csrf(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    ClientRegistrationRepository clientRegistrations(WebProperties properties) {
        if ("ariadne-web-app-local".equals(properties.clientSecret())) {
            log.warn("Client {} uses the local default secret; set ARIADNE_WEB_CLIENT_SECRET in every shared environment",
                    properties.clientId());
        }
        ClientRegistration identity = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .clientName("Ariadne")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(properties.publicUrl() + "/sign-in/callback/{registrationId}")
                .scope("openid", "profile")
                // the browser goes to the public address; this application talks to the gateway directly
                .authorizationUri(properties.publicUrl() + "/oauth2/authorize")
                .tokenUri(properties.gatewayUrl() + "/oauth2/token")
                .jwkSetUri(properties.gatewayUrl() + "/oauth2/jwks")
                .issuerUri(properties.issuer())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", properties.publicUrl() + "/connect/logout"))
                .build();
        return new InMemoryClientRegistrationRepository(identity);
    }

    /** Tokens live in the session, so they follow the user to any replica. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(@Value("${ariadne.mongodb.uri:${MONGODB_URI:mongodb://127.0.0.1:27017}}") String uri) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .build());
    }

    @Bean
    SessionRepository<MapSession> sessionRepository(MongoClient mongo, WebProperties properties) {
        return new MongoSessionRepository(mongo.getDatabase("web__platform").getCollection("sessions"), properties.sessionTimeout());
    }

    @Bean
    CookieSerializer sessionCookie(WebProperties properties) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        // identity's sign-in session lives on the same host behind the gateway: its cookie must not be overwritten
        cookie.setCookieName(SESSION_COOKIE);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setUseSecureCookie(properties.secureCookies());
        cookie.setCookiePath("/");
        return cookie;
    }
}
