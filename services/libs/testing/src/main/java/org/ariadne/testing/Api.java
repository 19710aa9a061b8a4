package org.ariadne.testing;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real HTTP client for service tests. For paths under {@code /api/t/<tenant>/} it sends {@code X-Tenant-Id} as the
 * gateway would, unless the test passes its own {@code X-Tenant-Id} (an empty value sends none).
 */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public Api(int port) {
        this("http://127.0.0.1:" + port);
    }

    public Api(String baseUrl) {
        this.base = baseUrl;
    }

    public Response get(String path, String token, String... headers) {
        return send("GET", path, token, null, headers);
    }

    public Response post(String path, String token, String json, String... headers) {
        return send("POST", path, token, json, headers);
    }

    public Response put(String path, String token, String json, String... headers) {
        return send("PUT", path, token, json, headers);
    }

    public Response patch(String path, String token, String json, String... headers) {
        return send("PATCH", path, token, json, headers);
    }

    public Response delete(String path, String token, String... headers) {
        return send("DELETE", path, token, null, headers);
    }

    /** Sends raw bytes (oversized or non-JSON bodies). */
    public Response sendBytes(String method, String path, String token, byte[] body, String contentType, String... headers) {
        HttpRequest.Builder request = request(path, token, headers).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        return execute(request);
    }

    public Response send(String method, String path, String token, String json, String... headers) {
        HttpRequest.Builder request = request(path, token, headers);
        if (json != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return execute(request);
    }

    private HttpRequest.Builder request(String path, String token, String... headers) {
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("headers come in name/value pairs");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        boolean tenantGiven = false;
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase("X-Tenant-Id")) {
                tenantGiven = true;
                if (headers[i + 1].isEmpty()) {
                    continue;
                }
            }
            request.header(headers[i], headers[i + 1]);
        }
        if (!tenantGiven) {
            tenantOf(path).ifPresent(tenant -> request.header("X-Tenant-Id", tenant));
        }
        return request;
    }

    private static Optional<String> tenantOf(String path) {
        if (!path.startsWith("/api/t/")) {
            return Optional.empty();
        }
        String rest = path.substring("/api/t/".length());
        int slash = rest.indexOf('/');
        String tenant = slash < 0 ? rest : rest.substring(0, slash);
        int query = tenant.indexOf('?');
        return Optional.of(query < 0 ? tenant : tenant.substring(0, query));
    }

    private static Response execute(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response as the test sees it. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public <T> T json(String jsonPath) {
            return JsonPath.read(body, jsonPath);
        }

        /** True when this is an RFC 9457 answer of the given catalogue slug. */
        public boolean isProblem(String slug) {
            String contentType = header("Content-Type");
            if (contentType == null || !contentType.startsWith("application/problem+json")) {
                return false;
            }
            String type = json("$.type");
            return type != null && type.endsWith(":" + slug);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
