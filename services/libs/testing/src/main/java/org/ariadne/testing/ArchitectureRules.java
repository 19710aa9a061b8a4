package org.ariadne.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.util.List;

/**
 * The structural rules every service's build checks (through {@link ServiceArchitectureTest}). Classes are named by
 * their names, not loaded, so a service without Kafka (the gateway) can apply them too.
 */
public final class ArchitectureRules {

    private static final String TENANCY = "org.ariadne.tenancy..";
    private static final String MESSAGING = "org.ariadne.messaging..";

    /** Only lib-tenancy opens databases: a database is reached through TenantDatabases, for the tenant in context. */
    public static final ArchRule ONLY_TENANCY_OPENS_DATABASES = noClasses()
            .that().resideOutsideOfPackage(TENANCY)
            .should().callMethod("com.mongodb.client.MongoClient", "getDatabase", "java.lang.String")
            .allowEmptyShould(true)
            .because("a database is reached only through TenantDatabases, for the tenant in context");

    public static final ArchRule ONLY_MESSAGING_USES_KAFKA_TEMPLATE = noClasses()
            .that().resideOutsideOfPackage(MESSAGING)
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate")
            .allowEmptyShould(true)
            .because("events leave a service only through the outbox relay");

    public static final ArchRule NO_TENANT_PARAMETERS_IN_INTERNAL_APIS = methods()
            .that().areDeclaredInClassesThat().resideInAPackage("..internal..")
            .and().arePublic()
            .should(ArchConditions.not(ArchConditions.haveRawParameterTypes(DescribedPredicate.describe("containing TenantId",
                    (List<JavaClass> params) -> params.stream().anyMatch(p -> p.getName().equals("org.ariadne.tenancy.TenantId"))))))
            .allowEmptyShould(true)
            .because("the tenant comes from TenantContext, never from an argument a caller could get wrong");

    /** Scheduled work runs per tenant through TenantJobs, which enters each tenant's context. */
    public static final ArchRule SCHEDULED_WORK_THROUGH_TENANT_JOBS = methods()
            .that().areAnnotatedWith("org.springframework.scheduling.annotation.Scheduled")
            .should(callTenantJobs())
            .allowEmptyShould(true)
            .because("scheduled work reaches tenant data only through TenantJobs.forEachActiveTenant, one tenant at a time");

    /** The platform registry (tenants, users) is identity's and the gateway's, not every service's. */
    public static final ArchRule PLATFORM_REGISTRY_ONLY_IN_IDENTITY_AND_GATEWAY = noClasses()
            .that().resideOutsideOfPackages("org.ariadne.identity..", "org.ariadne.gateway..", TENANCY, MESSAGING)
            .should().callMethod("org.ariadne.tenancy.mongo.TenantDatabases", "platformRegistry")
            .orShould().callMethod("org.ariadne.messaging.Outbox", "platformCollection", "java.lang.String")
            .allowEmptyShould(true)
            .because("the platform registry belongs to identity (which writes it) and the gateway (which reads it)");

    /** Listeners get decoded, tenant-checked events from lib-messaging, never a raw record to read unchecked. */
    public static final ArchRule LISTENERS_RECEIVE_CHECKED_EVENTS = noClasses()
            .that().resideOutsideOfPackages(TENANCY, MESSAGING)
            .should().dependOnClassesThat().haveFullyQualifiedName("org.apache.kafka.clients.consumer.ConsumerRecord")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.annotation.KafkaListener")
            .allowEmptyShould(true)
            .because("a consumer implements InboundEventHandler and receives InboundEvents that lib-messaging decoded and "
                    + "checked against the record's tenant; a raw ConsumerRecord would let it skip those checks");

    private ArchitectureRules() {
    }

    /** No feature (a direct sub-package of the service) uses another feature's {@code internal} adapters. */
    public static ArchRule noFeatureReachesIntoAnotherFeaturesInternals(String basePackage) {
        return classes().that().resideInAPackage(basePackage + "..")
                .should(new ArchCondition<JavaClass>("use no other feature's internal package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String own = feature(basePackage, origin.getPackageName());
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            String target = dependency.getTargetClass().getPackageName();
                            boolean internal = target.startsWith(basePackage + ".") && (target.endsWith(".internal")
                                    || target.contains(".internal."));
                            if (internal && !feature(basePackage, target).equals(own)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                        + ": feature '" + own + "' reaches into the internals of feature '"
                                        + feature(basePackage, target) + "'"));
                            }
                        }
                    }
                })
                .because("a feature talks to another only through its public API (commands, queries, ports)");
    }

    /** The features of a service depend on each other without cycles. */
    public static ArchRule featuresAreFreeOfCycles(String basePackage) {
        return slices().matching(basePackage + ".(*)..").namingSlices("feature '$1'").should().beFreeOfCycles()
                .allowEmptyShould(true);
    }

    private static String feature(String basePackage, String packageName) {
        if (!packageName.startsWith(basePackage + ".")) {
            return "";
        }
        String rest = packageName.substring(basePackage.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaMethod> callTenantJobs() {
        return new ArchCondition<>("call TenantJobs.forEachActiveTenant") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean calls = false;
                for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
                    calls |= call.getTargetOwner().getName().equals("org.ariadne.tenancy.TenantJobs")
                            && call.getName().equals("forEachActiveTenant");
                }
                if (!calls) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " is @Scheduled but does not run "
                            + "its work through TenantJobs.forEachActiveTenant (" + method.getSourceCodeLocation() + ")"));
                }
            }
        };
    }
}
