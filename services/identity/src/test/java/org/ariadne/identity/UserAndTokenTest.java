package org.ariadne.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IdentityTest
class UserAndTokenTest {

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
    void aUserSignsInWithPkceAndGetsTheirActiveTenantsAndRoles() throws Exception {
        String canton = onboard();
        String other = onboard();
        String suspended = onboard();
        String username = "coordinator." + canton.substring(3);
        Api.Response created = api.post("/api/admin/users", ADMIN, """
                {"username": "%s", "displayName": "Amra Hodžić", "password": "%s", "memberships": [
                  {"tenant": "%s", "roles": ["coordinator"]},
                  {"tenant": "%s", "roles": ["viewer", "focal_point"], "institution": "Ministry of Interior"},
                  {"tenant": "%s", "roles": ["viewer"]}]}
                """.formatted(username, PASSWORD, canton, other, suspended));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/admin/users/" + username);
        assertThat(created.body()).doesNotContain("passwordHash").doesNotContain(PASSWORD);
        assertThat(api.post("/api/admin/tenants/" + suspended + "/suspend", ADMIN, "{\"reason\": \"test\"}").status()).isEqualTo(200);

        String tokenResponse = new BrowserSignIn(port, IdentityTest.REDIRECT_URI).tokenResponse(username, PASSWORD)
                .orElseThrow(() -> new AssertionError("no authorization code for a correct password"));

        String accessToken = JsonPath.read(tokenResponse, "$.access_token");
        Map<String, Object> claims = claims(accessToken);
        assertThat(claims).containsEntry("sub", username).containsEntry("name", "Amra Hodžić")
                .containsEntry("iss", IdentityTest.ISSUER);
        assertThat((List<String>) claims.get("tenants")).containsExactly(canton, other);
        assertThat((List<String>) claims.get("roles"))
                .containsExactly(canton + ":coordinator", other + ":viewer", other + ":focal_point");
        assertThat((Map<String, String>) claims.get("institutions")).containsExactly(Map.entry(other, "Ministry of Interior"));
        long ttl = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        assertThat(ttl).isEqualTo(3600);
        assertThat((String) JsonPath.read(tokenResponse, "$.id_token")).isNotBlank();

        // identity's own API accepts the tokens it issues; this one is not a platform admin's
        Api.Response admin = api.get("/api/admin/tenants", accessToken);
        assertThat(admin.status()).isEqualTo(403);
        assertThat(admin.isProblem("forbidden")).isTrue();
    }

    @Test
    void aWrongPasswordGetsNoCode() {
        String canton = onboard();
        String username = "viewer." + canton.substring(3);
        assertThat(api.post("/api/admin/users", ADMIN, user(username, canton, "viewer", null)).status()).isEqualTo(201);

        assertThat(new BrowserSignIn(port, IdentityTest.REDIRECT_URI).authorizationCode(username, "not the password")).isEmpty();
        assertThat(new BrowserSignIn(port, IdentityTest.REDIRECT_URI).authorizationCode("nobody.here", PASSWORD)).isEmpty();
    }

    @Test
    void theAdminClientGetsAPlatformAdminTokenThatIdentityAccepts() throws Exception {
        HttpResponse<String> response = clientCredentials("ariadne-admin", "ariadne-admin-local");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String accessToken = JsonPath.read(response.body(), "$.access_token");
        Map<String, Object> claims = claims(accessToken);
        assertThat(claims).containsEntry("sub", "ariadne-admin");
        assertThat((List<String>) claims.get("roles")).containsExactly("platform_admin");
        assertThat((List<String>) claims.get("tenants")).isEmpty();

        String id = Fixtures.tenantId();
        Api.Response created = api.post("/api/admin/tenants", accessToken, Fixtures.tenantJson(id, null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(api.get("/api/admin/tenants/" + id, accessToken).status()).isEqualTo(200);

        assertThat(clientCredentials("ariadne-admin", "wrong-secret").statusCode()).isEqualTo(401);
    }

    @Test
    void usersAreValidatedAndListedWithoutPasswords() {
        String canton = onboard();
        String username = "focal." + canton.substring(3);

        Api.Response unknownTenant = api.post("/api/admin/users", ADMIN, user(username, Fixtures.tenantId(), "viewer", null));
        Api.Response focalWithoutInstitution = api.post("/api/admin/users", ADMIN, user(username, canton, "focal_point", null));
        Api.Response badFields = api.post("/api/admin/users", ADMIN, """
                {"username": "No Spaces", "displayName": "x", "password": "short", "memberships": [
                  {"tenant": "%s", "roles": ["emperor"]}]}
                """.formatted(canton));

        assertThat(unknownTenant.status()).isEqualTo(422);
        assertThat((List<String>) unknownTenant.json("$.errors[*].pointer")).containsExactly("/memberships/0/tenant");
        assertThat(focalWithoutInstitution.status()).isEqualTo(422);
        assertThat((List<String>) focalWithoutInstitution.json("$.errors[*].pointer")).containsExactly("/memberships/0/institution");
        assertThat(badFields.status()).isEqualTo(422);
        assertThat((List<String>) badFields.json("$.errors[*].pointer"))
                .containsExactlyInAnyOrder("/username", "/password", "/memberships/0/roles/0");

        assertThat(api.post("/api/admin/users", ADMIN, user(username, canton, "focal_point", "Police")).status()).isEqualTo(201);
        Api.Response duplicate = api.post("/api/admin/users", ADMIN, user(username, canton, "viewer", null));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.isProblem("conflict")).isTrue();

        Api.Response list = api.get("/api/admin/users", ADMIN);
        assertThat(list.status()).isEqualTo(200);
        assertThat((List<String>) list.json("$[*].username")).contains(username);
        assertThat(list.body()).doesNotContain("passwordHash").doesNotContain("{bcrypt}");
        assertThat((String) api.get("/api/admin/users/" + username, ADMIN).json("$.memberships[0].institution")).isEqualTo("Police");
        assertThat(api.get("/api/admin/users", TestJwts.forTenant(canton)).status()).isEqualTo(403);
    }

    private String onboard() {
        String id = Fixtures.tenantId();
        Api.Response response = api.post("/api/admin/tenants", ADMIN, Fixtures.tenantJson(id, null));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return id;
    }

    private static String user(String username, String tenant, String role, String institution) {
        return """
                {"username": "%s", "displayName": "Test %s", "password": "%s", "memberships": [
                  {"tenant": "%s", "roles": ["%s"]%s}]}
                """.formatted(username, username, PASSWORD, tenant, role,
                institution == null ? "" : ", \"institution\": \"" + institution + "\"");
    }

    private HttpResponse<String> clientCredentials(String clientId, String secret) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> claims(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonPath.read(payload, "$");
    }
}
