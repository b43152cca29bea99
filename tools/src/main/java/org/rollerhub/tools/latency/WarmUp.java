package org.rollerhub.tools.latency;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.SessionEvent;
import org.rollerhub.pipeline.RollerPipeline;
import org.rollerhub.hub.mqtt.MqttPublisher;

/**
 * The benchmark's warm-up: the capture through the live path (decoder, pipeline, publisher), as
 * fast as it goes, pass after pass, until the JIT is done with it, as it is in a hub that has run
 * for a while. One pass of a few sessions leaves the rep fits' code partly compiled, and with two
 * cores the optimising compiler was still compiling a rep's fit during the timed replay's first
 * rep after ten passes (seen with {@code -XX:+PrintCompilation}). So: at least
 * {@code minPasses}, then more while a pass keeps the compiler busy for over
 * {@link #QUIET_COMPILE_MS}, at most {@code 5 × minPasses}; then a wait, up to
 * {@link #QUIET_WAIT_MS}, for the compiler's queue to drain.
 */
final class WarmUp {
    /** A pass during which the compilers worked less than this, ms, leaves the JIT quiet. */
    static final long QUIET_COMPILE_MS = 20;
    /** Longest wait for the compilers to go quiet after the passes, ms. */
    static final long QUIET_WAIT_MS = 5_000;

    /** What the warm-up did: passes, the slowest packet with an event in the first and in the last, ms, and the compilers' time, ms. */
    record Report(int passes, double firstWorstEventMs, double lastWorstEventMs, long compileMs) {
    }

    private WarmUp() {
    }

    static Report run(ReplayPlan plan, AnalyticsSettings rider, MqttPublisher publisher, int minPasses)
            throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
        long compileStart = timed ? jit.getTotalCompilationTime() : 0;
        double first = Double.NaN;
        double last = Double.NaN;
        long lastPassCompileMs = Long.MAX_VALUE;
        int passes = 0;
        while (passes < minPasses || (timed && passes < 5 * minPasses && lastPassCompileMs > QUIET_COMPILE_MS)) {
            long before = timed ? jit.getTotalCompilationTime() : 0;
            last = pass(plan, rider, publisher);
            lastPassCompileMs = timed ? jit.getTotalCompilationTime() - before : 0;
            if (passes == 0) {
                first = last;
            }
            passes++;
        }
        if (timed && passes > 0) {
            long deadline = System.nanoTime() + QUIET_WAIT_MS * 1_000_000;
            long seen = jit.getTotalCompilationTime();
            while (System.nanoTime() < deadline) {
                Thread.sleep(300);
                long now = jit.getTotalCompilationTime();
                if (now == seen) {
                    break;
                }
                seen = now;
            }
        }
        return new Report(passes, first, last, timed ? jit.getTotalCompilationTime() - compileStart : -1);
    }

    /** One pass of the whole capture; the slowest packet that gave an event, ms. */
    private static double pass(ReplayPlan plan, AnalyticsSettings rider, MqttPublisher publisher) {
        boolean[] evented = new boolean[1];
        RollerPipeline.Decoding w = RollerPipeline.decoding(rider, Clock.systemUTC(), new RollerPipeline.Listener() {
            @Override
            public void onEvent(String deviceId, SessionEvent event, String eventJson) {
                evented[0] = true;
                publisher.publishEvent(deviceId, eventJson);
            }
        });
        double worst = 0;
        for (byte[] f : plan.frames()) {
            evented[0] = false;
            long t0 = System.nanoTime();
            w.decoder().feed(f);
            if (evented[0]) {
                worst = Math.max(worst, (System.nanoTime() - t0) / 1e6);
            }
        }
        w.pipeline().finish();
        return worst;
    }
}
