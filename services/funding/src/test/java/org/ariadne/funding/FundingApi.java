package org.ariadne.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJobs;
import org.ariadne.testing.TestJwts;

/** The funding API as a coordinator of one tenant uses it in the tests: requests, jobs, downloads. */
public final class FundingApi {

    private final Api api;
    private final int port;

    public FundingApi(int port) {
        this.api = new Api(port);
        this.port = port;
    }

    public Api raw() {
        return api;
    }

    public Api.Response get(String tenant, String path) {
        return api.get(url(tenant, path), TestJwts.forTenant(tenant));
    }

    public Api.Response post(String tenant, String path, String json) {
        return api.post(url(tenant, path), TestJwts.forTenant(tenant), json);
    }

    public Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        return response;
    }

    public static String url(String tenant, String path) {
        return "/api/t/" + tenant + "/funding" + path;
    }

    /** Starts a job with a body (a file) and waits until it ended; returns the job. */
    public Api.Response job(String tenant, String path, byte[] body, String contentType) {
        Api.Response started = api.sendBytes("POST", url(tenant, path), TestJwts.forTenant(tenant), body, contentType);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return awaitJob(tenant, started.header("Location"));
    }

    public Api.Response awaitJob(String tenant, String location) {
        return TestJobs.await(api, location, TestJwts.forTenant(tenant));
    }

    /** The bytes of a job's file result. */
    public byte[] download(String tenant, String href) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + href)).header("Authorization", "Bearer " + TestJwts.forTenant(tenant))
                    .header("X-Tenant-Id", tenant).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A token for a user of several tenants, coordinator in each. */
    public static String tokenFor(List<String> tenants) {
        return TestJwts.token("coordinator@" + String.join("+", tenants), tenants,
                tenants.stream().map(t -> t + ":coordinator").toList(), Map.of());
    }
}
