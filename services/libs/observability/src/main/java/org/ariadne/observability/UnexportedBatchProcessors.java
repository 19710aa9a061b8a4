package org.ariadne.observability;

import io.micrometer.tracing.exporter.SpanReporter;
import io.opentelemetry.sdk.logs.export.BatchLogRecordProcessor;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;

/**
 * Leaves out OpenTelemetry's batch processors while nothing would receive what they batch. Boot creates a batch span
 * processor and a batch log record processor whether or not an exporter is configured, and each has a worker thread
 * that wakes on its schedule (spans every 5 s, log records every second) to export an empty batch to nobody: in every
 * idle service, always, since no OTLP endpoint is configured by default ({@link ObservabilityDefaults}). With an
 * exporter (an OTLP endpoint configured) or a span reporter, the processor stays, as Boot configures it. Spans are
 * created either way: trace ids in the log lines and the traceparent the outbox stores do not depend on export.
 */
final class UnexportedBatchProcessors implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!(beanFactory instanceof BeanDefinitionRegistry registry)) {
            return;
        }
        if (none(beanFactory, SpanExporter.class) && none(beanFactory, SpanReporter.class)) {
            remove(beanFactory, registry, BatchSpanProcessor.class);
        }
        if (none(beanFactory, LogRecordExporter.class)) {
            remove(beanFactory, registry, BatchLogRecordProcessor.class);
        }
    }

    private static boolean none(ConfigurableListableBeanFactory beanFactory, Class<?> type) {
        return beanFactory.getBeanNamesForType(type, true, false).length == 0;
    }

    private static void remove(ConfigurableListableBeanFactory beanFactory, BeanDefinitionRegistry registry, Class<?> type) {
        for (String name : beanFactory.getBeanNamesForType(type, true, false)) {
            if (registry.containsBeanDefinition(name)) {
                registry.removeBeanDefinition(name);
            }
        }
    }
}
