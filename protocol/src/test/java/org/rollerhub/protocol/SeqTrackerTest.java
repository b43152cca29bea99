package org.rollerhub.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SeqTrackerTest {

    @Test
    void consecutiveSeqAcrossTheWrapLosesNothing() {
        SeqTracker t = new SeqTracker();
        for (int i = 0; i < 70000; i++) {
            assertEquals(0, t.accept((65000 + i) & 0xFFFF));
        }
        assertEquals(0, t.lost());
        assertEquals((65000 + 69999) & 0xFFFF, t.lastSeq());
    }

    @Test
    void aGapOfKIsKLostAlsoAcrossTheWrap() {
        SeqTracker t = new SeqTracker();
        assertEquals(0, t.accept(65530));
        assertEquals(7, t.accept(2)); // 65531..65535 and 0, 1
        assertEquals(0, t.accept(3));
        assertEquals(65534, t.accept(2), "a seq that went back is read as a gap of almost a whole wrap");
        assertEquals(7 + 65534, t.lost());
    }

    @Test
    void gapEndingExactlyAtTheWrap() {
        SeqTracker t = new SeqTracker();
        t.accept(65535);
        assertEquals(0, t.accept(0));
        assertEquals(65533, t.accept(65534), "from 0 forward to 65534");
        t.restart();
        assertEquals(0, t.accept(0), "after restart the first seq starts afresh");
        assertEquals(1, t.accept(2));
        assertEquals(65533 + 1, t.lost());
    }

    @Test
    void aRepeatedSeqIsADuplicateNotAWrap() {
        SeqTracker t = new SeqTracker();
        t.accept(5);
        assertEquals(0, t.accept(5));
        assertEquals(1, t.duplicates());
        assertEquals(0, t.lost());
        assertEquals(-1, new SeqTracker().lastSeq());
    }
}
