package org.ariadne.monitoring.parentview.internal;

import org.ariadne.messaging.ParentConsentListener;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.tenancy.parent.ParentViews;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Monitoring serves parent views: it keeps children's consents from identity.events. */
@Configuration(proxyBeanMethods = false)
class ParentViewBeans {

    @Bean
    ParentViews parentViews(TenantDatabases databases) {
        return new ParentViews(databases);
    }

    @Bean
    ParentConsentListener parentConsentListener(ParentViews parentViews, @Value("${spring.application.name}") String service) {
        return new ParentConsentListener(parentViews, service);
    }
}
