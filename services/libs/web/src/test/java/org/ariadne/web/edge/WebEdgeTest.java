package org.ariadne.web.edge;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ariadne.testing.RawHttp;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every error a service answers is an RFC 9457 problem that names the field and what to send, and leaks nothing
 * internal — including the answers of the servlet container and of {@code /error}; input is strict; a database out of
 * reach is a 503. The findings of issue 14, each as a request and the answer it must get.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {EdgeTestApplication.class, WebEdgeTest.QuickMongo.class})
class WebEdgeTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend().version(ServerVersion.MONGO_5_0));
    private static final String MONGO_URI = MONGO.bindAndGetConnectionString();
    private static final List<String> LEAKS = List.of("java.", "jakarta.", "tools.jackson", "com.fasterxml", "org.springframework",
            "org.apache", "com.mongodb", "Exception", "DeserializationFeature", "MapperFeature", "Whitelabel", "<html", "<script");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.application.name", () -> "edge");
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestJwts::jwksUri);
        registry.add("spring.autoconfigure.exclude", () -> "org.ariadne.messaging.MessagingAutoConfiguration");
    }

    /** A client that gives up on an unreachable database after a second, not the services' ten. */
    @org.springframework.boot.test.context.TestConfiguration
    static class QuickMongo {
        @org.springframework.context.annotation.Bean(destroyMethod = "close")
        com.mongodb.client.MongoClient mongoClient() {
            return com.mongodb.client.MongoClients.create(com.mongodb.MongoClientSettings.builder()
                    .applyConnectionString(new com.mongodb.ConnectionString(MONGO_URI))
                    .applyToClusterSettings(c -> c.serverSelectionTimeout(1, java.util.concurrent.TimeUnit.SECONDS)).build());
        }
    }

    @AfterAll
    static void stopMongo() {
        MONGO.shutdownNow();
    }

    private RawHttp.Response get(String target) {
        return RawHttp.request("GET", target).bearer(TestJwts.forTenant("ba-04")).send(port);
    }

    private RawHttp.Response post(String json, String contentType) {
        RawHttp request = RawHttp.request("POST", "/api/probe").bearer(TestJwts.forTenant("ba-04")).body(json);
        return (contentType == null ? request : request.header("Content-Type", contentType)).send(port);
    }

    private static RawHttp.Response assertProblem(RawHttp.Response response, int status, String slug) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem(slug)).as(response.toString()).isTrue();
        String detail = response.json("$.detail");
        assertThat(LEAKS).as(response.toString()).noneMatch(leak -> response.text().contains(leak));
        assertThat(detail).isNotBlank();
        return response;
    }

    @Test
    void aValidBodyIsAccepted() {
        RawHttp.Response ok = post("{\"title\":\"Plan\",\"count\":3,\"figure\":12.5,\"flag\":true,\"tags\":[\"a\"],"
                + "\"counts\":{\"x\":1}}", "application/json");
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        RawHttp.Response exact = post("{\"title\":\"Plan\",\"count\":3,\"figure\":\"12.50\"}", "application/json");
        assertThat(exact.<Double>json("$.figure")).as(exact.toString()).isEqualTo(12.5);
    }

    @Test
    void aWildcardContentTypeIsUnsupportedNotAnInternalError() {
        assertProblem(post("{\"title\":\"Plan\",\"count\":1}", "*/*"), 415, "unsupported-media-type");
        assertProblem(post("{\"title\":\"Plan\",\"count\":1}", "text/plain"), 415, "unsupported-media-type");
        assertProblem(post("{\"title\":\"Plan\",\"count\":1}", null), 415, "unsupported-media-type");
        assertProblem(post("{\"title\":\"Plan\",\"count\":1}", "application/x-www-form-urlencoded"), 415, "unsupported-media-type");
        assertProblem(post("{\"title\":\"100%\",\"count\":1}", "application/x-www-form-urlencoded"), 400, "malformed-request");
    }

    @Test
    void nulOrInvalidUtf8InAQueryParameterIsAMalformedRequestNamingIt() {
        for (String query : List.of("q=%00", "q=%ff%fe", "institution=%c0%80", "q=%1B%5B31m", "q=%zz", "q=%ed%a0%80")) {
            RawHttp.Response response = assertProblem(get("/api/probe/search?" + query), 400, "malformed-request");
            assertThat(response.text()).as(query).contains("query parameter " + query.substring(0, query.indexOf('=')));
        }
        assertThat(get("/api/probe/search?q=%C5%A1kola+%F0%9F%99%82").text()).contains("\"q\":\"škola 🙂\"");
    }

    @Test
    void theErrorPathIsAnUnknownAddressAndEchoesNothing() {
        assertProblem(get("/error"), 404, "not-found");
        assertProblem(get("/error?message=%3Cscript%3Ealert(1)%3C/script%3E"), 404, "not-found");
        assertProblem(RawHttp.request("GET", "/error?message=<script>").send(port), 400, "malformed-request");
    }

    @Test
    void requestTargetsTheContainerRefusesAreProblemsNotHtmlPages() {
        for (String target : List.of("/api/probe/a%2Fb", "/api/probe/a%00b", "/api/probe/a%5Cb", "/api/probe/a\\b",
                "/api/probe/search?q[$ne]=x", "/api/probe/search?q=<x>", "/api/probe/search?q={x}")) {
            assertProblem(get(target), 400, "malformed-request");
        }
        RawHttp.Response tooLong = RawHttp.request("GET", "/api/probe/search?q=" + "a".repeat(20_000)).send(port);
        assertThat(tooLong.status()).as(tooLong.toString()).isIn(400, 414, 431);
        assertThat(tooLong.isProblem(null)).as(tooLong.toString()).isTrue();
    }

    @Test
    void aPathVariableOfTheWrongTypeNamesItAndWhatToSend() {
        RawHttp.Response response = assertProblem(get("/api/probe/items/abc"), 400, "malformed-request");
        assertThat(response.<String>json("$.detail")).isEqualTo("year must be a whole number from -2147483648 to 2147483647");
    }

    @Test
    void wrongTypesAreRefusedNamingTheFieldNeverCoerced() {
        String[][] cases = {
            {"{\"title\":123,\"count\":1}", "/title", "must be a string"},
            {"{\"title\":true,\"count\":1}", "/title", "must be a string"},
            {"{\"title\":\"a\",\"count\":1.5}", "/count", "must be a whole number"},
            {"{\"title\":\"a\",\"count\":\"5\"}", "/count", "must be a whole number"},
            {"{\"title\":\"a\",\"count\":99999999999999999999}", "/count", "out of range"},
            {"{\"title\":\"a\",\"count\":null}", "/count", "must not be null"},
            {"{\"title\":\"a\"}", "/count", "is required"},
            {"{\"title\":\"a\",\"count\":1,\"flag\":1}", "/flag", "must be true or false"},
            {"{\"title\":\"a\",\"count\":1,\"tags\":\"x\"}", "/tags", "must be an array"},
            {"{\"title\":\"a\",\"count\":1,\"figure\":\"twelve\"}", "/figure", "must be a number"},
            {"{\"title\":\"a\",\"count\":1,\"figure\":\"1e999999\"}", "/figure", "at most 15 digits before"},
            {"{\"title\":\"a\",\"count\":1,\"figure\":1e999999}", "/figure", "at most 15 digits before"},
            {"{\"title\":\"a\",\"count\":1,\"figure\":1e-999999}", "/figure", "at most 9 digits after"},
            {"{\"title\":\"\\ud800\",\"count\":1}", "/title", "half of a surrogate pair"},
            {"{\"title\":\"\\u001B[31mred\",\"count\":1}", "/title", "control character U+001B"},
            {"{\"title\":\"a\",\"count\":1,\"tags\":[\"\\u0000\"]}", "/tags/0", "control character U+0000"},
            {"{\"title\":\"a\",\"count\":1,\"counts\":{\"\\u0007\":1}}", "/counts", "control character U+0007"},
            {"{\"title\":\"a\",\"count\":1,\"owner\":\"x\"}", "/owner", "is not a field of this request; the fields are: "},
            {"[]", "", "must be an object"},
        };
        for (String[] c : cases) {
            RawHttp.Response response = assertProblem(post(c[0], "application/json"), 422, "validation-failed");
            assertThat(response.<String>json("$.errors[0].pointer")).as(c[0]).isEqualTo(c[1]);
            assertThat(response.<String>json("$.errors[0].detail")).as(c[0]).contains(c[2]);
        }
    }

    @Test
    void bodiesThatAreNotOneWellFormedJsonDocumentAreMalformed() {
        List<byte[]> bodies = List.of(utf8("{\"title\":"), utf8("{\"title\":\"a\",\"title\":\"b\",\"count\":1}"),
                utf8("{\"title\":\"a\",\"count\":1} x"), utf8("{\"title\":\"a\u0000\",\"count\":1}"),
                "{\"title\":\"\u00ff\u00fe\",\"count\":1}".getBytes(StandardCharsets.ISO_8859_1), new byte[0]);
        for (byte[] body : bodies) {
            assertProblem(postBytes(body), 400, "malformed-request");
        }
    }

    @Test
    void deepNestingIsRefusedWithoutReadingIt() {
        RawHttp.Response response = postBytes(utf8("{\"counts\":" + "{\"a\":".repeat(5_000)));
        assertThat(response.status()).as(response.toString()).isIn(400, 422);
        assertThat(response.isProblem(null)).as(response.toString()).isTrue();
    }

    private RawHttp.Response postBytes(byte[] body) {
        return RawHttp.request("POST", "/api/probe").bearer(TestJwts.forTenant("ba-04"))
                .header("Content-Type", "application/json").body(body).send(port);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aRefusalThatSaysWhenToRetryCarriesRetryAfterInItsHeaderAndItsProblem() {
        RawHttp.Response busy = assertProblem(get("/api/probe/busy"), 503, "upstream-unavailable");

        assertThat(busy.header("Retry-After")).isEqualTo("30");
        assertThat((Integer) busy.json("$.retryAfterSeconds")).isEqualTo(30);
    }

    @Test
    void aDatabaseOutOfReachIsUnavailableWithRetryAfterNotAnInternalError() {
        assertThat(get("/api/probe/stored").status()).isEqualTo(200);
        MONGO.shutdownNow();

        RawHttp.Response cutOff = assertProblem(get("/api/probe/stored"), 503, "upstream-unavailable");
        RawHttp.Response noServer = assertProblem(get("/api/probe/stored"), 503, "upstream-unavailable");

        assertThat(cutOff.header("Retry-After")).isEqualTo("5");
        assertThat(noServer.header("Retry-After")).isEqualTo("5");
    }
}
