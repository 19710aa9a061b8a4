package org.ariadne.monitoring.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import org.ariadne.monitoring.planview.PlanEvents;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJobs;
import org.ariadne.testing.TestJwts;
import tools.jackson.databind.JsonNode;

/** The rounds API over HTTP as a tenant's coordinator (or another caller, by token). */
final class RoundsApi {

    final Api api;
    final String tenant;
    final String coordinator;

    final int port;

    RoundsApi(int port, String tenant) {
        this.port = port;
        this.api = new Api(port);
        this.tenant = tenant;
        this.coordinator = TestJwts.forTenant(tenant, "coordinator");
    }

    String base() {
        return "/api/t/" + tenant + "/monitoring";
    }

    Api.Response get(String path) {
        return api.get(base() + path, coordinator);
    }

    Api.Response post(String path, String body) {
        return api.post(base() + path, coordinator, body);
    }

    Api.Response put(String path, String body) {
        return api.put(base() + path, coordinator, body);
    }

    static JsonNode json(Api.Response response) {
        return PlanEvents.JSON.readTree(response.body());
    }

    String openRound(String planId) {
        Api.Response opened = post("/plans/" + planId + "/rounds", """
                {"kind":"annual","periodStart":"2025-01-01","periodEnd":"2025-12-31","dueDate":"2026-01-31",
                 "recipient":"Vlada"}""");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return json(opened).get("roundId").asString();
    }

    /** A generated file's bytes (Api reads bodies as text). */
    byte[] download(String path) {
        try {
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                            .header("Authorization", "Bearer " + coordinator).header("X-Tenant-Id", tenant).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for a job to end and returns its final state (checked against the one job shape). */
    JsonNode awaitJob(Api.Response accepted) {
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.header("Location")).startsWith(base() + "/jobs/");
        return json(TestJobs.await(api, accepted.header("Location"), coordinator));
    }
}
