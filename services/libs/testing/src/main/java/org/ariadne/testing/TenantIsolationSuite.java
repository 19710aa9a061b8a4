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
 * how to create one of its resources as a tenant. The donor and parent cases walk every operation of the service's
 * OpenAPI document, so an endpoint added later is covered without anyone remembering it.
 */
public abstract class TenantIsolationSuite extends ServiceApiTest {

    protected static final String OWNER = "ba-04";
    protected static final String OTHER = "me";
    /** OWNER's parent tenant, which has not been given OWNER's consent in this suite. */
    protected static final String PARENT = "ba";

    /** Creates a resource through the service's API as {@code tenant}; returns its path below {@code /api/t/<tenant>/}. */
    protected abstract String createResourceAs(String tenant);

    /** The parent views the service serves ({@code "GET /api/t/{tenant}/…"}), which the parent case must have found. */
    protected java.util.Set<String> parentViews() {
        return java.util.Set.of();
    }

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

    /**
     * A list filtered by another tenant's id answers 404, as the resource itself does, never an empty list: for every
     * GET of the service's OpenAPI document that takes the created resource's id — as a path parameter
     * ({@code /monitoring/plans/{planId}/rounds}) or a query parameter ({@code /plans/activities?planId=}) — and no
     * other id. The document is read at test time, so a new list filter is covered as soon as it exists.
     */
    @Test
    void aListFilteredByAnotherTenantsIdIsNotFound() {
        String path = createResourceAs(OWNER);
        OpenApiDocument document = OpenApiDocument.of(api);
        String[] id = resourceId(document, "/api/t/{tenant}/" + path);
        String resourceTemplate = id == null ? null : id[2];
        assertThat(id).as("no GET of the OpenAPI document matches the created resource " + path).isNotNull();
        List<String> failures = new java.util.ArrayList<>();
        List<String> checked = new java.util.ArrayList<>();
        for (OpenApiDocument.Operation operation : document.operations()) {
            String target = filteredBy(operation, id[0], id[1], resourceTemplate);
            if (target == null) {
                continue;
            }
            checked.add(operation.path());
            Api.Response asOwner = api.get(target.replace("{tenant}", OWNER), TestJwts.forTenant(OWNER));
            if (asOwner.status() >= 300) {
                failures.add(operation + " as " + OWNER + " (the owner) must answer, got " + asOwner);
                continue;
            }
            Api.Response asOther = api.get(target.replace("{tenant}", OTHER), TestJwts.forTenant(OTHER));
            if (asOther.status() != 404 || !asOther.isProblem("not-found") || asOther.body().contains(OWNER + ":")) {
                failures.add(operation + " as " + OTHER + " with " + OWNER + "'s " + id[0] + " must be a 404 not-found problem, got "
                        + asOther);
            }
        }
        System.out.printf("Tenant isolation %s: %d reads by %s checked with another tenant's id: %s%n", getClass().getSimpleName(),
                checked.size(), id[0], checked);
        assertThat(checked).as("reads that take " + id[0]).isNotEmpty();
        assertThat(failures).isEmpty();
    }

    /** {name, value, template}: the id parameter of the GET template that matches {@code path}, the id it holds there, the template. */
    private static String[] resourceId(OpenApiDocument document, String path) {
        String[] segments = path.split("/");
        for (OpenApiDocument.Operation operation : document.operations()) {
            String[] template = operation.path().split("/");
            if (!operation.method().equals("GET") || template.length != segments.length) {
                continue;
            }
            String[] id = null;
            boolean matches = true;
            for (int i = 0; i < template.length && matches; i++) {
                if (template[i].startsWith("{") && template[i].endsWith("}")) {
                    if (!template[i].equals("{tenant}")) {
                        id = new String[] {template[i].substring(1, template[i].length() - 1), segments[i], operation.path()};
                    }
                } else {
                    matches = template[i].equals(segments[i]);
                }
            }
            if (matches && id != null) {
                return id;
            }
        }
        return null;
    }

    /**
     * The GET {@code operation} filtered by {@code value} as {@code name}, or null when it takes no such id or other ids.
     * A generic {@code {id}} names a different resource in every path ({@code /bodies/{id}}, {@code /documents/{id}}),
     * so it counts only below the resource's own template.
     */
    private static String filteredBy(OpenApiDocument.Operation operation, String name, String value, String resourceTemplate) {
        // only a tenant's own reads: the donor API (/api/donor/...) and platform paths have their own cases
        if (!operation.method().equals("GET") || !operation.path().startsWith("/api/t/{tenant}/")) {
            return null;
        }
        List<OpenApiDocument.Parameter> pathIds = operation.in("path").stream().filter(p -> !p.name().equals("tenant")).toList();
        if (operation.in("query").stream().anyMatch(p -> p.required() && !p.name().equals(name))) {
            return null;
        }
        boolean generic = name.equals("id");
        if (pathIds.size() == 1 && pathIds.get(0).name().equals(name) && (!generic || operation.path().startsWith(resourceTemplate))) {
            return operation.path().replace("{" + name + "}", value);
        }
        // a generic {id} of /institutions/{id} filters lists as institutionId
        String filter = generic ? filterName(resourceTemplate) : name;
        if (pathIds.isEmpty() && operation.parameter(filter).filter(p -> p.in().equals("query")).isPresent()) {
            return operation.path() + "?" + filter + "=" + value;
        }
        return null;
    }

