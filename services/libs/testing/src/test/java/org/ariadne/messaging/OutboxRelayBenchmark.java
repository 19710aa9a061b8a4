package org.ariadne.messaging;

import java.util.ArrayList;
import java.util.List;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.mongo.TenantDirectory;
import org.ariadne.testing.TestBackends;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * What an idle tenant costs the relay: with {@code -Dbench.tenants} (default 1,000) tenants provisioned and nothing
 * pending, one safety-net pass (what runs every second) against one full sweep of the tenant directory (what runs
 * every five minutes). Prints the median of {@code -Dbench.passes} passes of each; never asserts a time.
 */
@Tag("benchmark")
@SpringBootTest(classes = MessagingTestApplication.class,
        properties = {"spring.application.name=relaybench", "ariadne.outbox.relay-when-stopped=true"})
@ContextConfiguration(initializers = TestBackends.class)
class OutboxRelayBenchmark {

    @Autowired Outbox outbox;
    @Autowired OutboxRelay relay;
    @Autowired TenantDirectory directory;

    @Test
    void idleTenantsCostOnePendingQueryPerPass() {
        int tenants = Integer.getInteger("bench.tenants", 1000);
        int passes = Integer.getInteger("bench.passes", 20);
        outbox.tenantCollection("things");
        outbox.tenantCollection("other_things");
        for (int i = 0; i < tenants; i++) {
            directory.provision(TenantId.of("bt-" + i), "Benchmark tenant " + i, true);
        }
        relay.stop();
        relay.relayPending(); // the first pass is also the start-up sweep
        double pass = medianMillis(passes, relay::relayPending);
        double sweep = medianMillis(Math.max(3, passes / 5), relay::relayOnce);
        System.out.printf("BENCHMARK outbox relay, %d idle tenants x 2 collections: safety-net pass %.2f ms, full sweep %.0f ms "
                + "(median of %d / %d)%n", tenants, pass, sweep, passes, Math.max(3, passes / 5));
    }

    private static double medianMillis(int runs, Runnable work) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(Double::compare);
        return times.get(times.size() / 2);
    }
}
