package org.rollerhub.pipeline;

/**
 * When a run of lost packets began, in device time: the send time of the first packet missing
 * after the last one received. A roller sends an IMU or PRESSURE batch when its last sample is
 * taken, each stream at a steady pace (batch size / rate), so the first packet lost is the
 * earlier of each stream's next batch after the last one received. A run of lost packets is
 * dated at its beginning: a burst that begins inside a session counts toward that session, as
 * the shared samples count it (sample-127 ends inside a burst and counts all of it). Not
 * thread-safe.
 */
final class LossDating {
    private final Stream imu = new Stream();
    private final Stream pressure = new Stream();

    /** An IMU batch of {@code samples} samples whose last was taken at {@code lastSampleUs} arrived. */
    void imuBatch(long lastSampleUs, int samples, int rateHz) {
        imu.batch(lastSampleUs, samples, rateHz);
    }

    /** A PRESSURE batch of {@code samples} samples whose last was taken at {@code lastSampleUs} arrived. */
    void pressureBatch(long lastSampleUs, int samples, int rateHz) {
        pressure.batch(lastSampleUs, samples, rateHz);
    }

    /** Forgets both streams (a new roller or setup). */
    void reset() {
        imu.reset();
        pressure.reset();
    }

    /**
     * Device time at which a run of lost packets began, given the send time of the packet that
     * revealed it ({@code arrivedUs}, its last sample's time; or the latest time known for a
     * packet without samples), µs. Call before recording that packet's batch.
     */
    long runStartUs(long arrivedUs) {
        long next = Math.min(imu.nextSendUs(), pressure.nextSendUs());
        if (next == Long.MAX_VALUE) {
            return arrivedUs;
        }
        return Math.min(next, arrivedUs);
    }

    private static final class Stream {
        private long lastSendUs = Long.MIN_VALUE;
        private long intervalUs;

        void batch(long lastSampleUs, int samples, int rateHz) {
            if (rateHz > 0 && samples > 0) {
                lastSendUs = Math.max(lastSendUs, lastSampleUs);
                intervalUs = Math.round(samples * 1e6 / rateHz);
            }
        }

        void reset() {
            lastSendUs = Long.MIN_VALUE;
        }

        long nextSendUs() {
            return lastSendUs == Long.MIN_VALUE ? Long.MAX_VALUE : lastSendUs + intervalUs;
        }
    }
}
