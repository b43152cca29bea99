package org.rollerhub.analytics.internal.signal;

import java.util.Arrays;

/**
 * The k-th smallest of an array's first n values, by selection rather than a full sort: linear
 * time on average (a rep's plateau holds thousands of load samples, and only one of their
 * percentiles is wanted). Falls back to a sort when the partitioning goes badly, so the worst case
 * stays n log n. Reorders the values.
 */
public final class OrderStatistic {
    private OrderStatistic() {
    }

    /** The value that would be at index {@code k} of {@code values[0..n)} sorted ascending; 0 ≤ k < n. */
    public static double select(double[] values, int n, int k) {
        int lo = 0;
        int hi = n - 1;
        // each round should at least halve the part left on average; 2·log2(n) rounds is plenty
        int rounds = 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, n)));
        while (hi > lo) {
            if (rounds-- == 0) {
                Arrays.sort(values, lo, hi + 1);
                return values[k];
            }
            double pivot = medianOfThree(values[lo], values[(lo + hi) >>> 1], values[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swap = values[i];
                    values[i] = values[j];
                    values[j] = swap;
                    i++;
                    j--;
                }
            }
            // now values[lo..j] <= pivot <= values[i..hi], and anything between equals the pivot
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
