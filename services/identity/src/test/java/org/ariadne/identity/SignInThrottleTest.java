package org.ariadne.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Repeated failed sign-ins pause the account and the source address, over real HTTP: the sign-in form as a browser
 * posts it, and a confidential client at the token endpoint. Each test signs in from its own source address
 * (X-Forwarded-For, as the gateway appends it), so the pauses stay out of the other tests' way.
 */
@IdentityTest
class SignInThrottleTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void anAccountIsPausedAfterFiveFailuresEvenForTheRightPasswordAndASuccessStartsTheCountAgain() {
        String username = user();
        String source = "203.0.113.10";
        for (int i = 1; i <= 4; i++) {
            assertThat(signIn(username, "wrong " + i, source)).satisfies(SignInThrottleTest::isWrongPassword);
        }

        HttpResponse<String> fifth = signIn(username, "wrong 5", source);

        assertThat(fifth.statusCode()).isEqualTo(429);
        assertThat(fifth.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(Long.parseLong(fifth.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3L);
        assertThat(fifth.body()).contains("Sign-in paused").contains("Try again in").contains("even with the right");
        assertThat(signIn(username, PASSWORD, source).statusCode()).as("paused: the right password is not even checked").isEqualTo(429);
        assertThat(signIn(username, PASSWORD, "203.0.113.11").statusCode()).as("the account is paused from anywhere").isEqualTo(429);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(signIn(username, PASSWORD, source)).satisfies(SignInThrottleTest::isSignedIn));
        for (int i = 1; i <= 4; i++) {
            assertThat(signIn(username, "wrong again " + i, source)).as("the success forgot the earlier failures")
                    .satisfies(SignInThrottleTest::isWrongPassword);
        }
        assertThat(signIn(username, "wrong again 5", source).statusCode()).isEqualTo(429);
    }

    @Test
    void anAddressThatGuessesManyAccountsIsPausedForEveryAccount() {
        String username = user();
        String guesser = "198.51.100.7";
        for (int i = 1; i < 20; i++) {
            assertThat(signIn("ghost." + i, "guess", guesser)).satisfies(SignInThrottleTest::isWrongPassword);
        }
        assertThat(signIn("ghost.20", "guess", guesser).statusCode()).isEqualTo(429);

        assertThat(signIn(username, PASSWORD, guesser).statusCode()).isEqualTo(429);
        assertThat(signIn(username, PASSWORD, "198.51.100.8")).as("other addresses sign in as usual").satisfies(SignInThrottleTest::isSignedIn);
    }

    @Test
    void aConfidentialClientWithWrongSecretsIsPausedWithAProblemThatSaysWhenToRetry() throws Exception {
        String source = "192.0.2.44";
        for (int i = 1; i <= 5; i++) {
            assertThat(clientCredentials("wrong-secret-" + i, source).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> paused = clientCredentials("ariadne-admin-local", source);

        assertThat(paused.statusCode()).isEqualTo(429);
        assertThat(paused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        long retryAfter = Long.parseLong(paused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 3L);
        Map<String, Object> problem = JsonPath.read(paused.body(), "$");
        assertThat(problem).containsEntry("type", "urn:ariadne:problem:sign-in-throttled").containsEntry("status", 429)
                .containsKey("retryAt").containsEntry("retryAfterSeconds", (int) retryAfter);
        assertThat((String) problem.get("detail")).startsWith("Too many failed sign-ins").contains("Try again in");

        // the pause ends by itself, and the right secret then resets the client's count
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(clientCredentials("ariadne-admin-local", source).statusCode()).isEqualTo(200));
        assertThat(clientCredentials("wrong-secret-again", source).statusCode()).isEqualTo(401);
        assertThat(clientCredentials("ariadne-admin-local", source).statusCode()).isEqualTo(200);
    }

    private static void isWrongPassword(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/login?error");
    }

    private static void isSignedIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("/login");
    }

    private String user() {
        String tenant = Fixtures.tenantId();
        assertThat(api.post("/api/admin/tenants", TestJwts.platformAdmin(), Fixtures.tenantJson(tenant, null)).status()).isEqualTo(201);
        String username = "viewer." + tenant.substring(3);
        Api.Response created = api.post("/api/admin/users", TestJwts.platformAdmin(), """
                {"username": "%s", "displayName": "Test", "password": "%s", "memberships": [{"tenant": "%s", "roles": ["viewer"]}]}
                """.formatted(username, PASSWORD, tenant));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    /** The sign-in form as a browser uses it: fetch the page (session + CSRF token), post the form. */
    private HttpResponse<String> signIn(String username, String password, String source) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = send(browser, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Accept", "text/html").header("X-Forwarded-For", source).GET());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("sign-in form with a CSRF token: %s", page.body()).isTrue();
        return send(browser, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Accept", "text/html").header("X-Forwarded-For", source)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(BrowserSignIn.form(Map.of(
                        "username", username, "password", password, "_csrf", csrf.group(1))))));
    }

    private HttpResponse<String> clientCredentials(String secret, String source) {
        String basic = Base64.getEncoder().encodeToString(("ariadne-admin:" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("X-Forwarded-For", source)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
