package org.ariadne.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.ariadne.testing.Api;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/**
 * The plan page of the BiH state plan (117 activities) as the web application renders it: the seed plan imported
 * through the platform, a coordinator signed in through identity in Chromium, then the page requested again and
 * again with that session, straight at the web application (its own time: the page, its three API calls through
 * the gateway, Thymeleaf). Prints percentiles; never asserts a time (docs/benchmarks.md).
 */
@Tag("benchmark")
class WebPlanPageBenchmark {

    @Test
    void planPageOfThe117ActivityPlan() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "no Chromium on this machine");
        int warmup = Integer.getInteger("bench.warmup", 50);
        int requests = Integer.getInteger("bench.requests", 300);
        try (LocalStack stack = new LocalStack().withWebApp().start()) {
            BrowserJourneysTest.stack = stack;
            BrowserJourneysTest.gateway = new Api(stack.gatewayUrl());
            String admin = BrowserJourneysTest.adminToken();
            BrowserJourneysTest.onboard(admin, """
                    {"id":"ba","name":"Bosna i Hercegovina – državni nivo","languages":["bs","hr","sr"],"currency":"BAM",
                 "timeZone":"Europe/Sarajevo","levelNames":["Oblast","Strateški program"]}""");
            BrowserJourneysTest.user(admin, "coordinator.ba", "Državni koordinator", "ba", "coordinator", null);
            String token = BrowserJourneysTest.token("coordinator.ba");
            await().atMost(Duration.ofSeconds(30)).until(() -> BrowserJourneysTest.gateway.get("/api/t/ba/plans", token).status() == 200);
            Path seed = Path.of(System.getProperty("ariadne.root", "../..")).resolve("infra/local/demo/seeds/ba-action-plan-2020-2023.jsonl");
            String planId = BrowserJourneysTest.importPlan("ba", token, Files.readString(seed));

            String session;
            try (Browser browser = new Browser(stack.gatewayUrl())) {
                browser.signIn("coordinator.ba", BrowserJourneysTest.PASSWORD);
                Cookie cookie = browser.driver.manage().getCookieNamed("ARIADNE_WEB_SESSION");
                session = cookie.getName() + "=" + cookie.getValue();
            }
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest page = HttpRequest.newBuilder(URI.create(stack.url("web") + "/t/ba/plans/" + planId))
                    .header("Cookie", session).build();
            HttpResponse<String> first = http.send(page, HttpResponse.BodyHandlers.ofString());
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body().split("/activities/").length - 1).as("activity links on the page").isGreaterThanOrEqualTo(117);
            for (int i = 0; i < warmup; i++) {
                http.send(page, HttpResponse.BodyHandlers.discarding());
            }
            long[] nanos = new long[requests];
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                HttpResponse<byte[]> response = http.send(page, HttpResponse.BodyHandlers.ofByteArray());
                nanos[i] = System.nanoTime() - start;
                assertThat(response.statusCode()).isEqualTo(200);
            }
            Arrays.sort(nanos);
            System.out.printf("%nWeb plan page, BiH plan (117 activities, %,d bytes of HTML), %d requests after %d warm-up:%n"
                    + "  p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms%n", first.body().length(), requests, warmup,
                    ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[requests - 1] / 1e6);
        } finally {
            BrowserJourneysTest.stack = null;
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
