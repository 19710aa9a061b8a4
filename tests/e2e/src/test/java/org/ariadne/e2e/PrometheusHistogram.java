package org.ariadne.e2e;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One histogram read from a Prometheus scrape ({@code <name>_bucket}, {@code _sum}, {@code _count}, every series whose
 * labels contain {@code selector} added up), so that a benchmark can take two scrapes, subtract them and get the
 * percentiles of what happened in between. Percentiles are interpolated inside a bucket, so they are as exact as the
 * buckets are fine (Micrometer's: about 10–25 % apart).
 */
record PrometheusHistogram(TreeMap<Double, Double> cumulative, double sum, double count) {

    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    static PrometheusHistogram read(String scrape, String name, String selector) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        double sum = 0;
        double count = 0;
        for (String line : scrape.split("\n")) {
            if (line.startsWith("#") || !line.startsWith(name + "_") || selector != null && !line.contains(selector)) {
                continue;
            }
            double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            if (line.startsWith(name + "_bucket{")) {
                Matcher le = LE.matcher(line);
                if (le.find()) {
                    double bound = "+Inf".equals(le.group(1)) ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
                    buckets.merge(bound, value, Double::sum);
                }
            } else if (line.startsWith(name + "_sum")) {
                sum += value;
            } else if (line.startsWith(name + "_count")) {
                count += value;
            }
        }
        return new PrometheusHistogram(buckets, sum, count);
    }

    /** What was recorded after {@code before}. */
    PrometheusHistogram minus(PrometheusHistogram before) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            buckets.put(bucket.getKey(), bucket.getValue() - before.cumulative.getOrDefault(bucket.getKey(), 0.0));
        }
        return new PrometheusHistogram(buckets, sum - before.sum, count - before.count);
    }

    /** The p-th percentile in seconds, interpolated linearly inside its bucket; NaN when nothing was recorded. */
    double percentile(double p) {
        if (count <= 0) {
            return Double.NaN;
        }
        double rank = count * p / 100.0;
        double lowerBound = 0;
        double lowerCount = 0;
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= rank) {
                if (bucket.getKey().isInfinite()) {
                    return lowerBound;
                }
                double inBucket = bucket.getValue() - lowerCount;
                double fraction = inBucket <= 0 ? 1 : (rank - lowerCount) / inBucket;
                return lowerBound + (bucket.getKey() - lowerBound) * fraction;
            }
            lowerBound = bucket.getKey();
            lowerCount = bucket.getValue();
        }
        return lowerBound;
    }

    double mean() {
        return count <= 0 ? Double.NaN : sum / count;
    }
}
