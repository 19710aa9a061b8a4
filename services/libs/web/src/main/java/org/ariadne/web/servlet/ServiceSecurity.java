package org.ariadne.web.servlet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ariadne.tenancy.TenantClaims;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/** The resource-server rules every service shares: bearer JWTs on /api/**, problem responses for 401 and 403. */
public final class ServiceSecurity {

    private ServiceSecurity() {
    }

    public static SecurityFilterChain resourceServer(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/actuator/prometheus",
                                "/v3/api-docs", "/v3/api-docs/**", "/error").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        // lib-tenancy's tenant-data endpoint: identity's lifecycle jobs, with a platform-admin token
                        .requestMatchers("/api/platform/**").hasRole(TenantClaims.PLATFORM_ADMIN)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authorities()))
                        .authenticationEntryPoint((request, response, e) -> ProblemResponses.write(response,
                                new ProblemException(ProblemType.UNAUTHENTICATED, "A valid bearer token is required: " + e.getMessage())))
                        .accessDeniedHandler((request, response, e) -> ProblemResponses.write(response,
                                new ProblemException(ProblemType.FORBIDDEN, "Your token does not allow this request"))))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> ProblemResponses.write(response,
                                new ProblemException(ProblemType.UNAUTHENTICATED, "A valid bearer token is required")))
                        .accessDeniedHandler((request, response, e) -> ProblemResponses.write(response,
                                new ProblemException(ProblemType.FORBIDDEN, "Your token does not allow this request"))));
        return http.build();
    }

    /** Roles become authorities ({@code ROLE_ba-04:coordinator}, {@code ROLE_platform_admin}). */
    public static JwtAuthenticationConverter authorities() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter((Jwt jwt) -> {
            Collection<GrantedAuthority> authorities = new ArrayList<>();
            List<String> roles = jwt.getClaimAsStringList(TenantClaims.ROLES);
            if (roles != null) {
                roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
            }
            return authorities;
        });
        return converter;
    }
}
