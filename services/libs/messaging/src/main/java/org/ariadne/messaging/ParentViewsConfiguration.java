package org.ariadne.messaging;

import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.tenancy.parent.ParentViews;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What {@link EnableParentViews} adds: the parent views and the listener that keeps their consents. */
@Configuration(proxyBeanMethods = false)
class ParentViewsConfiguration {

    @Bean
    ParentViews parentViews(TenantDatabases databases) {
        return new ParentViews(databases);
    }

    @Bean
    ParentConsentListener parentConsentListener(ParentViews parentViews, @Value("${spring.application.name}") String service) {
        return new ParentConsentListener(parentViews, service);
    }
}
