package org.ariadne.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.logs.export.BatchLogRecordProcessor;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration;
import org.springframework.boot.opentelemetry.autoconfigure.logging.OpenTelemetryLoggingAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Spans and log records are batched for an exporter when one is configured, and nothing runs for them otherwise. */
class UnexportedBatchProcessorsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withPropertyValues("spring.application.name=batchtest", "management.tracing.sampling.probability=1.0")
            .withConfiguration(AutoConfigurations.of(OpenTelemetrySdkAutoConfiguration.class,
                    OpenTelemetryLoggingAutoConfiguration.class, OpenTelemetryTracingAutoConfiguration.class,
                    ObservabilityAutoConfiguration.class));

    @Test
    void withoutAnExporterNoBatchProcessorWaitsForWork() {
        runner.run(context -> {
            assertThat(context).hasNotFailed()
                    .doesNotHaveBean(BatchSpanProcessor.class)
                    .doesNotHaveBean(BatchLogRecordProcessor.class);
            // spans are still made (trace ids in the log lines, the outbox's traceparent)
            SdkTracerProvider tracing = context.getBean(SdkTracerProvider.class);
            assertThat(tracing.get("test").spanBuilder("write").startSpan().getSpanContext().isValid()).isTrue();
        });
    }

    @Test
    void withAnExporterSpansAreBatchedAndExported() {
        Recording exporter = new Recording();
        runner.withBean(SpanExporter.class, () -> exporter).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(BatchSpanProcessor.class);
            SdkTracerProvider tracing = context.getBean(SdkTracerProvider.class);
            tracing.get("test").spanBuilder("write").startSpan().end();
            tracing.forceFlush().join(10, TimeUnit.SECONDS);
            assertThat(exporter.exported).extracting(SpanData::getName).containsExactly("write");
        });
    }

    /** Keeps what it is given. */
    private static final class Recording implements SpanExporter {

        final List<SpanData> exported = new CopyOnWriteArrayList<>();

        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            exported.addAll(spans);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
