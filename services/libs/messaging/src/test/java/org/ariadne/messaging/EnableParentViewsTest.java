package org.ariadne.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.ariadne.contracts.EventTypes;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.tenancy.parent.ParentViews;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A service that opts into parent views gets them and keeps children's consents from identity.events under its own
 * consumer id; a service that does not keeps none.
 */
class EnableParentViewsTest {

    @Configuration(proxyBeanMethods = false)
    static class Databases {
        /** The client only connects when a database is used; wiring needs none. */
        @Bean(destroyMethod = "close")
        MongoClient mongoClient() {
            return MongoClients.create("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=100");
        }

        @Bean
        TenantDatabases tenantDatabases(MongoClient client) {
            return new TenantDatabases(client, "funding");
        }
    }

    @EnableParentViews
    @Configuration(proxyBeanMethods = false)
    static class ServingParentViews {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withPropertyValues("spring.application.name=funding").withUserConfiguration(Databases.class);

    @Test
    void aServiceThatServesParentViewsKeepsChildrensConsentsUnderItsOwnConsumerId() {
        context.withUserConfiguration(ServingParentViews.class).run(app -> {
            assertThat(app).hasSingleBean(ParentViews.class).hasSingleBean(ParentConsentListener.class);
            ParentConsentListener listener = app.getBean(ParentConsentListener.class);
            assertThat(listener.topic()).isEqualTo(EventTypes.IDENTITY_TOPIC);
            assertThat(listener.id()).isEqualTo("funding.parent-consent");
        });
    }

    @Test
    void aServiceWithoutParentViewsKeepsNoConsents() {
        context.run(app -> assertThat(app).doesNotHaveBean(ParentViews.class).doesNotHaveBean(ParentConsentListener.class));
    }
}
