package org.ariadne.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What happened after a repair, and when: the instants an operator reads to tell where the time to converge goes
 * (the component ready, the relay publishing again and its outbox empty, each consumer's partitions assigned, each
 * read model converged). Milestones are watched conditions, sampled until each held once, or marked directly.
 */
final class Timeline {

    private final Instant origin;
    private final Map<String, BooleanSupplier> watched = new LinkedHashMap<>();
    private final Map<String, Duration> reached = new LinkedHashMap<>();
    private final List<String> order = new ArrayList<>();

    /** @param origin the repair: every milestone is printed as the time after it (negative: before it) */
    Timeline(Instant origin) {
        this.origin = origin;
    }

    /** A milestone reached the first time {@code condition} holds (a condition that throws does not hold yet). */
    Timeline watch(String milestone, BooleanSupplier condition) {
        watched.put(milestone, condition);
        order.add(milestone);
        return this;
    }

    /** A milestone reached at a known instant. */
    synchronized void mark(String milestone, Instant at) {
        if (!reached.containsKey(milestone)) {
            reached.put(milestone, Duration.between(origin, at));
            if (!order.contains(milestone)) {
                order.add(milestone);
            }
        }
    }

    /** Evaluates every watched milestone not reached yet; the instant of a sample is when it returned true. */
    void sample() {
        Map<String, BooleanSupplier> open = new LinkedHashMap<>();
        synchronized (this) {
            watched.forEach((milestone, condition) -> {
                if (!reached.containsKey(milestone)) {
                    open.put(milestone, condition);
                }
            });
        }
        open.forEach((milestone, condition) -> {
            boolean holds;
            try {
                holds = condition.getAsBoolean();
            } catch (RuntimeException e) {
                holds = false;
            }
            if (holds) {
                mark(milestone, Instant.now());
            }
        });
    }

    synchronized boolean allReached() {
        return reached.keySet().containsAll(order);
    }

    /**
     * Samples on a thread of its own every {@code interval} until every milestone was reached or the returned handle
     * is closed, so a milestone's instant does not depend on how long the caller's own checks take.
     */
    AutoCloseable sampleEvery(Duration interval) {
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted() && !allReached()) {
                sample();
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "timeline-sampler");
        sampler.setDaemon(true);
        sampler.start();
        return () -> {
            sampler.interrupt();
            sampler.join(5_000);
        };
    }

    /** One line per milestone, in the order they were reached; those never seen last. */
    synchronized List<String> lines() {
        List<String> lines = new ArrayList<>();
        reached.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .forEach(e -> lines.add(String.format(Locale.ROOT, "%+7.1f s  %s", e.getValue().toMillis() / 1000.0, e.getKey())));
        order.stream().filter(m -> !reached.containsKey(m)).forEach(m -> lines.add("   never  " + m));
        return lines;
    }
}
