package org.ariadne.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;

class TenantContextTest {

    static final TenantId BA04 = TenantId.of("ba-04");
    static final TenantId ME = TenantId.of("me");

    @Test
    void thereIsNoTenantOutsideACall() {
        assertThat(TenantContext.current()).isEmpty();
        assertThatThrownBy(TenantContext::require).isInstanceOf(TenantMissingException.class);
    }

    @Test
    void nestedCallsRestoreTheOuterTenantAndNothingLeaks() {
        TenantContext.runAs(BA04, () -> {
            assertThat(TenantContext.require()).isEqualTo(BA04);
            assertThat(MDC.get("tenant")).isEqualTo("ba-04");
            TenantId inner = TenantContext.callAs(ME, TenantContext::require);
            assertThat(inner).isEqualTo(ME);
            assertThat(TenantContext.require()).isEqualTo(BA04);
            assertThat(MDC.get("tenant")).isEqualTo("ba-04");
        });
        assertThat(TenantContext.current()).isEmpty();
        assertThat(MDC.get("tenant")).isNull();
    }

    @Test
    void aFailingCallStillLeavesTheContext() {
        assertThatThrownBy(() -> TenantContext.runAs(BA04, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void executorWorkDecoratedWithContextPropagationSeesTheCallersTenantAndPooledThreadsAreCleanAfterwards() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        ContextPropagatingTaskDecorator decorator = new ContextPropagatingTaskDecorator();
        try {
            CompletableFuture<TenantId> seen = new CompletableFuture<>();
            TenantContext.runAs(BA04, () -> pool.execute(decorator.decorate(() -> seen.complete(TenantContext.require()))));
            assertThat(seen.get(5, TimeUnit.SECONDS)).isEqualTo(BA04);

            CompletableFuture<Boolean> emptyAfterwards = new CompletableFuture<>();
            pool.execute(() -> emptyAfterwards.complete(TenantContext.current().isEmpty()));
            assertThat(emptyAfterwards.get(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }
}
