package org.ariadne.messaging;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ariadne.outbox.*}: which collections hold aggregates with an outbox, and how the relay paces itself.
 *
 * @param tenantCollections   collections in every tenant database of this service (e.g. {@code plans})
 * @param platformCollections collections in the platform registry (identity's tenants)
 * @param pollInterval        safety-net polling when no write kicked the relay
 * @param lease               how long a relay owns a document it is publishing
 * @param sendTimeout         how long to wait for Kafka's acknowledgements
 * @param retryBackoff        pause after a failed publish (Kafka down) before the next attempt
 * @param maxPending          unpublished events per aggregate before writes are refused
 * @param relayWhenStopped    tests drive {@link OutboxRelay#relayOnce()} by hand without starting the thread
 */
@ConfigurationProperties("ariadne.outbox")
public record OutboxProperties(
        @DefaultValue List<String> tenantCollections,
        @DefaultValue List<String> platformCollections,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("30s") Duration lease,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("1s") Duration retryBackoff,
        @DefaultValue("1000") int maxPending,
        @DefaultValue("false") boolean relayWhenStopped) {
}
