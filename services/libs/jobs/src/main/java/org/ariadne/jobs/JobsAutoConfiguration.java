package org.ariadne.jobs;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ariadne.jobs.internal.JobIndexes;
import org.ariadne.jobs.internal.JobsController;
import org.ariadne.jobs.internal.PlatformJobsController;
import org.ariadne.tenancy.mongo.TenantDatabases;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job runner every service shares: {@code ariadne.jobs.threads} workers (default 2) and a queue of
 * {@code ariadne.jobs.queue-capacity} jobs (default 50), the tenant's {@code jobs} collection and file chunks, and the
 * jobs endpoints.
 */
@AutoConfiguration(afterName = "org.ariadne.tenancy.TenancyAutoConfiguration")
@ConditionalOnBean(TenantDatabases.class)
public class JobsAutoConfiguration {

    @Bean
    JobFiles jobFiles(TenantDatabases databases) {
        return new JobFiles(databases);
    }

    @Bean
    Runner jobRunner(@Value("${ariadne.jobs.threads:2}") int threads, @Value("${ariadne.jobs.queue-capacity:50}") int queue) {
        return new Runner(threads, queue);
    }

    @Bean
    Jobs jobs(TenantDatabases databases, JobFiles files, Runner runner) {
        Jobs jobs = new Jobs(databases, files, runner.executor);
        runner.jobs = jobs;
        return jobs;
    }

    @Bean
    JobIndexes jobIndexes() {
        return new JobIndexes();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Web {
        @Bean
        JobsController jobsController(Jobs jobs) {
            return new JobsController(jobs);
        }

        /** Only a service that starts platform jobs serves them. */
        @Bean
        @ConditionalOnProperty(name = "ariadne.jobs.platform-endpoint", havingValue = "true")
        PlatformJobsController platformJobsController(Jobs jobs) {
            return new PlatformJobsController(jobs);
        }
    }

    /** The bounded executor; on shutdown the jobs it still runs are reported failed at once. */
    static final class Runner implements DisposableBean {
        final ExecutorService executor;
        Jobs jobs;

        Runner(int threads, int queueCapacity) {
            AtomicInteger count = new AtomicInteger();
            this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(queueCapacity), work -> {
                        Thread thread = new Thread(work, "job-runner-" + count.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
        }

        @Override
        public void destroy() throws InterruptedException {
            executor.shutdownNow();
            executor.awaitTermination(5, TimeUnit.SECONDS);
            if (jobs != null) {
                jobs.interruptActive();
            }
        }
    }
}
