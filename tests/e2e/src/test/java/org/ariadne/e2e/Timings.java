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