    /** {@code institutionId} for {@code …/institutions/{id}}, {@code bodyId} for {@code …/bodies/{id}}. */
    private static String filterName(String resourceTemplate) {
        String[] segments = resourceTemplate.split("/");
        String collection = segments.length < 2 ? "" : segments[segments.length - 2];
        String singular = collection.endsWith("ies") ? collection.substring(0, collection.length() - 3) + "y"
                : collection.endsWith("s") ? collection.substring(0, collection.length() - 1) : collection;
        return singular + "Id";
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
    void everyTenantEndpointRefusesADonorTokenAndTheParentsToken() {
        List<OpenApiEndpoints.Endpoint> endpoints = OpenApiEndpoints.of(api).stream()
                .filter(e -> e.path().startsWith("/api/t/{tenant}/")).toList();
        assertThat(endpoints).as("the service's tenant endpoints, from its OpenAPI document").isNotEmpty();
        String donor = TestJwts.donor("global-iom");
        String parent = TestJwts.forTenant(PARENT, "coordinator");

        List<String> admitted = new java.util.ArrayList<>();
        for (OpenApiEndpoints.Endpoint endpoint : endpoints) {
            String path = endpoint.concrete(OWNER, OWNER);
            for (String token : List.of(donor, parent)) {
                Api.Response response = api.send(endpoint.method(), path, token, "GET".equals(endpoint.method()) ? null : "{}");
                if (response.status() != 403 || !response.isProblem("tenant-forbidden")) {
                    admitted.add(endpoint + (token.equals(donor) ? " as a donor: " : " as the parent: ") + response);
                }
            }
        }
        assertThat(admitted).as("tenant endpoints that did not refuse a donor or the parent of " + OWNER).isEmpty();
    }

    @Test
    void everyParentViewAnswersTheParentWithoutConsentLikeAForeignObject() {
        String parent = TestJwts.forTenant(PARENT, "coordinator");
        List<String> admitted = new java.util.ArrayList<>();
        java.util.Set<String> probed = new java.util.HashSet<>();
        for (OpenApiEndpoints.Endpoint endpoint : OpenApiEndpoints.of(api)) {
            boolean childInPath = endpoint.path().startsWith("/api/t/{tenant}/") && endpoint.path().contains("{child}");
            boolean childIncluded = endpoint.path().startsWith("/api/t/{tenant}/") && "GET".equals(endpoint.method())
                    && endpoint.queryParameters().contains("include");
            if (!childInPath && !childIncluded) {
                continue;
            }
            probed.add(endpoint.toString());
            String path = endpoint.concrete(PARENT, OWNER) + (childIncluded ? "?include=" + OWNER : "");
            Api.Response response = api.send(endpoint.method(), path, parent, "GET".equals(endpoint.method()) ? null : "{}");
            // 404 as for any foreign object; a roll-up of a tenant the service does not know below the parent is a 422
            if (!(response.status() == 404 && response.isProblem("not-found"))
                    && !(childIncluded && response.status() == 422)) {
                admitted.add(endpoint + ": " + response);
            }
        }
        assertThat(probed).as("parent views found in the OpenAPI document").containsAll(parentViews());
        assertThat(admitted).as("parent views of " + OWNER + " answered to " + PARENT + " without consent").isEmpty();
    }

    @Test
    void everyDonorEndpointRefusesTenantTokens() {
        List<String> admitted = new java.util.ArrayList<>();
        for (OpenApiEndpoints.Endpoint endpoint : OpenApiEndpoints.of(api)) {
            if (!endpoint.path().startsWith("/api/donor/")) {
                continue;
            }
            for (String token : List.of(TestJwts.forTenant(OWNER, "coordinator"), TestJwts.platformAdmin())) {
                Api.Response response = api.send(endpoint.method(), endpoint.concrete(OWNER, OWNER), token, null);
                if (response.status() != 403) {
                    admitted.add(endpoint + ": " + response);
                }
            }
        }
        assertThat(admitted).as("donor endpoints that admitted a tenant or admin token").isEmpty();
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
