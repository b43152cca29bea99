package org.rollerhub.sim;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.rollerhub.protocol.Calibration;
import org.rollerhub.protocol.CaptureReader;
import org.rollerhub.protocol.DeviceClock;
import org.rollerhub.protocol.Hello;
import org.rollerhub.protocol.ImuBatch;
import org.rollerhub.protocol.LinkCounters;
import org.rollerhub.protocol.Packet;
import org.rollerhub.protocol.PressureBatch;

/** A capture decoded with the protocol module into physical signals, for checking the simulator. */
final class Decoded {
    final List<Packet> packets = new ArrayList<>();
    /** Pressure: time (s since the first sample), total force N. */
    final List<double[]> load = new ArrayList<>();
    /** IMU: time (s), ax, ay, az (g), gx (rad/s). */
    final List<double[]> imu = new ArrayList<>();
    Hello hello;
    LinkCounters counters;

    static Decoded of(byte[] rlr) {
        Decoded d = new Decoded();
        DeviceClock clock = new DeviceClock();
        long[] origin = {Long.MIN_VALUE};
        Calibration[] cal = {null};
        try {
            d.counters = CaptureReader.read(new ByteArrayInputStream(rlr), p -> {
                d.packets.add(p);
                if (p instanceof Hello h) {
                    d.hello = h;
                    cal[0] = Calibration.of(h);
                } else if (p instanceof ImuBatch b && cal[0] != null) {
                    long t0 = clock.unwrap(b.t0Us());
                    if (origin[0] == Long.MIN_VALUE) {
                        origin[0] = t0;
                    }
                    for (int k = 0; k < b.sampleCount(); k++) {
                        double t = (DeviceClock.sampleTimeUs(t0, k, d.hello.imuRateHz()) - origin[0]) / 1e6;
                        d.imu.add(new double[] {t, cal[0].accelG(b.count(k, 0)), cal[0].accelG(b.count(k, 1)),
                            cal[0].accelG(b.count(k, 2)), cal[0].gyroRadPerSec(b.count(k, 3))});
                    }
                } else if (p instanceof PressureBatch b && cal[0] != null) {
                    long t0 = clock.unwrap(b.t0Us());
                    if (origin[0] == Long.MIN_VALUE) {
                        origin[0] = t0;
                    }
                    for (int k = 0; k < b.sampleCount(); k++) {
                        double t = (DeviceClock.sampleTimeUs(t0, k, d.hello.pressureRateHz()) - origin[0]) / 1e6;
                        d.load.add(new double[] {t, cal[0].totalForceN(b, k)});
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        d.load.sort((a, b) -> Double.compare(a[0], b[0]));
        d.imu.sort((a, b) -> Double.compare(a[0], b[0]));
        return d;
    }

    /** Mean load over [from, to) s. */
    double meanLoad(double from, double to) {
        double sum = 0;
        int n = 0;
        for (double[] s : load) {
            if (s[0] >= from && s[0] < to) {
                sum += s[1];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Mean gyro x over [from, to) s, rad/s. */
    double meanGyro(double from, double to) {
        double sum = 0;
        int n = 0;
        for (double[] s : imu) {
            if (s[0] >= from && s[0] < to) {
                sum += s[4];
                n++;
            }
        }
        return sum / n;
    }

    /** Integral of (gyro x − bias) over [from, to), rad. */
    double turn(double from, double to, double bias) {
        double sum = 0;
        double last = Double.NaN;
        for (double[] s : imu) {
            if (s[0] >= from && s[0] < to) {
                if (!Double.isNaN(last)) {
                    sum += (s[4] - bias) * (s[0] - last);
                }
                last = s[0];
            }
        }
        return sum;
    }

    /** First time at or after {@code from} when the load (averaged over ~40 ms) crosses above {@code n}. */
    double firstAbove(double from, double n) {
        for (int i = 0; i < load.size(); i++) {
            double[] s = load.get(i);
            if (s[0] >= from && smoothed(i) > n) {
                return s[0];
            }
        }
        return Double.NaN;
    }

    /** First time at or after {@code from} when the smoothed load falls below {@code n}. */
    double firstBelow(double from, double n) {
        for (int i = 0; i < load.size(); i++) {
            double[] s = load.get(i);
            if (s[0] >= from && smoothed(i) < n) {
                return s[0];
            }
        }
        return Double.NaN;
    }

    private double smoothed(int i) {
        double t = load.get(i)[0];
        double sum = 0;
        int n = 0;
        for (int j = i; j >= 0 && load.get(j)[0] > t - 0.04; j--) {
            sum += load.get(j)[1];
            n++;
        }
        for (int j = i + 1; j < load.size() && load.get(j)[0] < t + 0.04; j++) {
            sum += load.get(j)[1];
            n++;
        }
        return sum / n;
    }
}
