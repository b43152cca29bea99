package org.rollerhub.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rollerhub.protocol.Hello;
import org.rollerhub.protocol.ImuBatch;
import org.rollerhub.protocol.PressureBatch;
import org.rollerhub.protocol.SerialStreamWriter;
import org.rollerhub.protocol.Status;

/**
 * Serial byte streams for {@link DecodeBenchmark}: a synthetic one shaped like a real 1 kHz link,
 * or a capture file read as is.
 */
final class DecodeStreams {
    private DecodeStreams() {
    }

    /** The stream named by {@code source}: {@code synthetic}, or the path of a {@code .rlr} capture. */
    static byte[] load(String source, int seconds) {
        if (source.equals("synthetic")) {
            return synthetic(seconds, 7);
        }
        try {
            return Files.readAllBytes(Path.of(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code seconds} of what a roller streams at 1 kHz IMU and 100 Hz pressure, as the sample
     * captures do: IMU batches of 19 samples (about 53 a second), pressure batches of 10 samples
     * of {@code cells} cells (10 a second), one STATUS a second, after one HELLO. The samples are a
     * slow roll with sensor noise, so counts have realistic bytes (and zeros) for COBS.
     */
    static byte[] synthetic(int seconds, int cells) {
        Random rnd = new Random(42);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SerialStreamWriter w = new SerialStreamWriter(out)) {
            int seq = 0;
            List<Hello.CellCalibration> cal = new ArrayList<>();
            for (int c = 0; c < cells; c++) {
                cal.add(new Hello.CellCalibration(0.05f, 1000 + c));
            }
            w.write(new Hello(seq++, 1, 1, 4, 2, 0x00c0ffee12345678L, 1000, 8, 2000, 100, 125, 900, cal));
            long t = 3_000_000_000L;
            int imuSample = 0;
            int pressureSample = 0;
            for (int ms = 0; ms < seconds * 1000; ms++) {
                if ((ms + 1) % 19 == 0) {
                    short[] counts = new short[19 * ImuBatch.AXES];
                    for (int k = 0; k < 19; k++, imuSample++) {
                        double theta = imuSample * 0.0015; // about 1.5 rad/s
                        counts[k * 6] = (short) (rnd.nextGaussian() * 20);
                        counts[k * 6 + 1] = (short) (4096 * Math.sin(theta) + rnd.nextGaussian() * 20);
                        counts[k * 6 + 2] = (short) (4096 * Math.cos(theta) + rnd.nextGaussian() * 20);
                        counts[k * 6 + 3] = (short) (1.5 * 57.3 * 16.4 + rnd.nextGaussian() * 8);
                        counts[k * 6 + 4] = (short) (rnd.nextGaussian() * 8);
                        counts[k * 6 + 5] = (short) (rnd.nextGaussian() * 8);
                    }
                    w.write(new ImuBatch(seq++ & 0xFFFF, (t + (ms - 18) * 1000L) & 0xFFFF_FFFFL, counts));
                }
                if ((ms + 1) % 100 == 0) {
                    int[] counts = new int[10 * cells];
                    for (int k = 0; k < 10; k++, pressureSample++) {
                        for (int c = 0; c < cells; c++) {
                            counts[k * cells + c] = 1000 + (int) (600 * (1 + Math.sin(pressureSample * 0.01 + c)))
                                    + rnd.nextInt(7);
                        }
                    }
                    w.write(new PressureBatch(seq++ & 0xFFFF, (t + (ms - 99) * 1000L) & 0xFFFF_FFFFL, cells, counts));
                }
                if ((ms + 1) % 1000 == 0) {
                    w.write(new Status(seq++ & 0xFFFF, 3900, 80, 251, 0, 0));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
