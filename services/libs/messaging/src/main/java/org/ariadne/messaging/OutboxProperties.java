package org.ariadne.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ariadne.outbox.*}: how the relay paces itself. Which collections hold aggregates with an outbox is not
 * configured: a repository's {@link Outbox#tenantCollection} call registers its collection.
 *
 * @param pollInterval      safety-net polling of the tenants marked as having pending events, while there are any: also
 *                          the pace at which a mark left by a failed send is retried
 * @param idlePollInterval  the safety-net polling when the last pass found no mark (a write of this replica kicks the
 *                          relay at once; this bounds how long a mark another replica left without publishing waits, and
 *                          saves an idle service four out of five passes, each a query on its marks and platform outboxes)
 * @param sweepInterval     how often every known tenant is swept, in case a mark was lost (a crash at the wrong moment);
 *                          a sweep reads every tenant's outboxes (about half a second per 1,000 tenants), and a restarted
 *                          replica sweeps at once, so 15 minutes keeps that linear cost small on a deployment of idle tenants
 * @param lease             how long a relay owns a document it is publishing
 * @param sendTimeout       how long to wait for Kafka's acknowledgements
 * @param retryBackoff      pause after a failed publish (Kafka down) before the next attempt
 * @param maxPending        unpublished events per aggregate before writes are refused
 * @param relayWhenStopped  tests drive {@link OutboxRelay#relayOnce()} by hand without starting the thread
 * @param fastPath          publish a write's events as soon as it committed (the poller stays the safety net); off,
 *                          only the poller publishes (as before, one relay pass per write)
 */
@ConfigurationProperties("ariadne.outbox")
public record OutboxProperties(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("5s") Duration idlePollInterval,
        @DefaultValue("15m") Duration sweepInterval,
        @DefaultValue("30s") Duration lease,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("1s") Duration retryBackoff,
        @DefaultValue("1000") int maxPending,
        @DefaultValue("false") boolean relayWhenStopped,
        @DefaultValue("true") boolean fastPath) {
}
