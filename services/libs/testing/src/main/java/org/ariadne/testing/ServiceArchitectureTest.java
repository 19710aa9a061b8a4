package org.ariadne.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.stream.Stream;
import org.ariadne.messaging.InboundEventHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every rule a service's structure must follow, checked in its build: a service's test extends this class in its base
 * package ({@code class ArchitectureTest extends ServiceArchitectureTest {}}) and gets every rule, including those added
 * later. Pure bytecode analysis, no Spring context.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceArchitectureTest {

    private final String basePackage = getClass().getPackageName();
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(basePackage);

    @Test
    void onlyTenancyOpensDatabases() {
        ArchitectureRules.ONLY_TENANCY_OPENS_DATABASES.check(classes);
    }

    @Test
    void onlyMessagingUsesTheKafkaTemplate() {
        ArchitectureRules.ONLY_MESSAGING_USES_KAFKA_TEMPLATE.check(classes);
    }

    @Test
    void theTenantNeverTravelsAsAParameterOfAnInternalApi() {
        ArchitectureRules.NO_TENANT_PARAMETERS_IN_INTERNAL_APIS.check(classes);
    }

    @Test
    void scheduledWorkRunsThroughTenantJobs() {
        ArchitectureRules.SCHEDULED_WORK_THROUGH_TENANT_JOBS.check(classes);
    }

    @Test
    void thePlatformRegistryIsIdentitysAndTheGateways() {
        ArchitectureRules.PLATFORM_REGISTRY_ONLY_IN_IDENTITY_AND_GATEWAY.check(classes);
    }

    @Test
    void listenersReceiveDecodedTenantCheckedEvents() {
        ArchitectureRules.LISTENERS_RECEIVE_CHECKED_EVENTS.check(classes);
    }

    @Test
    void noFeatureUsesAnotherFeaturesInternals() {
        ArchitectureRules.noFeatureReachesIntoAnotherFeaturesInternals(basePackage).check(classes);
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        ArchitectureRules.featuresAreFreeOfCycles(basePackage).check(classes);
    }

    /**
     * A service with an HTTP API runs the API fuzz suite and the tenant-isolation suite: its tests hold a class that
     * extends {@link ApiFuzzSuite}, and one that extends {@link TenantIsolationSuite} when it keeps tenant data of its
     * own — a per-tenant API ({@code /api/t/{tenant}/…}) fed by events ({@link InboundEventHandler}), which is what that
     * suite proves isolated (reads, lists, records, jobs). Identity's one per-tenant read is of the platform registry
     * it owns, and it consumes no events. A new service cannot leave them out.
     */
    @Test
    void anHttpApiRunsTheFuzzAndIsolationSuites() {
        boolean httpApi = classes.stream().anyMatch(c -> c.isAnnotatedWith(RestController.class));
        if (!httpApi) {
            return;
        }
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages(basePackage);
        assertThat(tests.stream().anyMatch(c -> concrete(c) && c.isAssignableTo(ApiFuzzSuite.class)))
                .as("%s has REST controllers, so its tests need a class that extends ApiFuzzSuite", basePackage).isTrue();
        boolean perTenant = classes.stream().filter(c -> c.isAnnotatedWith(RequestMapping.class))
                .map(c -> c.getAnnotationOfType(RequestMapping.class))
                .flatMap(mapping -> Stream.concat(Arrays.stream(mapping.value()), Arrays.stream(mapping.path())))
                .anyMatch(path -> path.startsWith("/api/t/"));
        boolean consumesEvents = classes.stream().anyMatch(c -> !c.isInterface() && c.isAssignableTo(InboundEventHandler.class));
        if (perTenant && consumesEvents) {
            assertThat(tests.stream().anyMatch(c -> concrete(c) && c.isAssignableTo(TenantIsolationSuite.class)))
                    .as("%s serves /api/t/{tenant}/…, so its tests need a class that extends TenantIsolationSuite", basePackage).isTrue();
        }
    }

    private static boolean concrete(JavaClass c) {
        return !c.getModifiers().contains(JavaModifier.ABSTRACT);
    }
}
