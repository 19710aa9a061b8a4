package org.ariadne.plans.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJobs;
import org.ariadne.testing.TestJwts;

/** Imports through the real HTTP API, the way a user (and ./run's load-plans.sh) does: POST the file, poll the job. */
public final class Imports {

    /** The demo seeds, as ./run loads them. */
    static final Path SEEDS = Path.of("../../infra/local/demo/seeds");

    private final Api api;

    public Imports(Api api) {
        this.api = api;
    }

    static byte[] seed(String file) {
        try {
            return Files.readAllBytes(SEEDS.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A seed as if it were {@code tenant}'s own: its lines name their tenant, and a line of another tenant stops an
     * import (the tests import each seed into a tenant of their own).
     */
    static byte[] seed(String tenant, String file) {
        String lines = new String(seed(file), java.nio.charset.StandardCharsets.UTF_8);
        return lines.replaceAll("\"tenant\": *\"[^\"]*\"", "\"tenant\": \"" + tenant + "\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    Api.Response start(String tenant, byte[] file, String contentType, String query) {
        return api.sendBytes("POST", "/api/t/" + tenant + "/plans/imports?" + query, TestJwts.forTenant(tenant), file,
                contentType);
    }

    /** Starts the import and waits until the job has finished; returns the finished job. */
    public Api.Response run(String tenant, byte[] file, String contentType, String query) {
        Api.Response started = start(tenant, file, contentType, query);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).startsWith("/api/t/" + tenant + "/plans/jobs/");
        return awaitJob(tenant, location);
    }

    Api.Response awaitJob(String tenant, String location) {
        return TestJobs.await(api, location, TestJwts.forTenant(tenant));
    }

    /** A binary download (Api reads bodies as text): the export of an XLSX. */
    public static byte[] download(int port, String tenant, String path) {
        try {
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + TestJwts.forTenant(tenant)).header("X-Tenant-Id", tenant).GET()
                    .build();
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Api.Response commitSeed(String tenant, String file) {
        return run(tenant, seed(tenant, file), "application/x-ndjson", "format=jsonl&mode=commit");
    }
}
