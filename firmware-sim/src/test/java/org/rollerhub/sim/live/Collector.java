package org.rollerhub.sim.live;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.rollerhub.protocol.Packet;

/** Packets received from a live roller, in order, with a wait for a condition (bounded, not timed). */
final class Collector {
    private static final long PATIENCE_MS = 20_000;
    private final List<Packet> packets = new ArrayList<>();

    synchronized void add(Packet p) {
        packets.add(p);
        notifyAll();
    }

    synchronized List<Packet> snapshot() {
        return new ArrayList<>(packets);
    }

    synchronized int size() {
        return packets.size();
    }

    /** Waits until {@code condition} holds for the packets so far; fails the test if it never does. */
    synchronized List<Packet> await(String what, Predicate<List<Packet>> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (!condition.test(packets)) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("never saw: " + what + " (" + packets.size() + " packets)");
            }
            wait(left);
        }
        return new ArrayList<>(packets);
    }

    /** Index of the first packet at or after {@code from} matching {@code p}, or −1. */
    static int indexOf(List<Packet> list, int from, Predicate<Packet> p) {
        for (int i = from; i < list.size(); i++) {
            if (p.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
