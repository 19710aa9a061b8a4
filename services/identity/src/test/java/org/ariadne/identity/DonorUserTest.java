package org.ariadne.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11: a donor user belongs to a donor organisation (a global registry institution id), not to tenants. Its
 * token carries the organisation ({@code donor_org}) and no tenants or tenant roles; the tenant role "donor" is gone.
 */
@IdentityTest
@SuppressWarnings("unchecked")
class DonorUserTest {

    private static final String ADMIN = TestJwts.platformAdmin();
    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aDonorUsersTokenCarriesItsOrganisationAndNoTenant() throws Exception {
        String username = "donor." + Fixtures.tenantId().replace("-", "");
        Api.Response created = api.post("/api/admin/users", ADMIN, """
                {"username": "%s", "displayName": "IOM programme officer", "password": "%s",
                 "donorOrganisation": "global-iom", "memberships": []}""".formatted(username, PASSWORD));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.<String>json("$.donorOrganisation")).isEqualTo("global-iom");

        String tokenResponse = new BrowserSignIn(port, IdentityTest.REDIRECT_URI).tokenResponse(username, PASSWORD)
                .orElseThrow(() -> new AssertionError("no authorization code for a correct password"));

        Map<String, Object> claims = claims(JsonPath.read(tokenResponse, "$.access_token"));
        assertThat(claims).containsEntry("donor_org", "global-iom");
        assertThat((List<String>) claims.get("tenants")).isEmpty();
        assertThat((List<String>) claims.get("roles")).isEmpty();
    }

    @Test
    void aDonorUserHoldsNoMembershipAndNoTenantHasADonorRole() {
        String canton = onboard();
        Api.Response donorWithMembership = api.post("/api/admin/users", ADMIN, """
                {"username": "donor.member.%s", "displayName": "x y", "password": "%s", "donorOrganisation": "global-iom",
                 "memberships": [{"tenant": "%s", "roles": ["viewer"]}]}""".formatted(canton.substring(3), PASSWORD, canton));
        Api.Response donorRole = api.post("/api/admin/users", ADMIN, """
                {"username": "donor.role.%s", "displayName": "x y", "password": "%s",
                 "memberships": [{"tenant": "%s", "roles": ["donor"]}]}""".formatted(canton.substring(3), PASSWORD, canton));

        assertThat(donorWithMembership.status()).as(donorWithMembership.toString()).isEqualTo(422);
        assertThat(donorWithMembership.<List<String>>json("$.errors[*].pointer")).containsExactly("/memberships");
        assertThat(donorRole.status()).isEqualTo(422);
        assertThat(donorRole.<List<String>>json("$.errors[*].pointer")).containsExactly("/memberships/0/roles/0");
    }

    @Test
    void theAdministratorLinksAnExistingUserToItsDonorOrganisationOnceTheRegistryHoldsIt() {
        String canton = onboard();
        String officer = "officer." + canton.substring(3);
        String member = "member." + canton.substring(3);
        assertThat(api.post("/api/admin/users", ADMIN, """
                {"username": "%s", "displayName": "Officer", "password": "%s", "memberships": []}"""
                .formatted(officer, PASSWORD)).status()).isEqualTo(201);
        assertThat(api.post("/api/admin/users", ADMIN, """
                {"username": "%s", "displayName": "Member", "password": "%s", "memberships": [
                  {"tenant": "%s", "roles": ["viewer"]}]}""".formatted(member, PASSWORD, canton)).status()).isEqualTo(201);

        Api.Response linked = api.put("/api/admin/users/" + officer + "/donor-organisation", ADMIN,
                "{\"institutionId\": \"global-iom\"}");
        Api.Response refused = api.put("/api/admin/users/" + member + "/donor-organisation", ADMIN,
                "{\"institutionId\": \"global-iom\"}");
        Api.Response unknown = api.put("/api/admin/users/nobody.at.all/donor-organisation", ADMIN,
                "{\"institutionId\": \"global-iom\"}");
        Api.Response notAdmin = api.put("/api/admin/users/" + officer + "/donor-organisation", TestJwts.forTenant(canton),
                "{\"institutionId\": \"global-iom\"}");

        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(linked.<String>json("$.donorOrganisation")).isEqualTo("global-iom");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(notAdmin.status()).isEqualTo(403);
        assertThat(api.get("/api/admin/users/" + officer, ADMIN).<String>json("$.donorOrganisation")).isEqualTo("global-iom");
    }

    private String onboard() {
        String id = Fixtures.tenantId();
        Api.Response response = api.post("/api/admin/tenants", ADMIN, Fixtures.tenantJson(id, null));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return id;
    }

    private static Map<String, Object> claims(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonPath.read(payload, "$");
    }
}
