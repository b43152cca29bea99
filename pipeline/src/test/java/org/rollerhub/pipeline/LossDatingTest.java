package org.rollerhub.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A run of lost packets is dated at the send time of its first packet (as in sample-127's last burst). */
class LossDatingTest {
    @Test
    void aRunBeginsWithTheEarliestBatchDueAfterTheLastOnesReceived() {
        LossDating dating = new LossDating();
        // 100 Hz IMU in batches of 5 (one every 50 ms), 25 Hz pressure in batches of 2 (every 80 ms)
        dating.pressureBatch(238_680_000, 2, 25);
        dating.imuBatch(238_690_000, 5, 100);
        // the next packet received is the IMU batch sent at 238.89 s: the IMU batch due at 238.74 s
        // was the first one lost (the pressure batch due at 238.76 s came after it)
        assertEquals(238_740_000, dating.runStartUs(238_890_000));
    }

    @Test
    void withoutBatchesSeenTheRunIsDatedAtThePacketThatRevealedIt() {
        LossDating dating = new LossDating();
        assertEquals(5_000_000, dating.runStartUs(5_000_000));
        dating.imuBatch(4_000_000, 10, 1000);
        dating.reset();
        assertEquals(5_000_000, dating.runStartUs(5_000_000));
    }

    @Test
    void aRunCannotBeginAfterThePacketThatRevealedIt() {
        LossDating dating = new LossDating();
        dating.imuBatch(1_000_000, 10, 100); // next due at 1.1 s
        assertEquals(1_050_000, dating.runStartUs(1_050_000)); // a STATUS lost in between, say
    }
}
