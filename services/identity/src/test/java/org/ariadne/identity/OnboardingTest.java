package org.ariadne.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ariadne.contracts.EventTypes;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A canton onboarded from the canton template in one call: the tenant and its TenantOnboarded event with the
 * template's reporting rules, the first coordinator's invitation mail on a real SMTP server, the password set from the
 * link (once), a sign-in with it, and the checklist the services' events fill in.
 */
@IdentityTest
class OnboardingTest {

    private static final String ADMIN = TestJwts.platformAdmin();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String PASSWORD = "Zenica 2026 canton";

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aCantonFromTheTemplateGetsItsRulesAndItsCoordinatorSetsAPasswordFromTheMailAndSignsIn() throws Exception {
        String canton = Fixtures.tenantId();
        String email = "koordinator." + canton.substring(3) + "@zdk.example.ba";

        long started = System.nanoTime();
        Api.Response onboarded = api.post("/api/admin/onboardings", ADMIN, """
                {"id": "%s", "name": "Kanton %s", "template": "canton", "reporting": {"jurisdiction": "KT"},
                 "coordinator": {"email": "%s", "displayName": "Amra Hodžić"}}""".formatted(canton, canton, email.toUpperCase()));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Onboarding call: %d ms%n", millis);

        assertThat(onboarded.status()).as(onboarded.toString()).isEqualTo(201);
        assertThat(onboarded.header("Location")).isEqualTo("/api/admin/onboardings/" + canton);
        assertThat((String) onboarded.json("$.template")).isEqualTo("canton");
        assertThat((String) onboarded.json("$.coordinators[0].username")).isEqualTo(email);
        assertThat((List<String>) onboarded.json("$.coordinators[0].roles")).containsExactly("coordinator");
        assertThat((Boolean) onboarded.json("$.coordinators[0].passwordSet")).isFalse();
        Api.Response tenant = api.get("/api/admin/tenants/" + canton, ADMIN);
        assertThat((List<String>) tenant.json("$.levelNames")).containsExactly("Oblast", "Strateški program");
        assertThat((String) tenant.json("$.currency")).isEqualTo("BAM");
        assertThat((String) tenant.json("$.template")).isEqualTo("canton");

        ConsumerRecord<String, String> event = TestKafka.awaitRecord(EventTypes.IDENTITY_TOPIC,
                r -> canton.equals(TestKafka.header(r, "ce_tenant")) && EventTypes.TENANT_ONBOARDED.equals(TestKafka.header(r, "ce_type")),
                Duration.ofSeconds(20)).orElseThrow();
        Map<String, Object> reporting = JsonPath.read(event.value(), "$.reporting");
        assertThat(reporting).containsEntry("rounding", "truncate").containsEntry("decimalSeparator", ",")
                .containsEntry("jurisdiction", "KT").containsEntry("language", "bs");
        assertThat((String) JsonPath.read(event.value(), "$.reporting.statusClasses.ongoing")).isEqualTo("implemented");
        assertThat((String) JsonPath.read(event.value(), "$.template")).isEqualTo("canton");

        MimeMessage mail = TestMail.await(email, "pozivnica", 1, Duration.ofSeconds(20));
        assertThat(TestMail.body(mail)).contains("Kanton " + canton).contains(email);
        String token = TestMail.token(mail);

        Browser browser = new Browser(port);
        HttpResponse<String> form = browser.get("/invitations/" + token);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        HttpResponse<String> mismatch = browser.postForm("/invitations/" + token, form.body(), PASSWORD, "something else");
        assertThat(mismatch.statusCode()).isEqualTo(422);
        assertThat(mismatch.body()).contains("must repeat the password");
        HttpResponse<String> set = browser.postForm("/invitations/" + token, mismatch.body(), PASSWORD, PASSWORD);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(set.body()).contains("Your password is set");
        assertThat(browser.get("/invitations/" + token).statusCode()).as("the link works once").isEqualTo(404);

        String tokens = new BrowserSignIn(port, IdentityTest.REDIRECT_URI).tokenResponse(email, PASSWORD)
                .orElseThrow(() -> new AssertionError("the coordinator cannot sign in with the password set from the link"));
        Map<String, Object> claims = claims(JsonPath.read(tokens, "$.access_token"));
        assertThat((List<String>) claims.get("tenants")).containsExactly(canton);
        assertThat((List<String>) claims.get("roles")).containsExactly(canton + ":coordinator");
        assertThat((Boolean) api.get("/api/admin/onboardings/" + canton, ADMIN).json("$.coordinators[0].passwordSet")).isTrue();
    }

