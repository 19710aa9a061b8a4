package org.ariadne.webapp.shell.internal;

import org.ariadne.webapp.WebProperties;
import org.ariadne.webapp.i18n.LanguageChoice;
import org.ariadne.webapp.i18n.TransliteratingMessageSource;
import org.ariadne.webapp.shell.TenantPages;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Languages, the tenant check before every tenant page. */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration implements WebMvcConfigurer {

    private final TenantPages tenantPages;

    ShellConfiguration(TenantPages tenantPages) {
        this.tenantPages = tenantPages;
    }

    @Bean
    MessageSource messageSource() {
        return new TransliteratingMessageSource();
    }

    @Bean
    LocaleResolver localeResolver(WebProperties properties) {
        return new LanguageChoice(properties.secureCookies());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(tenantPages).addPathPatterns("/t/**");
    }
}
