package org.ariadne.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ariadne.testing.Api;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How long the onboarding call takes (tenant, TenantOnboarded, coordinator account, invitation queued; the mail leaves
 * in the background), measured over real HTTP against identity with the Mongo wire server and Kafka of the test
 * backends. Not part of the suite: {@code ./mvnw -pl services/identity -am verify -Pbenchmark -Dtest=OnboardingBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; docs/benchmarks.md ("Onboarding") records the figures.
 */
@Tag("benchmark")
@IdentityTest
class OnboardingBenchmark {

    private static final int WARM_UP = 10;
    private static final int MEASURED = 50;

    @LocalServerPort
    int port;

    @Test
    void onboardingCall() {
        Api api = new Api(port);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            String id = Fixtures.tenantId();
            long started = System.nanoTime();
            Api.Response response = api.post("/api/admin/onboardings", TestJwts.platformAdmin(), """
                    {"id": "%s", "name": "Kanton %s", "template": "canton",
                     "coordinator": {"email": "c.%s@example.org", "displayName": "Koordinator"}}""".formatted(id, id, id.substring(3)));
            double elapsed = (System.nanoTime() - started) / 1e6;
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            if (i >= WARM_UP) {
                millis.add(elapsed);
            }
        }
        Collections.sort(millis);
        System.out.printf("Onboarding call over %d calls: p50 %.1f ms, p90 %.1f ms, max %.1f ms%n", MEASURED,
                millis.get(MEASURED / 2), millis.get(MEASURED * 9 / 10), millis.get(MEASURED - 1));
    }
}
