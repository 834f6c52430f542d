package cn.salescrm.bench.support;

import java.util.Arrays;

/**
 * Durations of repeated calls, with percentiles by the nearest-rank method. With n samples the
 * p99 is the largest but n/100 samples, so at 50 samples it is the maximum.
 */
public final class Latencies {

    private long[] nanos = new long[64];
    private int count;

    /** Adds one duration in nanoseconds. */
    public void add(long durationNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
    }

    /** Returns the number of durations added. */
    public int count() {
        return count;
    }

    /**
     * Returns the percentile in milliseconds, for {@code percent} from 1 to 100.
     *
     * @throws IllegalStateException if no duration was added
     */
    public double percentileMillis(double percent) {
        if (count == 0) {
            throw new IllegalStateException("No durations recorded");
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
    }

    /** Returns the sum of all durations in milliseconds. */
    public double totalMillis() {
        long total = 0;
        for (int i = 0; i < count; i++) {
            total += nanos[i];
        }
        return total / 1_000_000.0;
    }

    /** Adds every duration of this series to {@code target}. */
    public void addAllTo(Latencies target) {
        for (int i = 0; i < count; i++) {
            target.add(nanos[i]);
        }
    }
}
