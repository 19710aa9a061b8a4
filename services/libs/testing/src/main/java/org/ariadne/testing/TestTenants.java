package org.ariadne.testing;

import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.mongo.TenantDirectory;
import org.springframework.context.ApplicationContext;

/** Marks tenants as onboarded in a service, as identity's TenantOnboarded event would. */
public final class TestTenants {

    private TestTenants() {
    }

    public static void provision(ApplicationContext context, String... tenants) {
        TenantDirectory directory = context.getBean(TenantDirectory.class);
        for (String tenant : tenants) {
            directory.provision(TenantId.of(tenant), "Test tenant " + tenant, true);
        }
    }
}
