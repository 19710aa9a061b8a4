package org.ariadne.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;

/** Jobs as every service shows them (lib-jobs): waiting for one to finish, and checking its shape. */
public final class TestJobs {

    /** Every field a job may have; nothing else may appear. */
    public static final Set<String> FIELDS = Set.of("id", "kind", "state", "progress", "result", "problem", "issues", "input",
            "details", "createdBy", "createdAt", "finishedAt");

    private TestJobs() {
    }

    /** Polls the job until it succeeded or failed; returns it, checked against the one job shape. */
    public static Api.Response await(Api api, String location, String token) {
        // a tenant's job, or a platform job (platform administrators)
        assertThat(location).as("a job's location").matches("/api/(t/[a-z0-9-]+|admin)/[a-z-]+/jobs/[0-9a-f-]+");
        AtomicReference<Api.Response> finished = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Api.Response job = api.get(location, token);
            assertThat(job.status()).as(job.toString()).isEqualTo(200);
            finished.set(job);
            String state = job.json("$.state");
            return "succeeded".equals(state) || "failed".equals(state);
        });
        assertShape(finished.get());
        return finished.get();
    }

    /** The job has the fields of the one wire shape only, and the ones every job has. */
    public static void assertShape(Api.Response job) {
        Map<String, Object> fields = job.json("$");
        assertThat(FIELDS).as("fields of " + job.body()).containsAll(fields.keySet());
        assertThat(fields).as(job.body()).containsKeys("id", "kind", "state", "progress", "createdBy", "createdAt");
        assertThat((Map<String, Object>) job.json("$.progress")).containsOnlyKeys("done", "total");
    }
}
