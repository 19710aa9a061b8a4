package org.ariadne.tenancy.servlet;

import org.ariadne.tenancy.TenantStanding;
import org.ariadne.tenancy.access.AccessPolicy;
import org.ariadne.tenancy.data.TenantData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The HTTP tenant guard of a servlet service: the tenant filter right after Spring Security, and its access policy. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = {"org.springframework.security.oauth2.jwt.Jwt", "org.springframework.web.servlet.DispatcherServlet"})
public class TenancyServletAutoConfiguration {

    /** Runs after Spring Security (order -100), so the caller's token is known when the tenant is checked. */
    public static final int TENANT_FILTER_ORDER = 0;

    @Bean
    FilterRegistrationBean<TenantFilter> tenantFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver,
            ObjectProvider<TenantStanding> standing) {
        FilterRegistrationBean<TenantFilter> registration = new FilterRegistrationBean<>(
                new TenantFilter(resolver, standing.getIfAvailable(() -> tenant -> true)));
        registration.setOrder(TENANT_FILTER_ORDER);
        return registration;
    }

    /** The platform endpoint for a tenant's whole data (export, import, offboarding), in every service. */
    @Bean
    @ConditionalOnBean(TenantData.class)
    TenantDataController tenantDataController(TenantData data) {
        return new TenantDataController(data);
    }

    /** The service's access policy, checked before every handler (services without one check membership only). */
    @Bean
    @ConditionalOnBean(AccessPolicy.class)
    WebMvcConfigurer accessPolicyInterceptor(AccessPolicy policy) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new AccessPolicyInterceptor(policy)).addPathPatterns("/api/t/**");
            }
        };
    }
}
