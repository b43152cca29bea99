package org.rollerhub.tools.latency;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How long the calling thread has waited, runnable, for a core: Linux's per-thread scheduler
 * statistics ({@code /proc/thread-self/schedstat}, its second field, ns). A delay longer than a
 * packet's CPU time plus this was spent neither running nor queued in this kernel: off the host's
 * CPU (a virtual machine's vCPU descheduled), or blocked.
 */
final class RunQueue {
    private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");
    /** Whether this kernel says at all: asked once, not with a failed read per packet. */
    private static final boolean AVAILABLE = Files.isReadable(SCHEDSTAT);

    private RunQueue() {
    }

    /** The calling thread's run-queue wait so far, ns; -1 where the kernel does not say. */
    static long waitedNanos() {
        if (!AVAILABLE) {
            return -1;
        }
        try {
            String[] fields = Files.readString(SCHEDSTAT).trim().split(" ");
            return fields.length >= 2 ? Long.parseLong(fields[1]) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
