package cn.jiangmen.greenchannel.perf;

import java.util.Arrays;

/** Latency samples (nanoseconds) of one kind of call; thread-safe; percentiles by nearest rank. */
public final class Stats {

    private long[] samples = new long[1024];
    private int size;

    public synchronized void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    public synchronized int count() {
        return size;
    }

    public synchronized void clear() {
        size = 0;
    }

    /** The p-th percentile (0 < p ≤ 100) in milliseconds; NaN without samples. */
    public synchronized double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    public synchronized double meanMillis() {
        if (size == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += samples[i];
        }
        return sum / size / 1e6;
    }

    /** "n=…, p50 …, p95 …, p99 …, max … ms". */
    public String summary() {
        return String.format("n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms", count(), percentileMillis(50),
                percentileMillis(95), percentileMillis(99), percentileMillis(100));
    }
}
