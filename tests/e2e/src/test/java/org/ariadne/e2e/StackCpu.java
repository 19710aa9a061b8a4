package org.ariadne.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the machine's CPU went between two instants of a fault case: each service, the broker, the Mongo wire server
 * (the harness's own {@code mongo-server-*} threads and the H2 store's writer) and the rest of the harness, against the whole machine's busy time.
 * It tells a drain that waits (the machine idles) from one that is CPU-bound, and which process bounds it.
 */
final class StackCpu {

    private static final String MONGO_THREADS = "mongo-server-";
    /** The H2 store's threads ({@code H2-serialization}, {@code H2-save}; digits are dropped from group names). */
    private static final String H2_THREADS = "H-";

    private final LocalStack stack;
    private final Iterable<String> services;
    private final Map<String, Long> ticks;
    private final Map<String, Map<String, Long>> threads;
    private final long machineBusy;

    private StackCpu(LocalStack stack, Iterable<String> services) {
        this.stack = stack;
        this.services = services;
        this.ticks = now();
        this.threads = threadsNow();
        this.machineBusy = machineBusyTicks();
    }

    static StackCpu from(LocalStack stack, Iterable<String> services) {
        return new StackCpu(stack, services);
    }

    /** One line: CPU seconds per process since this snapshot, largest first, and the machine's busy and idle time. */
    String since(Duration wall) {
        Map<String, Long> after = now();
        StringBuilder line = new StringBuilder();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - ticks.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> line.append(line.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(seconds(e.getValue())));
        int cores = Runtime.getRuntime().availableProcessors();
        double available = wall.toMillis() / 1000.0 * cores;
        double busy = (machineBusyTicks() - machineBusy) / (double) PlatformBenchmark.Processes.TICKS_PER_SECOND;
        return String.format(Locale.ROOT, "CPU s over those %.1f s (%d cores: %.1f CPU s; the machine was busy %.1f s, %.0f %%): %s",
                wall.toMillis() / 1000.0, cores, available, busy, 100 * busy / available, line);
    }

    /**
     * Per service, its CPU seconds since this snapshot by thread group, largest first (groups under 0.05 s left out):
     * whether a service's time went to its consumers, its request threads, the garbage collector or the JIT compilers.
     */
    String byThreadGroup() {
        Map<String, Map<String, Long>> after = threadsNow();
        StringBuilder lines = new StringBuilder();
        after.forEach((service, groups) -> {
            Map<String, Long> spent = ThreadCpu.minus(groups, threads.getOrDefault(service, Map.of()));
            StringBuilder line = new StringBuilder();
            spent.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .filter(e -> e.getValue() >= PlatformBenchmark.Processes.TICKS_PER_SECOND / 20)
                    .forEach(e -> line.append(line.isEmpty() ? "" : ", ").append(e.getKey()).append(' ')
                            .append(String.format(Locale.ROOT, "%.2f", e.getValue() / (double) PlatformBenchmark.Processes.TICKS_PER_SECOND)));
            lines.append(lines.isEmpty() ? "" : "\n").append(service).append(": ").append(line);
        });
        return lines.toString();
    }

    private Map<String, Map<String, Long>> threadsNow() {
        Map<String, Map<String, Long>> now = new LinkedHashMap<>();
        for (String service : services) {
            try {
                now.put(service, ThreadCpu.snapshot(stack.pid(service)));
            } catch (RuntimeException e) {
                // not running at this instant (killed by the case): left out
            }
        }
        now.put("harness", ThreadCpu.snapshot(ProcessHandle.current().pid()));
        return now;
    }

    private Map<String, Long> now() {
        Map<String, Long> now = new LinkedHashMap<>();
        for (String service : services) {
            try {
                now.put(service, PlatformBenchmark.Processes.ticks(stack.pid(service)));
            } catch (RuntimeException e) {
                // not running at this instant (killed by the case): left out
            }
        }
        try {
            now.put("broker", PlatformBenchmark.Processes.ticks(stack.kafkaPid()));
        } catch (RuntimeException e) {
            // stopped by the case
        }
        Map<String, Long> harness = ThreadCpu.snapshot(ProcessHandle.current().pid());
        long mongo = harness.entrySet().stream()
                .filter(e -> e.getKey().startsWith(MONGO_THREADS) || e.getKey().startsWith(H2_THREADS))
                .mapToLong(Map.Entry::getValue).sum();
        long rest = harness.values().stream().mapToLong(Long::longValue).sum() - mongo;
        now.put("Mongo wire server", mongo);
        // the harness JVM's JIT compilers and garbage collector serve the Mongo wire server and the harness alike
        now.put("harness JVM (writes, probes, its JIT and GC)", rest);
        return now;
    }

    private static String seconds(long ticks) {
        return String.format(Locale.ROOT, "%.1f", ticks / (double) PlatformBenchmark.Processes.TICKS_PER_SECOND);
    }

    /** user + nice + system + irq + softirq + steal of all CPUs, from the first line of /proc/stat. */
    private static long machineBusyTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return Long.parseLong(fields[1]) + Long.parseLong(fields[2]) + Long.parseLong(fields[3]) + Long.parseLong(fields[6])
                    + Long.parseLong(fields[7]) + Long.parseLong(fields[8]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
