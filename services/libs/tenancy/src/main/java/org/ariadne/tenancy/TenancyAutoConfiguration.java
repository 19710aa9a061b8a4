package org.ariadne.tenancy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ariadne.tenancy.data.TenantData;
import org.ariadne.tenancy.data.TenantDataImported;
import org.ariadne.tenancy.data.TenantDataRewriter;
import org.ariadne.tenancy.mongo.MongoPingHealthIndicator;
import org.ariadne.tenancy.mongo.TenantDatabaseInitializer;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.tenancy.mongo.TenantDirectory;
import org.bson.UuidRepresentation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;

/**
 * One MongoClient per service, the tenant database accessor, the tenant directory, per-tenant jobs, and the task
 * decorator that carries the tenant into {@code @Async} and executor work.
 */
@AutoConfiguration
@ConditionalOnClass(MongoClient.class)
public class TenancyAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    MongoClient mongoClient(@Value("${ariadne.mongodb.uri:${MONGODB_URI:mongodb://127.0.0.1:27017}}") String uri,
            ObjectProvider<CommandListener> commandListeners) {
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .applyToClusterSettings(c -> c.serverSelectionTimeout(10, TimeUnit.SECONDS));
        // none in a deployed service; tests register one to count the operations a service issues (lib-testing)
        commandListeners.orderedStream().forEach(settings::addCommandListener);
        return MongoClients.create(settings.build());
    }

    @Bean
    TenantDatabases tenantDatabases(MongoClient client, @Value("${ariadne.service-name:${spring.application.name}}") String service) {
        return new TenantDatabases(client, service);
    }

    @Bean
    TenantDirectory tenantDirectory(TenantDatabases databases, ObjectProvider<TenantDatabaseInitializer> initializers) {
        return new TenantDirectory(databases, () -> initializers.orderedStream().toList());
    }

    /** A suspended tenant refuses changes; services follow identity's suspensions through their directory. */
    @Bean
    @ConditionalOnMissingBean
    TenantStanding tenantStanding(TenantDirectory directory) {
        return tenant -> !directory.isSuspended(tenant);
    }

    @Bean
    TenantData tenantData(TenantDatabases databases, TenantDirectory directory, ObjectProvider<TenantDataRewriter> rewriters,
            ObjectProvider<TenantDataImported> imported) {
        return new TenantData(databases, directory, () -> rewriters.orderedStream().toList(), () -> imported.orderedStream().toList());
    }

    @Bean
    TenantJobs tenantJobs(TenantDirectory directory) {
        return new TenantJobs(directory);
    }

    /** New indexes reach tenants that were provisioned by an earlier version of the service. */
    @Bean
    ApplicationRunner initializeKnownTenants(TenantDirectory directory, List<TenantDatabaseInitializer> initializers) {
        return args -> {
            if (!initializers.isEmpty()) {
                directory.initializeKnownTenants();
            }
        };
    }

    /** Boot applies a TaskDecorator bean to its executors: {@code @Async} work keeps the caller's tenant. */
    @Bean
    @ConditionalOnMissingBean(TaskDecorator.class)
    TaskDecorator contextPropagatingTaskDecorator() {
        return new ContextPropagatingTaskDecorator();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Health {
        @Bean
        MongoPingHealthIndicator mongoHealthIndicator(MongoClient client) {
            return new MongoPingHealthIndicator(client);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.kafka.listener.RecordInterceptor")
    static class Kafka {
        @Bean
        TenantRecordInterceptor tenantRecordInterceptor() {
            return new TenantRecordInterceptor();
        }
    }
}
