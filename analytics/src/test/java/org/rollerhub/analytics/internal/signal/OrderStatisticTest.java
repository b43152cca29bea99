package org.rollerhub.analytics.internal.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Selection against a full sort, on the shapes a plateau's load takes and on those that trouble quickselect. */
class OrderStatisticTest {
    @Test
    void theKthSmallestIsTheSortedArraysKth() {
        Random r = new Random(5);
        for (int trial = 0; trial < 400; trial++) {
            int n = 1 + r.nextInt(trial < 200 ? 20 : 3000);
            double[] values = new double[n];
            switch (trial % 5) {
                case 0 -> fill(values, i -> r.nextGaussian());
                case 1 -> fill(values, i -> r.nextInt(4)); // many equal values
                case 2 -> fill(values, i -> i); // ascending
                case 3 -> fill(values, i -> -i); // descending
                default -> fill(values, i -> 7); // all equal
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int k = r.nextInt(n);
            assertEquals(sorted[k], OrderStatistic.select(values.clone(), n, k), "n " + n + " k " + k);
            assertEquals(sorted[(int) (0.9 * (n - 1))], OrderStatistic.select(values, n, (int) (0.9 * (n - 1))));
        }
    }

    @Test
    void onlyTheFirstNValuesCount() {
        double[] values = {5, 1, 4, -100, -200};
        assertEquals(4, OrderStatistic.select(values, 3, 1));
    }

    @Test
    void aSawtoothThatDefeatsMedianOfThreeStillAnswers() {
        int n = 5000;
        double[] values = new double[n];
        fill(values, i -> (i % 2 == 0) ? i : n - i);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int k : new int[] {0, n / 3, n / 2, n - 1}) {
            assertEquals(sorted[k], OrderStatistic.select(values.clone(), n, k));
        }
    }

    private interface Fill {
        double at(int i);
    }

    private static void fill(double[] values, Fill f) {
        for (int i = 0; i < values.length; i++) {
            values[i] = f.at(i);
        }
    }
}
