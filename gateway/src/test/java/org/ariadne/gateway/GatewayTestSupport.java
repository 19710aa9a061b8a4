package org.ariadne.gateway;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import org.ariadne.gateway.tenant.TenantRegistry;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.tenancy.mongo.TenantRegistryStamp;
import org.ariadne.testing.TestJwts;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One in-JVM world for the gateway tests: mongo-java-server holding the tenant registry, a fake downstream HTTP
 * server standing in for identity (JWKS + echo) and plans (echo), and a closed port standing in for the monitoring
 * and partners services, which are down. The echo answers with the path and the X-Tenant-Id / Authorization headers it received.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
abstract class GatewayTestSupport {

    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    static final String PROBLEM_PREFIX = "urn:ariadne:problem:";

    static final MongoServer MONGO = new MongoServer(new MemoryBackend().version(ServerVersion.MONGO_5_0));
    static final String MONGO_URI = MONGO.bindAndGetConnectionString();
    static final HttpServer DOWNSTREAM = startDownstream();
    static final String DOWNSTREAM_URL = "http://127.0.0.1:" + DOWNSTREAM.getAddress().getPort();
    static final String DOWN_URL = "http://127.0.0.1:" + closedPort();
    /** A path the fake downstream answers only after {@link #HANG_MILLIS}, past the gateway's response timeout. */
    static final String HANG = "/hang";
    static final long HANG_MILLIS = 10_000;
    /**
     * Paths ending in {@code /answers/<kind>} are answered as {@link #answer} says: a body of a given length, chunked,
     * none, or one cut off.
     */
    static final String ANSWERS = "/answers/";
    /** Requests the fake downstream received, newest last. */
    static final List<String> RECEIVED = java.util.Collections.synchronizedList(new ArrayList<>());

    /** platform__registry.tenants, as identity writes it: move its stamp after a write ({@link #registryWritten}). */
    static final MongoCollection<Document> TENANTS;
    private static final TenantDatabases DATABASES;

    static {
        MongoClient client = MongoClients.create(MONGO_URI);
        DATABASES = new TenantDatabases(client, "identity");
        TENANTS = client.getDatabase("platform__registry").getCollection("tenants");
        TENANTS.insertMany(List.of(
                    tenant("ba-04", "Una-Sana Canton", "ba", "ACTIVE"),
                    tenant("me", "Montenegro", null, "ACTIVE"),
                    tenant("xk", "Kosovo", null, "ACTIVE"),
                    tenant("si", "Slovenia", null, "SUSPENDED")));
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("ariadne.mongodb.uri", () -> MONGO_URI);
        registry.add("ariadne.services.identity", () -> DOWNSTREAM_URL);
        registry.add("ariadne.services.plans", () -> DOWNSTREAM_URL);
        registry.add("ariadne.services.monitoring", () -> DOWN_URL);
        registry.add("ariadne.services.funding", () -> DOWNSTREAM_URL);
        registry.add("ariadne.services.partners", () -> DOWN_URL);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> DOWNSTREAM_URL + "/oauth2/jwks");
        registry.add("ariadne.gateway.registry-refresh", () -> "200ms");
        registry.add("ariadne.gateway.response-timeout", () -> "3s"); // the fake service's HANG path takes longer
        registry.add("management.server.port", () -> "0");
    }

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    TenantRegistry registry;

    @BeforeEach
    void loadRegistry() {
        registry.refresh();
    }

    /** Moves the registry's stamp, as identity does after each write of {@link #TENANTS}. */
    static void registryWritten() {
        TenantRegistryStamp.move(DATABASES);
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Status, {@code Content-Type: application/problem+json} and the problem type; returns the body for more. */
    static WebTestClient.BodyContentSpec expectProblem(WebTestClient.ResponseSpec response, int status, String slug) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEM_PREFIX + slug)
                .jsonPath("$.status").isEqualTo(status);
    }

    static Document tenant(String id, String name, String parentId, String status) {
        return new Document("_id", id).append("name", name).append("parentId", parentId).append("status", status);
    }

    private static HttpServer startDownstream() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String jwks = jwks();
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getRawPath();
                if ("/oauth2/jwks".equals(path)) {
                    respond(exchange, "application/json", jwks);
                    return;
                }
                String tenant = exchange.getRequestHeaders().getFirst("X-Tenant-Id");
                String authorization = exchange.getRequestHeaders().getFirst(HttpHeaders.AUTHORIZATION);
                RECEIVED.add(path);
                if (path.endsWith(HANG)) {
                    pause(HANG_MILLIS); // a service that does not answer in time
                }
                if (path.contains(ANSWERS)) {
                    answer(exchange, path.substring(path.indexOf(ANSWERS) + ANSWERS.length()));
                    return;
                }
                // read the whole body first, as a service does
                long bodyBytes = exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
                StringBuilder json = new StringBuilder("{\"path\":\"").append(path).append('"')
                        .append(",\"method\":\"").append(exchange.getRequestMethod()).append('"')
                        .append(",\"bodyBytes\":").append(bodyBytes);
                if (tenant != null) {
                    json.append(",\"tenant\":\"").append(tenant).append('"');
                }
                if (authorization != null) {
                    json.append(",\"authorization\":\"").append(authorization).append('"');
                }
                for (String forwarded : List.of("X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto")) {
                    String value = exchange.getRequestHeaders().getFirst(forwarded);
                    if (value != null) {
                        json.append(",\"").append(forwarded).append("\":\"").append(value).append('"');
                    }
                }
                respond(exchange, "application/json", json.append('}').toString());
            });
            server.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "fake-downstream");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code sized-<n>}: n bytes with a Content-Length; {@code chunked-<n>}: n bytes without one; {@code none}: 204;
     * {@code cut}: a Content-Length of 1,000 and 10 bytes, then the connection closes.
     */
    private static void answer(HttpExchange exchange, String kind) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        if ("none".equals(kind)) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        if ("cut".equals(kind)) {
            exchange.sendResponseHeaders(200, 1_000);
            exchange.getResponseBody().write(answerBytes(10));
            exchange.getResponseBody().flush();
            // the JDK server closes the connection of a handler that throws, with 990 bytes still owed
            throw new IOException("cut off on purpose");
        }
        int length = Integer.parseInt(kind.substring(kind.indexOf('-') + 1));
        byte[] bytes = answerBytes(length);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        if (head && !kind.startsWith("chunked")) {
            // the length a GET would have, and no body, as Tomcat answers a HEAD
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(length));
        }
        exchange.sendResponseHeaders(200, kind.startsWith("chunked") ? 0 : head ? -1 : length);
        if (!head) {
            OutputStream body = exchange.getResponseBody();
            for (int offset = 0; offset < length; offset += 4096) { // in parts, as a service streams a large answer
                body.write(bytes, offset, Math.min(4096, length - offset));
                body.flush();
            }
        }
        exchange.close();
    }

    /** The bytes {@link #answer} sends for a body of this length: a repeating pattern a lost or moved byte breaks. */
    static byte[] answerBytes(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) ('a' + (i * 7 + i / 251) % 26);
        }
        return bytes;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** The JWKS identity would publish, built from lib-testing's public key. */
    private static String jwks() {
        try {
            String pem = Files.readString(Path.of(URI.create(TestJwts.publicKeyLocation())));
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return new JWKSet(new RSAKey.Builder(key).keyID("ariadne-test").build()).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
