package org.ariadne.messaging;

import java.time.Duration;

/**
 * {@code ariadne.messaging.listener-scaling.*}: how many consumers a service's listener container runs. An idle
 * container runs one consumer for every partition of every topic the service follows (a consumer costs an empty fetch
 * every {@code fetch.max.wait.ms} and a heartbeat even when nothing arrives, in the service and in the broker); a
 * backlog of at least {@code scaleUpLag} records, summed over its partitions, raises it to
 * {@code ariadne.messaging.listener-concurrency} (one consumer per partition of a topic), and a container whose
 * backlog stayed at zero for {@code scaleDownAfter} goes back to one. Each change restarts the container: its
 * consumers commit what they handled and leave the group, the new ones rejoin (a rebalance, about a second locally).
 *
 * @param scaleUpLag     records waiting (summed over the container's partitions) that justify one consumer per partition
 * @param scaleDownAfter how long a scaled-up container must have had nothing waiting before it goes back to one consumer
 * @param checkInterval  how often the backlogs are read (from the consumers' own lag metrics, no broker request)
 *                       <p>Defaults (MessagingAutoConfiguration): 500 records, 2 minutes, 5 seconds. 500 records take one
 *                       consumer a second or so (docs/benchmarks.md, "Consumer drain rate"), about what the rebalance of
 *                       a restart costs, so a smaller backlog drains sooner on the one consumer it has.
 */
public record ListenerScaling(long scaleUpLag, Duration scaleDownAfter, Duration checkInterval) {

    public ListenerScaling {
        if (scaleUpLag < 1 || scaleDownAfter.isNegative() || checkInterval.isNegative() || checkInterval.isZero()) {
            throw new IllegalArgumentException("listener scaling needs scale-up-lag >= 1 and positive intervals");
        }
    }
}
