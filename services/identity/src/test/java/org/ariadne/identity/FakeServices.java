package org.ariadne.identity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stand-ins for plans, monitoring, funding and partners as identity's lifecycle jobs see them: each answers lib-tenancy's tenant-data
 * endpoint over real HTTP (GET a stream, PUT ?from= a stream into a fresh tenant, DELETE), keeping the streams in
 * memory and recording what identity sent, so identity's own tests can follow an export, offboarding and import without
 * the other services' JVMs (tests/e2e runs them for real).
 */
public final class FakeServices implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final Map<String, Service> SERVICES = new ConcurrentHashMap<>();

    /** One stand-in: its tenants' data streams, the tenants dropped, and the tokens it was called with. */
    static final class Service {
        final String name;
        final Map<String, String> data = new ConcurrentHashMap<>();
        final Set<String> dropped = ConcurrentHashMap.newKeySet();
        final List<String> authorizations = new CopyOnWriteArrayList<>();
        final HttpServer server;

        Service(String name) throws IOException {
            this.name = name;
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/platform/tenant-data/", this::handle);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        /** Data of a tenant as the real service would stream it: a header, its lines, the end line. */
        void holds(String tenant, String... documents) {
            StringBuilder stream = new StringBuilder("{\"format\": \"ariadne.tenant-data.v1\", \"service\": \"" + name
                    + "\", \"tenant\": \"" + tenant + "\"}\n");
            for (String document : documents) {
                stream.append("{\"collection\": \"items\", \"document\": ").append(document).append("}\n");
            }
            stream.append("{\"end\": true, \"documents\": ").append(documents.length).append("}\n");
            data.put(tenant, stream.toString());
            dropped.remove(tenant);
        }

        /** What a service streams for a tenant it holds nothing of: the header and an end line of no documents. */
        private String emptyStream(String tenant) {
            return "{\"format\": \"ariadne.tenant-data.v1\", \"service\": \"" + name + "\", \"tenant\": \"" + tenant + "\"}\n"
                    + "{\"end\": true, \"documents\": 0}\n";
        }

        private void handle(HttpExchange exchange) throws IOException {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            String tenant = exchange.getRequestURI().getPath().substring("/api/platform/tenant-data/".length());
            switch (exchange.getRequestMethod()) {
                case "GET" -> {
                    String stream = data.getOrDefault(tenant, emptyStream(tenant));
                    respond(exchange, 200, stream);
                }
                case "PUT" -> {
                    String from = exchange.getRequestURI().getQuery().replace("from=", "");
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    if (data.containsKey(tenant)) {
                        respond(exchange, 409, "{\"type\":\"urn:ariadne:problem:conflict\"}");
                    } else if (!body.contains("\"tenant\": \"" + from + "\"")) {
                        respond(exchange, 400, "{\"type\":\"urn:ariadne:problem:malformed-request\"}");
                    } else {
                        data.put(tenant, body.replace("\"tenant\": \"" + from + "\"", "\"tenant\": \"" + tenant + "\""));
                        respond(exchange, 200, "{}");
                    }
                }
                case "DELETE" -> {
                    data.remove(tenant);
                    dropped.add(tenant);
                    exchange.sendResponseHeaders(204, -1);
                    exchange.close();
                }
                default -> respond(exchange, 405, "");
            }
        }

        private static void respond(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        }
    }

    static synchronized Service service(String name) {
        return SERVICES.computeIfAbsent(name, n -> {
            try {
                return new Service(n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("ariadne.services.plans=" + service("plans").url(),
                "ariadne.services.monitoring=" + service("monitoring").url(),
                "ariadne.services.funding=" + service("funding").url(),
                "ariadne.services.partners=" + service("partners").url()).applyTo(context.getEnvironment());
    }
}