    private void awaitInstitutionsStep(String tenant, String coordinator, String state) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                (List<String>) api.get("/api/t/" + tenant + "/identity/checklist", coordinator).json("$.items[*].state"))
                .containsExactly("done", state, "done", "open"));
    }

    private static void reviewQueue(String tenant, int openNames, long version) {
        TestKafka.send(EventTypes.PARTNERS_TOPIC, tenant + ":review-queue", """
                {"tenantId": "%s", "openNames": %d}""".formatted(tenant, openNames),
                TestKafka.cloudEventHeaders(EventTypes.REVIEW_QUEUE_CHANGED, tenant, "review-queue", version));
    }

    @Test
    void theChecklistFollowsTheServicesEvents() {
        String canton = Fixtures.tenantId();
        assertThat(api.post("/api/admin/onboardings", ADMIN, """
                {"id": "%s", "name": "Kanton", "template": "canton",
                 "coordinator": {"email": "c.%s@example.org", "displayName": "C"}}""".formatted(canton, canton.substring(3)))
                .status()).isEqualTo(201);
        String coordinator = TestJwts.forTenant(canton, "coordinator");

        Api.Response open = api.get("/api/t/" + canton + "/identity/checklist", coordinator);
        assertThat(open.status()).as(open.toString()).isEqualTo(200);
        assertThat((List<String>) open.json("$.items[*].state")).containsExactly("open", "open", "open", "open");
        assertThat((Boolean) open.json("$.complete")).isFalse();

        TestKafka.send(EventTypes.PLANS_TOPIC, canton + ":plan-1", """
                {"tenantId": "%s", "planId": "plan-1", "title": "Akcioni plan", "levelNames": ["Oblast"]}""".formatted(canton),
                TestKafka.cloudEventHeaders(EventTypes.PLAN_CREATED, canton, "plan-1", 1));
        TestKafka.send(EventTypes.MONITORING_TOPIC, canton + ":round-1", """
                {"tenantId": "%s", "planId": "plan-1", "roundId": "round-1", "kind": "annual", "periodStart": "2026-01-01",
                 "periodEnd": "2026-12-31", "dueDate": "2027-01-31", "recipient": "coordinator", "activityCount": 3,
                 "institutions": []}""".formatted(canton),
                TestKafka.cloudEventHeaders(EventTypes.ROUND_OPENED, canton, "round-1", 1));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                (List<String>) api.get("/api/t/" + canton + "/identity/checklist", coordinator).json("$.items[*].state"))
                .containsExactly("done", "open", "done", "open"));
        assertThat(api.get("/api/t/" + canton + "/identity/checklist", TestJwts.forTenant(canton, "viewer")).status())
                .isEqualTo(403);
        assertThat((List<String>) api.get("/api/admin/onboardings/" + canton, ADMIN).json("$.checklistState.items[*].state"))
                .containsExactly("done", "open", "done", "open");

        // partners reads the names: none waits for review, then a changed plan prints a new one, then a decision
        reviewQueue(canton, 0, 1);
        awaitInstitutionsStep(canton, coordinator, "done");
        reviewQueue(canton, 1, 2);
        awaitInstitutionsStep(canton, coordinator, "open");
        reviewQueue(canton, 0, 3);
        awaitInstitutionsStep(canton, coordinator, "done");
    }

    @Test
    void anOnboardingThatIsInvalidWritesNothing() {
        String id = Fixtures.tenantId();
        Api.Response refused = api.post("/api/admin/onboardings", ADMIN, """
                {"id": "%s", "name": "X", "template": "province", "currency": "bam", "reporting": {"rounding": "up"},
                 "coordinator": {"email": "not an address", "displayName": ""}}""".formatted(id));

        assertThat(refused.status()).isEqualTo(422);
        assertThat((List<String>) refused.json("$.errors[*].pointer")).containsExactlyInAnyOrder("/template", "/currency",
                "/reporting/rounding", "/coordinator/email", "/coordinator/displayName");
        assertThat(api.get("/api/admin/tenants/" + id, ADMIN).status()).isEqualTo(404);
        assertThat(api.post("/api/admin/onboardings", TestJwts.forTenant("ba", "coordinator"), "{}").status()).isEqualTo(403);
    }

    private static Map<String, Object> claims(String jwt) {
        return JsonPath.read(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8), "$");
    }

    /** A browser at the invitation page: cookies (the form's CSRF token), no redirects followed. */
    static final class Browser {
        private final String base;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Browser(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postForm(String path, String page, String password, String confirmation) throws Exception {
            Matcher csrf = CSRF.matcher(page);
            assertThat(csrf.find()).as("a CSRF token in the form: " + page).isTrue();
            String form = BrowserSignIn.form(Map.of("_csrf", csrf.group(1), "password", password, "confirmation", confirmation));
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
