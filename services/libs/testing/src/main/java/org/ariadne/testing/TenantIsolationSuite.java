package org.ariadne.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.ariadne.contracts.EventTypes;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.TenantJobs;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * The tenant-isolation guarantees every service proves in its own suite. A service test extends this class and says
 * how to create one of its resources as a tenant.
 */
public abstract class TenantIsolationSuite extends ServiceApiTest {

    protected static final String OWNER = "ba-04";
    protected static final String OTHER = "me";

    /** Creates a resource through the service's API as {@code tenant}; returns its path below {@code /api/t/<tenant>/}. */
    protected abstract String createResourceAs(String tenant);

    @Override
    protected String[] tenants() {
        return new String[] {OWNER, OTHER};
    }

    @Test
    void dataOfOneTenantIsNotFoundFromAnother() {
        String path = createResourceAs(OWNER);
        assertThat(api.get("/api/t/" + OWNER + "/" + path, TestJwts.forTenant(OWNER)).status()).isEqualTo(200);

        Api.Response asOther = api.get("/api/t/" + OTHER + "/" + path, TestJwts.forTenant(OTHER));

        assertThat(asOther.status()).as(asOther.toString()).isEqualTo(404);
        assertThat(asOther.isProblem("not-found")).as(asOther.toString()).isTrue();
        assertThat(asOther.body()).doesNotContain(OWNER + ":");
    }

    @Test
    void aRequestWithoutTenantIsRefused() {
        String path = createResourceAs(OWNER);

        Api.Response response = api.get("/api/t/" + OWNER + "/" + path, TestJwts.forTenant(OWNER), "X-Tenant-Id", "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem("tenant-missing")).as(response.toString()).isTrue();
    }

    @Test
    void aTenantNotInTheTokenIsForbidden() {
        String path = createResourceAs(OWNER);

        Api.Response response = api.get("/api/t/" + OWNER + "/" + path, TestJwts.forTenant(OTHER));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem("tenant-forbidden")).as(response.toString()).isTrue();
    }

    @Test
    void aTenantHeaderThatContradictsThePathIsForbidden() {
        String path = createResourceAs(OWNER);
        String bothTenants = TestJwts.token("consultant", List.of(OWNER, OTHER), List.of(OWNER + ":viewer", OTHER + ":viewer"));

        Api.Response response = api.get("/api/t/" + OWNER + "/" + path, bothTenants, "X-Tenant-Id", OTHER);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem("tenant-forbidden")).as(response.toString()).isTrue();
    }

    @Test
    void aRecordWithoutTenantGoesToTheDeadLetterTopic() {
        Map<String, String> headers = TestKafka.cloudEventHeaders(EventTypes.TENANT_SUSPENDED, null, OWNER, 1);
        String eventId = headers.get("ce_id");

        TestKafka.send(EventTypes.IDENTITY_TOPIC, OWNER + ":" + OWNER,
                "{\"tenantId\":\"" + OWNER + "\",\"reason\":\"test\"}", headers);

        assertThat(TestKafka.awaitRecord(EventTypes.IDENTITY_TOPIC + EventTypes.DLT_SUFFIX,
                r -> eventId.equals(TestKafka.header(r, "ce_id")), Duration.ofSeconds(30))).isPresent();
    }

    @Test
    void aRecordWhosePayloadNamesAnotherTenantGoesToTheDeadLetterTopic() {
        Map<String, String> headers = TestKafka.cloudEventHeaders(EventTypes.TENANT_SUSPENDED, OTHER, OTHER, 1);
        String eventId = headers.get("ce_id");

        TestKafka.send(EventTypes.IDENTITY_TOPIC, OTHER + ":" + OTHER,
                "{\"tenantId\":\"" + OWNER + "\",\"reason\":\"forged\"}", headers);

        assertThat(TestKafka.awaitRecord(EventTypes.IDENTITY_TOPIC + EventTypes.DLT_SUFFIX,
                r -> eventId.equals(TestKafka.header(r, "ce_id")), Duration.ofSeconds(30))).isPresent();
        assertThat(context.getBean(org.ariadne.tenancy.mongo.TenantDirectory.class).isActive(TenantId.of(OWNER)))
                .as("the forged suspension must not have been applied").isTrue();
    }

    @Test
    void aSuspendedTenantIsReadButNotChanged() {
        String suspended = "zz-susp";
        TestTenants.provision(context, suspended);
        String path = createResourceAs(suspended);
        org.ariadne.tenancy.mongo.TenantDirectory directory = context.getBean(org.ariadne.tenancy.mongo.TenantDirectory.class);
        directory.setActive(TenantId.of(suspended), false); // what identity's TenantSuspended does
        try {
            String token = TestJwts.forTenant(suspended);
            assertThat(api.get("/api/t/" + suspended + "/" + path, token).status()).isEqualTo(200);
            for (String method : java.util.List.of("POST", "PUT", "PATCH", "DELETE")) {
                Api.Response refused = api.send(method, "/api/t/" + suspended + "/" + path, token, "{}");
                assertThat(refused.status()).as(method + " " + refused).isEqualTo(403);
                assertThat(refused.isProblem("tenant-inactive")).as(refused.toString()).isTrue();
            }
        } finally {
            directory.setActive(TenantId.of(suspended), true);
        }
    }

    @Test
    void asyncWorkKeepsTheCallersTenant() throws Exception {
        AsyncTaskExecutor executor = context.getBean("applicationTaskExecutor", AsyncTaskExecutor.class);

        CompletableFuture<TenantId> seen = TenantContext.callAs(TenantId.of(OWNER),
                () -> executor.submitCompletable(TenantContext::require));

        assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo(TenantId.of(OWNER));
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void scheduledWorkRunsInEachActiveTenant() {
        Map<TenantId, TenantId> seen = new ConcurrentHashMap<>();

        context.getBean(TenantJobs.class).forEachActiveTenant("isolation-check", tenant -> seen.put(tenant, TenantContext.require()));

        assertThat(seen).containsEntry(TenantId.of(OWNER), TenantId.of(OWNER)).containsEntry(TenantId.of(OTHER), TenantId.of(OTHER));
        assertThat(TenantContext.current()).isEmpty();
    }
}
