package org.ariadne.e2e;

import java.util.Arrays;
import org.ariadne.testing.Api;

/** The benchmarks' shared timing: timed GETs that must answer 200, and percentiles of sorted nanosecond samples. */
final class Timings {

    private Timings() {
    }

    /** Each GET's time in nanoseconds; anything but 200 stops the benchmark, since its figures would mean nothing. */
    static long[] timedGets(Api api, String path, String token, int requests) {
        long[] times = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            Api.Response response = api.get(path, token);
            times[i] = System.nanoTime() - start;
            if (response.status() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response);
            }
        }
        return times;
    }

    /** Requests per warm-up block, and the JIT's compile time per request below which a process counts as warmed up. */
    static final int WARMUP_BLOCK = 1_000;
    static final double JIT_QUIET_MICROS_PER_REQUEST = 20;

    /**
     * Warm-up GETs until the processes serving them run compiled code: at least {@code minimum}, then blocks of
     * {@link #WARMUP_BLOCK} until the JIT compiler threads of every process in {@code pids} spent at most
     * {@link #JIT_QUIET_MICROS_PER_REQUEST} µs per request in the last block, at most {@code maximum} in all. A
     * long-running gateway or service answers with code the JIT compiled long ago; measured while C2 still compiles
     * (after a few thousand requests it took about a third of the gateway's CPU), a hop pays for compilation and for
     * code that is still being profiled. Returns how many requests it sent.
     */
    static int warmUp(Api api, String path, String token, int minimum, int maximum, long... pids) {
        timedGets(api, path, token, minimum);
        int sent = minimum;
        while (sent < maximum) {
            long[] before = compilerTicks(pids);
            timedGets(api, path, token, WARMUP_BLOCK);
            sent += WARMUP_BLOCK;
            long[] after = compilerTicks(pids);
            boolean quiet = true;
            for (int i = 0; i < pids.length; i++) {
                quiet &= PlatformBenchmark.Processes.micros(after[i] - before[i]) / WARMUP_BLOCK <= JIT_QUIET_MICROS_PER_REQUEST;
            }
            if (quiet) {
                break;
            }
        }
        return sent;
    }

    private static long[] compilerTicks(long... pids) {
        long[] ticks = new long[pids.length];
        for (int i = 0; i < pids.length; i++) {
            ticks[i] = ThreadCpu.snapshot(pids[i]).entrySet().stream().filter(e -> e.getKey().contains("CompilerThre"))
                    .mapToLong(java.util.Map.Entry::getValue).sum();
        }
        return ticks;
    }

    static long[] concat(long[] a, long[] b) {
        long[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** The nearest-rank percentile of sorted samples. */
    static long pct(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percentile / 100.0) - 1)];
    }
}
