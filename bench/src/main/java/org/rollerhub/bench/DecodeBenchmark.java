package org.rollerhub.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rollerhub.protocol.LinkCounters;
import org.rollerhub.protocol.SerialStreamDecoder;

/**
 * Serial-stream decoding throughput on one thread: COBS, CRC, packet decoding and the link
 * counters, bytes in, packet records out. Each operation is one byte of the stream, and the
 * score is in ops/µs, so it reads directly as MB/s (10^6 bytes a second). The stream repeats
 * endlessly (it is whole frames, so the repeat is seamless) and is fed in 4 KiB reads, as a
 * serial port hands it over.
 *
 * <pre>
 * java -jar bench/target/roller-bench.jar DecodeBenchmark -f 1 -wi 3 -i 5
 * java -jar bench/target/roller-bench.jar DecodeBenchmark -p source=../shared/samples/sample-112.rlr
 * </pre>
 * Target: at least 200 MB/s (a 921600-baud link carries about 0.09 MB/s). Each iteration also
 * prints MB per CPU-second of the benchmark thread, which stays meaningful when other work
 * competes for the cores and the wall-clock score drops.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecodeBenchmark {
    /** Bytes fed per benchmark invocation: the operations it stands for. */
    private static final int BYTES_PER_INVOCATION = 1 << 20;
    private static final int READ_BYTES = 4096;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** {@code synthetic} (60 s of a 1 kHz link) or the path of a {@code .rlr} capture. */
    @Param({"synthetic"})
    public String source;

    private byte[] stream;
    private int position;
    private SerialStreamDecoder decoder;

    @Setup(Level.Trial)
    public void setUp(Blackhole bh) {
        stream = DecodeStreams.load(source, 60);
        decoder = new SerialStreamDecoder(bh::consume);
        position = 0;
    }

    /** Thread CPU time and bytes at the start of the iteration. */
    private long iterationCpuNs;
    private long iterationBytes;

    @Setup(Level.Iteration)
    public void startIteration() {
        iterationCpuNs = CPU.getCurrentThreadCpuTime();
        iterationBytes = decoder.counters().bytes();
    }

    /**
     * Prints the iteration's bytes per second of this thread's CPU time: on a shared, busy
     * machine the wall-clock score counts time the thread spent waiting for a core; this does not.
     */
    @TearDown(Level.Iteration)
    public void endIteration() {
        long cpuNs = CPU.getCurrentThreadCpuTime() - iterationCpuNs;
        long bytes = decoder.counters().bytes() - iterationBytes;
        System.out.printf(" [%.1f MB per CPU-second]", bytes * 1e3 / Math.max(1, cpuNs));
    }

    @TearDown(Level.Trial)
    public void report() {
        LinkCounters c = decoder.counters();
        System.out.printf("%nstream %d bytes, %.0f bytes/packet; decoded %d packets, %d dropped (%s)%n",
                stream.length, (double) c.bytes() / Math.max(1, c.packets()), c.packets(), c.droppedErrors(), source);
    }

    @Benchmark
    @OperationsPerInvocation(BYTES_PER_INVOCATION)
    public void decodeSerialStream() {
        int left = BYTES_PER_INVOCATION;
        while (left > 0) {
            int n = Math.min(Math.min(READ_BYTES, left), stream.length - position);
            decoder.feed(stream, position, n);
            position += n;
            if (position == stream.length) {
                position = 0;
            }
            left -= n;
        }
    }
}
