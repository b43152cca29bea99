package org.rollerhub.tools.latency;

import java.util.Arrays;
import java.util.List;

/** Nearest-rank percentiles of a set of durations, nanoseconds in, milliseconds out. */
final class Percentiles {
    private final long[] sorted;

    Percentiles(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    static Percentiles of(List<Long> nanos) {
        return new Percentiles(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    int count() {
        return sorted.length;
    }

    /** The {@code p}-th percentile (0 < p <= 100), ms; NaN when empty. */
    double ms(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    String line() {
        return String.format("n %d  p50 %.3f ms  p99 %.3f ms  max %.3f ms", count(), ms(50), ms(99), ms(100));
    }
}
