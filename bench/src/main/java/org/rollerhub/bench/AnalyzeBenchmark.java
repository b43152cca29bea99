package org.rollerhub.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.pipeline.RollerPipeline;
import org.rollerhub.protocol.ImuBatch;
import org.rollerhub.protocol.SerialStreamDecoder;
import org.rollerhub.sim.GenerateOptions;
import org.rollerhub.sim.GeneratedCapture;
import org.rollerhub.sim.LinkKind;
import org.rollerhub.sim.Simulator;

/**
 * Offline analysis throughput on one thread: a whole capture's bytes through the serial decoder
 * and the hub's {@link RollerPipeline} (calibration, time merge, roll, reps, shifts, zones, JSON
 * of every event and summary), as {@code analyze} runs it. The capture is simulated once per trial
 * (seeded, 1 kHz IMU, 100 Hz pressure, clean link by default). The {@code imuSamples} counter is
 * the figure of merit: IMU samples analysed per second (target: 5 million on one core).
 *
 * <pre>
 * java -jar bench/target/roller-bench.jar AnalyzeBenchmark -f 1 -wi 3 -i 5
 * java -jar bench/target/roller-bench.jar AnalyzeBenchmark -p imuHz=200 -p link=ble
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class AnalyzeBenchmark {

    @Param({"1000"})
    public int imuHz;

    @Param({"100"})
    public int pressureHz;

    @Param({"clean"})
    public String link;

    @Param({"3"})
    public long seed;

    private byte[] capture;
    private long imuSamplesPerCapture;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /**
     * IMU samples analysed, reported by JMH as a rate; each iteration also prints them per
     * CPU-second of the benchmark thread, which stays meaningful on a busy machine.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Samples {
        public long imuSamples;
        private long cpuStartNs;

        @Setup(Level.Iteration)
        public void reset() {
            imuSamples = 0;
            cpuStartNs = CPU.getCurrentThreadCpuTime();
        }

        @TearDown(Level.Iteration)
        public void print() {
            double cpuS = (CPU.getCurrentThreadCpuTime() - cpuStartNs) / 1e9;
            System.out.printf(Locale.ROOT, "%n  %.2f million IMU samples per CPU-second%n", imuSamples / cpuS / 1e6);
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        GeneratedCapture generated = Simulator.generate(seed,
                GenerateOptions.defaults().withLink(LinkKind.parse(link)).withRates(imuHz, pressureHz));
        capture = generated.rlr();
        long[] count = new long[1];
        SerialStreamDecoder counter = new SerialStreamDecoder(p -> {
            if (p instanceof ImuBatch b) {
                count[0] += b.sampleCount();
            }
        });
        counter.feed(capture);
        imuSamplesPerCapture = count[0];
    }

    /** One whole capture, decoded and analysed; returns the sessions found (so nothing is optimised away). */
    @Benchmark
    public int analyzeCapture(Samples samples) {
        int[] sessions = new int[1];
        SerialStreamDecoder[] decoder = new SerialStreamDecoder[1];
        RollerPipeline pipeline = new RollerPipeline(AnalyticsSettings.defaults(), null, () -> decoder[0].counters(),
                new RollerPipeline.Listener() {
                    @Override
                    public void onSession(org.rollerhub.pipeline.SessionReport report) {
                        sessions[0] += report.json().length() > 0 ? 1 : 0;
                    }
                });
        decoder[0] = new SerialStreamDecoder(pipeline);
        for (int off = 0; off < capture.length; off += 4096) {
            decoder[0].feed(capture, off, Math.min(4096, capture.length - off));
        }
        pipeline.finish();
        samples.imuSamples += imuSamplesPerCapture;
        return sessions[0];
    }
}
