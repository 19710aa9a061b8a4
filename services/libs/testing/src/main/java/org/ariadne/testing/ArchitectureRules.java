package org.ariadne.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.mongodb.client.MongoClient;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.ariadne.tenancy.TenantId;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The structural rules that keep tenancy and messaging unforgettable, checked in every service's build:
 * only lib-tenancy opens databases, only lib-messaging touches a KafkaTemplate, and the tenant never travels as a
 * free parameter through a feature's internal adapters.
 */
public final class ArchitectureRules {

    public static final ArchRule ONLY_TENANCY_OPENS_DATABASES = noClasses()
            .that().resideOutsideOfPackage("org.ariadne.tenancy..")
            .should().callMethod(MongoClient.class, "getDatabase", String.class)
            .because("a database is reached only through TenantDatabases, for the tenant in context");

    public static final ArchRule ONLY_MESSAGING_USES_KAFKA_TEMPLATE = noClasses()
            .that().resideOutsideOfPackage("org.ariadne.messaging..")
            .should().dependOnClassesThat().areAssignableTo(KafkaTemplate.class)
            .because("events leave a service only through the outbox relay");

    public static final ArchRule NO_TENANT_PARAMETERS_IN_INTERNAL_APIS = methods()
            .that().areDeclaredInClassesThat().resideInAPackage("..internal..")
            .and().arePublic()
            .should(com.tngtech.archunit.lang.conditions.ArchConditions.not(
                    com.tngtech.archunit.lang.conditions.ArchConditions.haveRawParameterTypes(
                            com.tngtech.archunit.base.DescribedPredicate.describe("containing TenantId",
                                    (java.util.List<com.tngtech.archunit.core.domain.JavaClass> params) ->
                                            params.stream().anyMatch(p -> p.isEquivalentTo(TenantId.class))))))
            .allowEmptyShould(true)
            .because("the tenant comes from TenantContext, never from an argument a caller could get wrong");

    private ArchitectureRules() {
    }

    /** Checks every rule on a service's production classes. */
    public static void verify(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        ONLY_TENANCY_OPENS_DATABASES.check(classes);
        ONLY_MESSAGING_USES_KAFKA_TEMPLATE.check(classes);
        NO_TENANT_PARAMETERS_IN_INTERNAL_APIS.check(classes);
    }
}
