package org.ariadne.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Response times and unexpected answers per target and request type, as the virtual users record them, and the
 * summary the harness prints: throughput and p50/p95/p99 per request type, each target's total, and the ratios.
 * (Gatling's own HTML report under target/gatling/ has the same requests in more detail.)
 */
final class LoadResults {

    private static final class Series {
        private final List<Long> millis = new ArrayList<>();
        private final Map<Integer, Integer> unexpected = new TreeMap<>();

        synchronized void add(long responseMillis, Integer unexpectedStatus) {
            millis.add(responseMillis);
            if (unexpectedStatus != null) {
                unexpected.merge(unexpectedStatus, 1, Integer::sum);
            }
        }
    }

    private static final Map<String, Series> SERIES = new ConcurrentHashMap<>();
    private static final Map<String, long[]> WINDOWS = new ConcurrentHashMap<>();

    private LoadResults() {
    }

    /** One answer; {@code unexpectedStatus} is null when it was what the request expects (0: no answer at all). */
    static void record(String target, String request, long responseMillis, Integer unexpectedStatus) {
        long now = System.nanoTime();
        SERIES.computeIfAbsent(target + "\t" + request, key -> new Series()).add(responseMillis, unexpectedStatus);
        WINDOWS.compute(target, (key, window) -> window == null
                ? new long[] {now - responseMillis * 1_000_000, now}
                : new long[] {window[0], Math.max(window[1], now)});
    }

    static String summary(List<String> targets, List<String> requests) {
        StringBuilder out = new StringBuilder();
        out.append("| target | request | n | req/s | p50 ms | p95 ms | p99 ms | unexpected answers |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        Map<String, Double> throughput = new TreeMap<>();
        for (String target : targets) {
            long[] window = WINDOWS.get(target);
            if (window == null) {
                continue;
            }
            double seconds = Math.max(1e-9, (window[1] - window[0]) / 1e9);
            List<Long> all = new ArrayList<>();
            Map<Integer, Integer> allUnexpected = new TreeMap<>();
            for (String request : requests) {
                Series series = SERIES.get(target + "\t" + request);
                if (series == null) {
                    continue;
                }
                synchronized (series) {
                    all.addAll(series.millis);
                    series.unexpected.forEach((status, count) -> allUnexpected.merge(status, count, Integer::sum));
                    out.append(row(target, request, series.millis, seconds, series.unexpected));
                }
            }
            out.append(row(target, "**all**", all, seconds, allUnexpected));
            throughput.put(target, all.size() / seconds);
        }
        out.append('\n');
        Double gateway = throughput.get("gateway");
        if (gateway != null && throughput.containsKey("bare")) {
            out.append(String.format(Locale.ROOT, "throughput through the gateway / bare endpoint: %.0f / %.0f req/s = %.0f %%%n",
                    gateway, throughput.get("bare"), 100 * gateway / throughput.get("bare")));
        }
        if (gateway != null && throughput.containsKey("direct")) {
            out.append(String.format(Locale.ROOT, "throughput through the gateway / directly at the services: %.0f / %.0f req/s = %.0f %%%n",
                    gateway, throughput.get("direct"), 100 * gateway / throughput.get("direct")));
        }
        return out.toString();
    }

    private static String row(String target, String request, List<Long> millis, double seconds, Map<Integer, Integer> unexpected) {
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        int errors = unexpected.values().stream().mapToInt(Integer::intValue).sum();
        String answers = errors == 0 ? "0" : String.format(Locale.ROOT, "%d (%.2f %%): %s", errors,
                100.0 * errors / Math.max(1, sorted.length), unexpected);
        return String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %d | %d | %d | %s |%n", target, request, sorted.length,
                sorted.length / seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), answers);
    }

    private static long pct(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percentile / 100.0) - 1)];
    }

    static List<String> targets() {
        return Arrays.asList("gateway", "direct", "bare");
    }
}
