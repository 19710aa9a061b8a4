package org.ariadne.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.ariadne.messaging.MessagingAutoConfiguration.TraceparentSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;

/** The outbox stores the W3C trace context of the request that wrote an event, so the trace continues over Kafka. */
@org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing
@SpringBootTest(classes = TraceContextTest.App.class, properties = {
        "spring.application.name=tracetest",
        "spring.autoconfigure.exclude=org.ariadne.messaging.MessagingAutoConfiguration,org.ariadne.tenancy.TenancyAutoConfiguration"})
class TraceContextTest {

    @SpringBootApplication
    static class App {
    }

    @Autowired Tracer tracer;
    @Autowired TraceparentSource traceparent;
    @Autowired MeterRegistry meters;

    @Test
    void theCurrentSpanBecomesATraceparent() {
        Span span = tracer.nextSpan().name("write").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            assertThat(traceparent.current())
                    .isEqualTo("00-" + span.context().traceId() + "-" + span.context().spanId() + "-01")
                    .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        } finally {
            span.end();
        }
    }

    @Test
    void outsideASpanThereIsNoTraceparent() {
        assertThat(traceparent.current()).isNull();
    }

    @Test
    void metersCarryTheCommonTags() {
        meters.counter("probe").increment();
        assertThat(meters.get("probe").counter().getId().getTag("service")).isEqualTo("tracetest");
        assertThat(meters.get("probe").counter().getId().getTag("application")).isEqualTo("ariadne");
    }
}
