package org.ariadne.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
     * A service with an HTTP API runs the API fuzz suite: its tests hold a class that extends {@link ApiFuzzSuite}, so a
     * new service cannot leave it out. (Each service also extends {@link TenantIsolationSuite} for the data it keeps
     * per tenant; that one is not enforced here yet, see docs/architecture.md.)
     */
    @Test
    void anHttpApiRunsTheFuzzSuite() {
        boolean httpApi = classes.stream().anyMatch(c -> c.isAnnotatedWith(RestController.class));
        if (!httpApi) {
            return;
        }
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages(basePackage);
        assertThat(tests.stream().anyMatch(c -> concrete(c) && c.isAssignableTo(ApiFuzzSuite.class)))
                .as("%s has REST controllers, so its tests need a class that extends ApiFuzzSuite", basePackage).isTrue();
    }

    private static boolean concrete(JavaClass c) {
        return !c.getModifiers().contains(JavaModifier.ABSTRACT);
    }
}
