package org.ariadne.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A tenant's coordinator manages focal points and viewers (invite, deactivate, reset a password by e-mail); only
 * platform admins appoint coordinators; nobody else manages people, and another tenant's member is not found.
 */
@IdentityTest
class PeopleTest {

    private static final String ADMIN = TestJwts.platformAdmin();

    @LocalServerPort
    int port;

    Api api;
    String tenant;
    String coordinator;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        tenant = Fixtures.tenantId();
        assertThat(api.post("/api/admin/tenants", ADMIN, Fixtures.tenantJson(tenant, null)).status()).isEqualTo(201);
        coordinator = TestJwts.token("coordinator@" + tenant, List.of(tenant), List.of(tenant + ":coordinator"));
    }

    @Test
    void aCoordinatorInvitesAFocalPointWithItsInstitutionAndAViewer() {
        String email = "policija." + tenant.substring(3) + "@mup.example.ba";

        Api.Response focal = api.post(people(), coordinator, """
                {"email": "%s", "displayName": "Emir Kovač", "role": "focal_point",
                 "institution": "MUP Ze-do kantona", "institutionId": "inst-42"}""".formatted(email));

        assertThat(focal.status()).as(focal.toString()).isEqualTo(201);
        assertThat((String) focal.json("$.institution")).isEqualTo("MUP Ze-do kantona");
        assertThat((String) focal.json("$.institutionId")).isEqualTo("inst-42");
        assertThat((Boolean) focal.json("$.active")).isTrue();
        assertThat(TestMail.body(TestMail.await(email, "pozivnica", 1, Duration.ofSeconds(20)))).contains("/invitations/");
        assertThat(api.post(people(), coordinator, """
                {"email": "viewer.%s@vlada.example.ba", "displayName": "Vlada", "role": "viewer"}""".formatted(tenant.substring(3)))
                .status()).isEqualTo(201);
        assertThat((List<String>) api.get(people(), coordinator).json("$[*].roles[0]")).containsExactlyInAnyOrder("focal_point", "viewer");

        Api.Response again = api.post(people(), coordinator, """
                {"email": "%s", "displayName": "Emir", "role": "viewer"}""".formatted(email));
        assertThat(again.status()).isEqualTo(409);
        Api.Response noInstitution = api.post(people(), coordinator, """
                {"email": "x.%s@example.org", "displayName": "X", "role": "focal_point"}""".formatted(tenant.substring(3)));
        assertThat((List<String>) noInstitution.json("$.errors[*].pointer")).containsExactly("/institution");
    }

    @Test
    void nobodyGrantsARoleTheyDoNotHoldAndOnlyCoordinatorsManagePeople() {
        Api.Response anotherCoordinator = api.post(people(), coordinator, """
                {"email": "second.%s@example.org", "displayName": "Second", "role": "coordinator"}""".formatted(tenant.substring(3)));
        assertThat(anotherCoordinator.status()).isEqualTo(403);
        assertThat(anotherCoordinator.isProblem("forbidden")).isTrue();
        assertThat(anotherCoordinator.body()).contains("platform admins appoint coordinators");

        String focalPoint = TestJwts.token("focal@" + tenant, List.of(tenant), List.of(tenant + ":focal_point"));
        assertThat(api.get(people(), focalPoint).status()).isEqualTo(403);
        assertThat(api.post(people(), focalPoint, """
                {"email": "v.%s@example.org", "displayName": "V", "role": "viewer"}""".formatted(tenant.substring(3))).status())
                .isEqualTo(403);
        assertThat(api.get(people(), TestJwts.forTenant("zz-other", "coordinator"), "X-Tenant-Id", tenant).status())
                .as("a coordinator of another tenant").isEqualTo(403);

        Api.Response appointed = api.post("/api/admin/tenants/" + tenant + "/people", ADMIN, """
                {"email": "second.%s@example.org", "displayName": "Second", "role": "coordinator"}""".formatted(tenant.substring(3)));
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        String username = appointed.json("$.username");
        assertThat(api.post(people() + "/" + username + "/deactivation", coordinator, null).status())
                .as("a coordinator cannot deactivate a coordinator").isEqualTo(403);
        assertThat(api.post(people() + "/" + username + "/password-reset", coordinator, null).status()).isEqualTo(403);
    }

    @Test
    void aMemberIsDeactivatedReactivatedAndGetsAPasswordResetLink() {
        String email = "viewer." + tenant.substring(3) + "@example.org";
        String username = api.post(people(), coordinator, """
                {"email": "%s", "displayName": "Viewer", "role": "viewer"}""".formatted(email)).json("$.username");
        TestMail.await(email, "pozivnica", 1, Duration.ofSeconds(20));

        Api.Response deactivated = api.post(people() + "/" + username + "/deactivation", coordinator, null);
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat((Boolean) deactivated.json("$.active")).isFalse();
        assertThat((Boolean) api.get("/api/admin/users/" + username, ADMIN).json("$.memberships[0].active")).isFalse();
        assertThat((Boolean) api.post(people() + "/" + username + "/reactivation", coordinator, null).json("$.active")).isTrue();

        Api.Response reset = api.post(people() + "/" + username + "/password-reset", coordinator, null);
        assertThat(reset.status()).isEqualTo(200);
        // no password set yet: the reset sends a new welcome link, which replaces the first one
        TestMail.await(email, "pozivnica", 2, Duration.ofSeconds(20));
        assertThat((String) reset.json("$.lastLink.purpose")).isEqualTo("welcome");

        assertThat(api.post(people() + "/nobody@example.org/deactivation", coordinator, null).status()).isEqualTo(404);
        assertThat(api.post(people() + "/" + username + "/deactivation",
                TestJwts.token("c@zz-other", List.of("zz-other"), List.of("zz-other:coordinator")), null, "X-Tenant-Id", "zz-other")
                .status()).isIn(403, 404);
    }

    private String people() {
        return "/api/t/" + tenant + "/identity/people";
    }
}
