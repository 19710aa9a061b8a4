package org.ariadne.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.List;
import org.ariadne.gateway.tenant.TenantRegistry;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** Routing, JWT, tenant resolution, circuit-breaker fallback, API docs and metrics through the real gateway. */
class GatewayRoutingTest extends GatewayTestSupport {

    private static final String BA04 = TestJwts.forTenant("ba-04");

    @Test
    void tenantRouteIsForwardedWithTenantHeaderAndToken() {
        client.get().uri("/api/t/ba-04/plans/strategies?page=2")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().exists("X-RateLimit-Remaining")
                .expectBody()
                .jsonPath("$.path").isEqualTo("/api/t/ba-04/plans/strategies")
                .jsonPath("$.tenant").isEqualTo("ba-04")
                .jsonPath("$.authorization").isEqualTo(bearer(BA04));
    }

    /** Identity's sign-in throttle counts failures per source by the address the gateway appends (ClientAddressHeader). */
    @Test
    void theServiceLearnsTheClientsAddressAndNoForwardedHostOrProtoAClientMadeUp() {
        client.get().uri("/api/t/ba-04/identity/people")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04))
                .header("X-Forwarded-For", "6.6.6.6")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "gopher")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$['X-Forwarded-For']").isEqualTo("6.6.6.6, 127.0.0.1")
                .jsonPath("$['X-Forwarded-Host']").doesNotExist()
                .jsonPath("$['X-Forwarded-Proto']").doesNotExist();
        client.get().uri("/api/t/ba-04/plans/strategies")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$['X-Forwarded-For']").isEqualTo("127.0.0.1");
    }

    @Test
    void identitysTenantRouteCarriesTheTenantLikeEveryService() {
        client.get().uri("/api/t/ba-04/identity/people")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.path").isEqualTo("/api/t/ba-04/identity/people")
                .jsonPath("$.tenant").isEqualTo("ba-04");
        expectProblem(client.get().uri("/api/t/me/identity/people").header(HttpHeaders.AUTHORIZATION, bearer(BA04)).exchange(),
                403, "tenant-forbidden");
    }

    @Test
    void fundingRouteIsForwardedWithTheTenant() {
        client.get().uri("/api/t/ba-04/funding/totals?currency=EUR")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.path").isEqualTo("/api/t/ba-04/funding/totals")
                .jsonPath("$.tenant").isEqualTo("ba-04");
    }

    @Test
    void donorRouteAdmitsOnlyDonorTokensAndForwardsThemWithoutATenant() {
        String iom = TestJwts.donor("global-iom");
        client.get().uri("/api/donor/funding/activities")
                .header(HttpHeaders.AUTHORIZATION, bearer(iom))
                .header("X-Tenant-Id", "ba")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.path").isEqualTo("/api/donor/funding/activities")
                .jsonPath("$.authorization").isEqualTo(bearer(iom))
                .jsonPath("$.tenant").doesNotExist();

        expectProblem(client.get().uri("/api/donor/funding/as-coordinator")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04)).exchange(), 403, "forbidden");
        expectProblem(client.get().uri("/api/donor/funding/as-admin")
                .header(HttpHeaders.AUTHORIZATION, bearer(TestJwts.platformAdmin())).exchange(), 403, "forbidden");
        expectProblem(client.get().uri("/api/donor/funding/as-nobody").exchange(), 401, "unauthenticated");
        assertThat(RECEIVED).doesNotContain("/api/donor/funding/as-coordinator");
    }

    @Test
    void noTenantRouteAdmitsADonorToken() {
        // even a donor token that also (wrongly) lists a tenant: a donor belongs to its organisation only
        String forged = TestJwts.token("officer@iom", List.of("ba-04"), List.of("ba-04:viewer"),
                java.util.Map.of("donor_org", "global-iom"));
        for (String token : List.of(TestJwts.donor("global-iom"), forged)) {
            expectProblem(client.get().uri("/api/t/ba-04/plans/plans/export-by-donor")
                    .header(HttpHeaders.AUTHORIZATION, bearer(token)).exchange(), 403, "tenant-forbidden");
        }
        assertThat(RECEIVED).doesNotContain("/api/t/ba-04/plans/plans/export-by-donor");
    }

    @Test
    void clientSentTenantHeaderIsReplacedOnTenantRoute() {
        client.post().uri("/api/t/ba-04/plans/strategies")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04))
                .header("X-Tenant-Id", "me")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.method").isEqualTo("POST")
                .jsonPath("$.tenant").isEqualTo("ba-04");
    }

    @Test
    void clientSentTenantHeaderIsRemovedOnRouteWithoutTenant() {
        client.get().uri("/userinfo")
                .header("X-Tenant-Id", "me")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.path").isEqualTo("/userinfo")
                .jsonPath("$.tenant").doesNotExist();

        client.get().uri("/api/admin/tenants")
                .header(HttpHeaders.AUTHORIZATION, bearer(TestJwts.platformAdmin()))
                .header("X-Tenant-Id", "ba-04")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.tenant").doesNotExist();
    }

    @Test
    void signInAndTokenEndpointsArePublic() {
        for (String path : List.of("/.well-known/openid-configuration", "/oauth2/authorize", "/login", "/connect/logout",
                "/invitations/a-one-time-token")) {
            client.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.path").isEqualTo(path);
        }
        client.post().uri("/oauth2/token").exchange().expectStatus().isOk();
    }

    @Test
    void tenantRouteWithoutTokenIsUnauthenticated() {
        expectProblem(client.get().uri("/api/t/ba-04/plans/strategies").exchange()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer"), 401, "unauthenticated");
    }

    @Test
    void expiredOrForgedTokenIsUnauthenticated() {
        expectProblem(client.get().uri("/api/t/ba-04/plans/strategies")
                .header(HttpHeaders.AUTHORIZATION, bearer(TestJwts.expired("ba-04"))).exchange(), 401, "unauthenticated");
        expectProblem(client.get().uri("/api/t/ba-04/plans/strategies")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04.substring(0, BA04.length() - 4) + "AAAA")).exchange(),
                401, "unauthenticated");
    }

    @Test
    void tenantNotInTokenIsForbidden() {
        expectProblem(client.get().uri("/api/t/me/plans/not-for-ba-04")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04)).exchange(), 403, "tenant-forbidden")
                .jsonPath("$.tenant").isEqualTo("me");
        assertThat(RECEIVED).doesNotContain("/api/t/me/plans/not-for-ba-04");
    }

    @Test
    void tenantUnknownToRegistryIsForbidden() {
        String token = TestJwts.token("user@zz", List.of("zz"), List.of("zz:coordinator"));
        expectProblem(client.get().uri("/api/t/zz/plans/strategies")
                .header(HttpHeaders.AUTHORIZATION, bearer(token)).exchange(), 403, "tenant-forbidden");
    }

    @Test
    void aSuspendedTenantIsReadButNotChanged() {
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            expectProblem(client.method(org.springframework.http.HttpMethod.valueOf(method)).uri("/api/t/si/plans/while-suspended")
                    .header(HttpHeaders.AUTHORIZATION, bearer(TestJwts.forTenant("si"))).exchange(), 403, "tenant-inactive");
        }
        assertThat(RECEIVED).doesNotContain("/api/t/si/plans/while-suspended");
        client.get().uri("/api/t/si/plans/read-while-suspended").header(HttpHeaders.AUTHORIZATION, bearer(TestJwts.forTenant("si")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.tenant").isEqualTo("si");
    }

    @Test
    void registryChangesReachTheGatewayThroughTheBackgroundRefresh() throws InterruptedException {
        String token = TestJwts.forTenant("hr");
        TENANTS.insertOne(tenant("hr", "Croatia", null, "ACTIVE"));
        registryWritten();
        awaitStanding("hr", TenantRegistry.Standing.ACTIVE);
        client.get().uri("/api/t/hr/plans/strategies").header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.tenant").isEqualTo("hr");

        TENANTS.updateOne(Filters.eq("_id", "hr"), Updates.set("status", "SUSPENDED"));
        registryWritten();
        awaitStanding("hr", TenantRegistry.Standing.INACTIVE);
        expectProblem(client.post().uri("/api/t/hr/plans/strategies")
                .header(HttpHeaders.AUTHORIZATION, bearer(token)).exchange(), 403, "tenant-inactive")
                .jsonPath("$.tenant").isEqualTo("hr");
    }

    /** Waits for the scheduler (every 200 ms in tests), not for a refresh called by the test. */
    private void awaitStanding(String tenant, TenantRegistry.Standing expected) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (registry.standingOf(tenant) != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(registry.standingOf(tenant)).isEqualTo(expected);
    }

    @Test
    void invalidTenantIdIsRejected() {
        expectProblem(client.get().uri("/api/t/BA_04/plans/strategies")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04)).exchange(), 400, "tenant-invalid");
        expectProblem(client.get().uri("/api/t/" + "a".repeat(300) + "/monitoring/rounds")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04)).exchange(), 400, "tenant-invalid");
        // matrix parameters never reach the tenant check: Spring Security's firewall refuses the URL first
        expectProblem(client.get().uri("/api/t/ba-04;x=1/plans/strategies")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04)).exchange(), 400, "malformed-request");
    }

    @Test
    void adminRouteNeedsPlatformAdmin() {
        expectProblem(client.get().uri("/api/admin/tenants").exchange(), 401, "unauthenticated");
        expectProblem(client.get().uri("/api/admin/tenants")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04)).exchange(), 403, "forbidden");
        String admin = TestJwts.platformAdmin();
        client.get().uri("/api/admin/tenants")
                .header(HttpHeaders.AUTHORIZATION, bearer(admin))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.path").isEqualTo("/api/admin/tenants")
                .jsonPath("$.authorization").isEqualTo(bearer(admin));
    }

    @Test
    void downstreamDownIsUpstreamUnavailable() {
        expectProblem(client.get().uri("/api/t/ba-04/monitoring/rounds")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04)).exchange()
                .expectHeader().exists(HttpHeaders.RETRY_AFTER), 503, "upstream-unavailable")
                .jsonPath("$.service").isEqualTo("monitoring")
                .jsonPath("$.instance").isEqualTo("/api/t/ba-04/monitoring/rounds");
        expectProblem(client.get().uri("/v3/api-docs/monitoring").exchange(), 503, "upstream-unavailable");
    }

    @Test
    void aServiceThatDoesNotAnswerWithinTheResponseTimeoutIsUpstreamUnavailable() {
        // the gateway's response timeout is 3 s in these tests; the fake service answers this path after 10 s
        expectProblem(client.mutate().responseTimeout(Duration.ofSeconds(30)).build()
                .get().uri("/api/t/ba-04/funding/budget-lines" + HANG)
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04)).exchange(), 503, "upstream-unavailable")
                .jsonPath("$.service").isEqualTo("funding");
    }

    @Test
    void partnersTenantPathsAndTheGlobalRegistryRouteToPartnersNotIdentity() {
        // partners is down in this world: its breaker's problem names the service the route went to
        expectProblem(client.get().uri("/api/t/ba-04/partners/institutions")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04)).exchange(), 503, "upstream-unavailable")
                .jsonPath("$.service").isEqualTo("partners");
        String admin = TestJwts.platformAdmin();
        expectProblem(client.get().uri("/api/admin/partners/institutions")
                .header(HttpHeaders.AUTHORIZATION, bearer(admin)).exchange(), 503, "upstream-unavailable")
                .jsonPath("$.service").isEqualTo("partners");
        expectProblem(client.get().uri("/api/admin/partners/institutions")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04)).exchange(), 403, "forbidden");
    }

    @Test
    void unknownPathIsNotFound() {
        expectProblem(client.get().uri("/api/t/ba-04/no-such-service/budgets")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04)).exchange(), 404, "not-found");
        expectProblem(client.get().uri("/nothing-here")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04)).exchange(), 404, "not-found");
    }

    @Test
    void fallbackIsNotReachableFromOutside() {
        expectProblem(client.get().uri("/fallback/plans")
                .header(HttpHeaders.AUTHORIZATION, bearer(BA04)).exchange(), 403, "forbidden");
    }

    @Test
    void apiDocsOfEachServiceAreAggregated() {
        client.get().uri("/v3/api-docs/plans").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo("/v3/api-docs");
        client.get().uri("/v3/api-docs/funding").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo("/v3/api-docs");
        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[?(@.name == 'identity')].url").isEqualTo("/v3/api-docs/identity")
                .jsonPath("$.urls[?(@.name == 'plans')].url").isEqualTo("/v3/api-docs/plans")
                .jsonPath("$.urls[?(@.name == 'monitoring')].url").isEqualTo("/v3/api-docs/monitoring")
                .jsonPath("$.urls[?(@.name == 'funding')].url").isEqualTo("/v3/api-docs/funding");
        client.get().uri("/swagger-ui.html").exchange()
                .expectStatus().is3xxRedirection();
    }
}
