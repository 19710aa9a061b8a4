package org.ariadne.webapp;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.ariadne.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The platform's structural rules, as every service applies them (ServiceArchitectureTest), but one: the web
 * application keeps no tenant's data, so it has no tenant databases to reach through lib-tenancy; its one database is
 * its sessions ({@code web__platform}, opened in signin.SignInConfiguration).
 */
class ArchitectureTest {

    private static final String BASE = ArchitectureTest.class.getPackageName();
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void neverUsesKafkaNorTheRegistryNorPassesTenantsIntoInternals() {
        ArchitectureRules.ONLY_MESSAGING_USES_KAFKA_TEMPLATE.check(classes);
        ArchitectureRules.NO_TENANT_PARAMETERS_IN_INTERNAL_APIS.check(classes);
        ArchitectureRules.SCHEDULED_WORK_THROUGH_TENANT_JOBS.check(classes);
        ArchitectureRules.PLATFORM_REGISTRY_ONLY_IN_IDENTITY_AND_GATEWAY.check(classes);
        ArchitectureRules.LISTENERS_RECEIVE_CHECKED_EVENTS.check(classes);
    }

    @Test
    void featuresKeepTheirInternalsAndHaveNoCycles() {
        ArchitectureRules.noFeatureReachesIntoAnotherFeaturesInternals(BASE).check(classes);
        ArchitectureRules.featuresAreFreeOfCycles(BASE).check(classes);
    }
}
