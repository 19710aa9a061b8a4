package org.ariadne.monitoring.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.ariadne.tenancy.TenantId;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceTest;
import org.ariadne.testing.TestJwts;
import org.ariadne.testing.TestTenants;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** A job whose instance went away (a restart) does not stay "running" for ever. */
@ServiceTest
class JobsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void aJobLeftRunningByARestartIsReportedAsFailed() {
        TestTenants.provision(context, "si");
        String jobId = UUID.randomUUID().toString();
        TenantContext.runAs(TenantId.of("si"), () -> context.getBean(TenantDatabases.class).current()
                .getCollection(Jobs.JOBS).insertOne(new Document("_id", jobId).append("kind", "report")
                        .append("state", Job.RUNNING).append("progress", 40)
                        .append("createdAt", Instant.now().minus(Duration.ofHours(1)).toString())));

        Api.Response job = new Api(port).get("/api/t/si/monitoring/jobs/" + jobId, TestJwts.forTenant("si"));

        assertThat(job.status()).as(job.toString()).isEqualTo(200);
        assertThat(job.<String>json("$.state")).isEqualTo("failed");
        assertThat(job.<String>json("$.problem.detail")).contains("interrupted");
        assertThat(job.<String>json("$.finishedAt")).isNotNull();
    }
}
