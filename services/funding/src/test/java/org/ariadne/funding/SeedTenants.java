package org.ariadne.funding;

import java.util.List;
import java.util.Map;
import org.ariadne.funding.tenants.TenantHierarchy;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.testing.TestTenants;
import org.bson.Document;
import org.springframework.context.ApplicationContext;

/**
 * The demo tenants as funding learns them — identity's TenantOnboarded (ba-04 below ba) and the seed plans' events
 * on Kafka — with no funding of their own yet: each test class that needs the demo starts from here.
 */
public final class SeedTenants {

    private static boolean published;

    private SeedTenants() {
    }

    public static synchronized void freshDemo(ApplicationContext context, FundingApi api) {
        TenantDatabases databases = context.getBean(TenantDatabases.class);
        for (String tenant : List.of("ba", "ba-04", "si")) {
            // other test classes of this JVM write into these tenants too
            TenantContext.runAs(TenantId.of(tenant), () -> {
                databases.current().getCollection("budget_lines").deleteMany(new Document());
                databases.current().getCollection("proposal_decisions").deleteMany(new Document());
            });
        }
        if (published) {
            return;
        }
        TestTenants.provision(context, "ba", "ba-04", "si", "me", "xk");
        Events.onboard("ba", null, "BAM", "bs");
        Events.onboard("ba-04", "ba", "BAM", "bs");
        Events.onboard("si", null, "EUR", "sl");
        Events.onboard("me", null, "EUR", "cnr");
        Events.onboard("xk", null, "EUR", "sq");
        Events.publish(Seeds.ba());
        Events.publish(Seeds.si());
        Events.publish(Seeds.ba04());
        TenantHierarchy hierarchy = context.getBean(TenantHierarchy.class);
        Events.awaitTrue(() -> hierarchy.profile("ba-04").map(p -> "ba".equals(p.parentId())).orElse(false)
                && hierarchy.profile("xk").isPresent());
        Map<String, Integer> expected = Map.of("ba", Seeds.ba().activities().size(), "si", Seeds.si().activities().size(),
                "ba-04", Seeds.ba04().activities().size());
        expected.forEach((tenant, count) -> Events.awaitTrue(() -> api.get(tenant, "/activities").<List<?>>json("$.items")
                .size() == count));
        published = true;
    }
}
