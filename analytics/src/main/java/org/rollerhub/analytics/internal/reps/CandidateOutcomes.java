package org.rollerhub.analytics.internal.reps;

/**
 * Whether each of the last {@value #KEPT} rep candidates became a rep, by number, and the rep's
 * span: what a shift that overlapped candidates waits on. Fixed memory. Not thread-safe.
 */
final class CandidateOutcomes {
    /** Candidates whose outcomes are remembered, a power of two. */
    static final int KEPT = 64;

    private final boolean[] becameRep = new boolean[KEPT];
    private final long[] repStartUs = new long[KEPT];
    private final long[] repEndUs = new long[KEPT];

    /** Candidate {@code number} began; it is not a rep until {@link #becameRep} says so. */
    void began(long number) {
        becameRep[slot(number)] = false;
    }

    /** Candidate {@code number} became a rep from {@code startUs} to {@code endUs}. */
    void becameRep(long number, long startUs, long endUs) {
        int i = slot(number);
        becameRep[i] = true;
        repStartUs[i] = startUs;
        repEndUs[i] = endUs;
    }

    /**
     * Whether any of the candidates {@code first..last} (all resolved) became a rep whose span
     * overlaps [fromUs, toUs]; true when some are older than remembered (assume the worst).
     */
    boolean anyRepOverlaps(long first, long last, long fromUs, long toUs) {
        for (long k = Math.max(first, last - KEPT + 1); k <= last; k++) {
            int i = slot(k);
            if (becameRep[i] && repStartUs[i] <= toUs && repEndUs[i] >= fromUs) {
                return true;
            }
        }
        return last - first >= KEPT;
    }

    private static int slot(long number) {
        return (int) (number & (KEPT - 1));
    }
}
