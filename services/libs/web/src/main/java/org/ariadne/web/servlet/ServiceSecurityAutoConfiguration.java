package org.ariadne.web.servlet;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** The servlet edge of a service: resource-server security with problem answers, and firewall refusals as 400s. */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = {"org.springframework.security.oauth2.jwt.Jwt", "org.springframework.web.servlet.DispatcherServlet",
        "org.springframework.security.config.annotation.web.builders.HttpSecurity"})
public class ServiceSecurityAutoConfiguration {

    /**
     * Spring Security's firewall refuses requests it finds hostile (a header value with control characters, an
     * encoded slash in the path …); by default that surfaces as a 500. It is the client's error: a 400 problem.
     */
    @Bean
    @ConditionalOnMissingBean(RequestRejectedHandler.class)
    RequestRejectedHandler problemRequestRejectedHandler() {
        return (request, response, e) -> ProblemResponses.write(response, FirewallRejections.problem(e));
    }

    @Bean
    FirewallRejections firewallRejections() {
        return new FirewallRejections();
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain serviceSecurityFilterChain(HttpSecurity http) throws Exception {
        return ServiceSecurity.resourceServer(http);
    }
}
