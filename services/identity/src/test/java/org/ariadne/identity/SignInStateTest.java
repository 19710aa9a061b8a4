package org.ariadne.identity;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JWSObject;
import com.mongodb.client.model.Updates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestBackends;
import org.ariadne.testing.TestJwts;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Signing keys, authorizations and sign-ins live in Mongo: a second identity instance that starts with nothing in
 * memory (a restart, or another replica) accepts the tokens the first one issued and finishes a sign-in it started;
 * a rotation signs new tokens with a new key while the old tokens stay valid until the old key is retired.
 */
@IdentityTest
class SignInStateTest {

    private static final String PASSWORD = "correct horse battery";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TenantDatabases databases;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aFreshInstanceAcceptsEarlierTokensAndFinishesASignInStartedOnAnotherReplica() throws Exception {
        String username = user();
        String before = accessToken(new BrowserSignIn(port, IdentityTest.REDIRECT_URI).tokenResponse(username, PASSWORD)
                .orElseThrow());
        String client = clientCredentials(port);

        try (ConfigurableApplicationContext replica = startAnotherInstance()) {
            int other = ((WebServerApplicationContext) replica).getWebServer().getPort();

            HttpResponse<String> userinfo = userinfo(other, before);
            assertThat(userinfo.statusCode()).as("a user's token from before, at a new instance: %s %s", userinfo.headers(),
                    userinfo.body()).isEqualTo(200);
            assertThat(new Api(other).get("/api/admin/tenants", client).status())
                    .as("an admin client's token from before, at a new instance").isEqualTo(200);

            String across = accessToken(new BrowserSignIn(port, other, IdentityTest.REDIRECT_URI).tokenResponse(username, PASSWORD)
                    .orElseThrow(() -> new AssertionError("a sign-in at one replica was not continued at the other")));
            assertThat(userinfo(port, across).statusCode()).isEqualTo(200);
            assertThat(userinfo(other, across).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aRotatedKeyKeepsItsTokensValidUntilItIsRetiredAndResourceServersFollow() throws Exception {
        String old = clientCredentials(port);
        JwtDecoder resourceServer = NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + port + "/oauth2/jwks").build();
        resourceServer.decode(old);

        Api.Response rotated = api.post("/api/admin/signing-keys/rotation", TestJwts.platformAdmin(), null);

        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String oldKid = kid(old);
        String fresh = clientCredentials(port);
        assertThat(kid(fresh)).isNotEqualTo(oldKid).isEqualTo(rotated.json("$[0].kid"));
        assertThat((Boolean) rotated.json("$[0].signing")).isTrue();
        List<String> retired = rotated.json("$[?(@.kid == '" + oldKid + "')].publishedUntil");
        assertThat(Instant.parse(retired.get(0))).isBetween(Instant.now().plus(Duration.ofMinutes(60)),
                Instant.now().plus(Duration.ofMinutes(66)));
        // identity itself and a resource server with a cached key set (the services, the gateway) take both tokens
        assertThat(api.get("/api/admin/tenants", old).status()).isEqualTo(200);
        assertThat(api.get("/api/admin/tenants", fresh).status()).isEqualTo(200);
        assertThat(resourceServer.decode(fresh).getSubject()).isEqualTo("ariadne-admin");
        assertThat(resourceServer.decode(old).getSubject()).isEqualTo("ariadne-admin");
        assertThat(jwks()).contains(oldKid, kid(fresh));
        Document stored = keys().find(eq("_id", oldKid)).first();
        assertThat(stored).doesNotContainKey("privateKey");
        assertThat(stored.getString("publicJwk")).doesNotContain("\"d\"");

        // once every token it signed has expired, the retired key leaves the key set and its tokens are refused
        keys().updateOne(eq("_id", oldKid), Updates.set("publishedUntil", Date.from(Instant.now().minusSeconds(1))));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(jwks()).doesNotContain(oldKid).contains(kid(fresh));
            assertThat(api.get("/api/admin/tenants", old).status()).isEqualTo(401);
        });
        assertThat(api.get("/api/admin/tenants", fresh).status()).isEqualTo(200);
        JwtDecoder newcomer = NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + port + "/oauth2/jwks").build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> newcomer.decode(old)).isInstanceOf(JwtException.class);
    }

    @Test
    void privateKeysAreStoredEncrypted() {
        Document signing = keys().find(eq("retiredAt", null)).first();
        assertThat(signing).isNotNull();
        byte[] encrypted = signing.get("privateKey", Binary.class).getData();
        assertThat(new String(encrypted, StandardCharsets.ISO_8859_1)).doesNotContain("\"d\"").doesNotContain("RSA");
        assertThat(signing.getString("publicJwk")).doesNotContain("\"d\"").contains(signing.getString("_id"));
    }

    private ConfigurableApplicationContext startAnotherInstance() {
        // command-line arguments, which win over application.yml (default properties would not)
        List<String> arguments = new java.util.ArrayList<>(List.of("--server.port=0"));
        for (String property : IdentityTest.PROPERTIES) {
            arguments.add("--" + property);
        }
        return new SpringApplicationBuilder(IdentityApplication.class)
                .initializers(new TestBackends(), new TestMail(), new FakeServices())
                .run(arguments.toArray(String[]::new));
    }

    private String user() {
        String tenant = Fixtures.tenantId();
        assertThat(api.post("/api/admin/tenants", TestJwts.platformAdmin(), Fixtures.tenantJson(tenant, null)).status())
                .isEqualTo(201);
        String username = "state." + tenant.substring(3);
        Api.Response created = api.post("/api/admin/users", TestJwts.platformAdmin(), """
                {"username": "%s", "displayName": "Replica Test", "password": "%s", "memberships": [
                  {"tenant": "%s", "roles": ["viewer"]}]}
                """.formatted(username, PASSWORD, tenant));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    private String jwks() {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/jwks")).build()).body();
    }

    private static HttpResponse<String> userinfo(int port, String token) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/userinfo"))
                .header("Authorization", "Bearer " + token).build());
    }

    private static String clientCredentials(int port) {
        String basic = Base64.getEncoder().encodeToString("ariadne-admin:ariadne-admin-local".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonPath.read(response.body(), "$.access_token");
    }

    private static String accessToken(String tokenResponse) {
        return JsonPath.read(tokenResponse, "$.access_token");
    }

    private static String kid(String jwt) throws java.text.ParseException {
        return JWSObject.parse(jwt).getHeader().getKeyID();
    }

    private com.mongodb.client.MongoCollection<Document> keys() {
        return databases.platformRegistry().getCollection("signing_keys");
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
