package org.ariadne.identity.lifecycle.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.ariadne.identity.lifecycle.ServiceData;
import org.ariadne.identity.lifecycle.ServiceEndpoints;
import org.ariadne.identity.signin.PlatformTokens;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.springframework.stereotype.Component;

/**
 * Calls a service's {@code /api/platform/tenant-data/{tenant}} directly (not through the gateway, which does not route
 * it) with a platform-admin token identity signs itself. Background work of a job, never part of a user's request.
 * A service that answers with an error or not at all fails the step with a problem naming the service.
 */
@Component
class HttpServiceData implements ServiceData {

    private static final String PATH = "/api/platform/tenant-data/";
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final ServiceEndpoints endpoints;
    private final PlatformTokens tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpServiceData(ServiceEndpoints endpoints, PlatformTokens tokens) {
        this.endpoints = endpoints;
        this.tokens = tokens;
    }

    @Override
    public void export(String service, String tenant, OutputStream out) {
        HttpResponse<InputStream> response = send(service, request(service, tenant, "").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw failed(service, "export", response.statusCode(), new String(in.readNBytes(2000), StandardCharsets.UTF_8));
            }
            in.transferTo(out);
        } catch (IOException e) {
            throw unavailable(service, "export", e);
        }
    }

    @Override
    public void importInto(String service, String to, String from, InputStream in) {
        HttpResponse<String> response = send(service, request(service, to, "?from=" + from)
                .header("Content-Type", "application/x-ndjson")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> in)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw failed(service, "import", response.statusCode(), response.body());
        }
    }

    @Override
    public void drop(String service, String tenant) {
        HttpResponse<String> response = send(service, request(service, tenant, "").DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 204 && response.statusCode() != 200) {
            throw failed(service, "removal", response.statusCode(), response.body());
        }
    }

    private HttpRequest.Builder request(String service, String tenant, String query) {
        String base = endpoints.services().get(service);
        if (base == null) {
            throw new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE, "Service " + service + " is not configured here"
                    + " (ariadne.services." + service + ")");
        }
        return HttpRequest.newBuilder(URI.create(base.replaceAll("/$", "") + PATH + tenant + query))
                .timeout(TIMEOUT).header("Authorization", "Bearer " + tokens.platformAdminToken());
    }

    private <T> HttpResponse<T> send(String service, HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw unavailable(service, request.method(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(service, request.method(), e);
        }
    }

    private static ProblemException failed(String service, String step, int status, String body) {
        String detail = body == null ? "" : body.length() > 500 ? body.substring(0, 500) + "…" : body;
        return new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE, "The " + step + " of the tenant's " + service
                + " data failed: " + service + " answered " + status + " " + detail, java.util.Map.of("service", service));
    }

    private static ProblemException unavailable(String service, String step, Exception e) {
        return new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE, "The " + step + " of the tenant's " + service
                + " data failed: " + service + " did not answer (" + e.getMessage() + ")", java.util.Map.of("service", service));
    }
}
