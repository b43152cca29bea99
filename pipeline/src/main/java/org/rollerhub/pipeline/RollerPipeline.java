package org.rollerhub.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.ImuSample;
import org.rollerhub.analytics.PressureSample;
import org.rollerhub.analytics.RollerSetup;
import org.rollerhub.analytics.SessionAnalyzer;
import org.rollerhub.analytics.SessionEvent;
import org.rollerhub.analytics.SessionSummary;
import org.rollerhub.pipeline.json.EventJson;
import org.rollerhub.pipeline.json.SummaryJson;
import org.rollerhub.protocol.Ack;
import org.rollerhub.protocol.Button;
import org.rollerhub.protocol.Calibration;
import org.rollerhub.protocol.DeviceClock;
import org.rollerhub.protocol.Hello;
import org.rollerhub.protocol.ImuBatch;
import org.rollerhub.protocol.LinkCounters;
import org.rollerhub.protocol.Packet;
import org.rollerhub.protocol.PacketSink;
import org.rollerhub.protocol.PressureBatch;
import org.rollerhub.protocol.SeqTracker;
import org.rollerhub.protocol.SerialStreamDecoder;
import org.rollerhub.protocol.Status;

/**
 * From one roller's packets to events and session reports: HELLO sets the calibration, batches
 * become samples in physical units on the unwrapped device timeline, seq gaps become link gaps,
 * and the analyzer's events come out with their JSON. The same class serves the live hub and
 * {@code analyze}, so both give the same summaries. Not thread-safe: one link thread feeds it.
 *
 * <p>Samples that arrive before the first HELLO cannot be calibrated and are skipped. A repeated
 * HELLO from the same roller with the same setup (GET_INFO, TARE) only updates the calibration;
 * a different roller or setup closes the open session and starts a fresh analyzer.
 *
 * <p>Session ids are {@code <deviceId>-<hex of the unwrapped device time of the session start, µs>}:
 * the same capture analysed twice gives the same ids. Wall-clock times ({@code startedAt},
 * {@code endedAt}) exist only when a {@link Clock} is given: the offset between device time and
 * wall time is fixed at the first timed packet (wall time of its arrival minus its device time),
 * and session times are device times shifted by that offset.
 */
public final class RollerPipeline implements PacketSink {

    /** What the pipeline hands out, on the feeding thread. */
    public interface Listener {
        /** The roller said who it is (on connect, after GET_INFO or TARE). */
        default void onHello(Hello hello) {
        }

        /** The roller's STATUS. */
        default void onStatus(Status status) {
        }

        /** A live event, with its JSON (one line). */
        default void onEvent(String deviceId, SessionEvent event, String eventJson) {
        }

        /** A session ended. */
        default void onSession(SessionReport report) {
        }

        /** The roller answered a command. */
        default void onAck(Ack ack) {
        }

        /** The roller's button was pressed. */
        /**
         * During a session, at the trace's rate (10 Hz): where the contact is and the load, for a
         * live display.
         *
         * @param deviceTimeUs the roller's time of the point, µs
         * @param contactCm contact position along the spine, cm
         * @param level the level under the contact ({@code T7}; {@code C} or {@code L} in a zone)
         * @param loadN the load, N
         */
        default void onTracePoint(String deviceId, long deviceTimeUs, double contactCm, String level, double loadN) {
        }

        default void onButton(Button button) {
        }
    }

    private AnalyticsSettings settings;
    private boolean settingsChanged; // new settings wait for the open session's end
    private final Clock wallClock;
    private final Supplier<LinkCounters> linkCounters;
    private final Listener listener;

    private final DeviceClock clock = new DeviceClock();
    private final SeqTracker seq = new SeqTracker();
    private final LinkHistory history = new LinkHistory();
    private final LossDating lossDating = new LossDating();

    private Hello hello;
    private long batchEndUs;
    private Calibration calibration;
    private RollerSetup setup;
    private SessionAnalyzer analyzer;
    private TraceRecorder tracer; // made with the analyzer

    private boolean wallOffsetKnown;
    private long wallOffsetUs; // wall µs since the epoch minus device µs

    private String sessionId;
    private long sessionStartUs;
    private LinkCounters sessionStartCounters = LinkCounters.ZERO;
    private int sessions;
    private long samplesWithoutHello;

    /** A pipeline and the decoder that feeds it from a byte stream. */
    public record Decoding(SerialStreamDecoder decoder, RollerPipeline pipeline) {
    }

    /**
     * A pipeline behind a decoder of its own, with that decoder's counters as its link counters
     * (how {@code analyze} and the benchmark read a stream of frames).
     */
    public static Decoding decoding(AnalyticsSettings settings, Clock wallClock, Listener listener) {
        SerialStreamDecoder[] decoder = new SerialStreamDecoder[1];
        RollerPipeline pipeline = new RollerPipeline(settings, wallClock, () -> decoder[0].counters(), listener);
        decoder[0] = new SerialStreamDecoder(pipeline);
        return new Decoding(decoder[0], pipeline);
    }

    /**
     * @param settings the user's stature and start level
     * @param wallClock the hub's clock for {@code startedAt}/{@code endedAt}; {@code null} leaves them out
     *     (offline analysis of a capture)
     * @param linkCounters snapshots of the link's counters, for per-session link figures; may be null
     * @param listener where events and reports go
     */
    public RollerPipeline(AnalyticsSettings settings, Clock wallClock, Supplier<LinkCounters> linkCounters,
            Listener listener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.wallClock = wallClock;
        this.linkCounters = linkCounters != null ? linkCounters : () -> LinkCounters.ZERO;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void onPacket(Packet packet) {
        int lost = seq.accept(packet.seq());
        if (packet instanceof Hello h) {
            onHello(h);
        } else if (packet instanceof ImuBatch b) {
            onImu(b, lost);
        } else if (packet instanceof PressureBatch b) {
            onPressure(b, lost);
        } else if (packet instanceof Button b) {
            gap(lossDating.runStartUs(clock.latestUs()), lost);
            listener.onButton(b);
        } else if (packet instanceof Status s) {
            gap(lossDating.runStartUs(clock.latestUs()), lost);
            listener.onStatus(s);
        } else if (packet instanceof Ack a) {
            gap(lossDating.runStartUs(clock.latestUs()), lost);
            listener.onAck(a);
        } else {
            gap(lossDating.runStartUs(clock.latestUs()), lost);
        }
    }

    private void onHello(Hello h) {
        RollerSetup newSetup = new RollerSetup(h.diameterMm(), h.imuRateHz(), h.pressureRateHz(), h.cellCount());
        boolean sameRoller = hello != null && hello.deviceId() == h.deviceId() && newSetup.equals(setup);
        if (!sameRoller) {
            if (analyzer != null) {
                handle(analyzer.finish());
            }
            if (hello != null && hello.deviceId() != h.deviceId()) {
                clock.reset();
                history.clear();
            }
            setup = newSetup;
            analyzer = new SessionAnalyzer(settings, setup);
            settingsChanged = false;
            tracer = new TraceRecorder(settings);
            lossDating.reset();
        }
        hello = h;
        calibration = Calibration.of(h);
        listener.onHello(h);
    }

    /**
     * Puts a batch on the unwrapped device timeline: its last sample's time becomes
     * {@link #batchEndUs}, and the link's timing and losses are noted. Returns its first sample's time, µs.
     */
    private long placeBatch(long rawT0Us, int count, int rateHz, int lost) {
        long t0 = clock.unwrap(rawT0Us);
        batchEndUs = DeviceClock.sampleTimeUs(t0, count - 1, rateHz);
        timed(t0, batchEndUs, lost);
        return t0;
    }

    private void onImu(ImuBatch b, int lost) {
        if (calibration == null) {
            samplesWithoutHello += b.sampleCount();
            return;
        }
        int rate = setup.imuRateHz();
        long t0 = placeBatch(b.t0Us(), b.sampleCount(), rate, lost);
        lossDating.imuBatch(batchEndUs, b.sampleCount(), rate);
        Calibration cal = calibration;
        for (int k = 0; k < b.sampleCount(); k++) {
            ImuSample s = new ImuSample(DeviceClock.sampleTimeUs(t0, k, rate),
                    cal.accelG(b.count(k, 0)), cal.accelG(b.count(k, 1)), cal.accelG(b.count(k, 2)),
                    cal.gyroRadPerSec(b.count(k, 3)), cal.gyroRadPerSec(b.count(k, 4)),
                    cal.gyroRadPerSec(b.count(k, 5)));
            handle(traced(analyzer.accept(s)));
        }
    }

    private void onPressure(PressureBatch b, int lost) {
        if (calibration == null || b.cells() != calibration.cellCount()) {
            samplesWithoutHello += b.sampleCount();
            return;
        }
        int rate = setup.pressureRateHz();
        long t0 = placeBatch(b.t0Us(), b.sampleCount(), rate, lost);
        lossDating.pressureBatch(batchEndUs, b.sampleCount(), rate);
        Calibration cal = calibration;
        for (int k = 0; k < b.sampleCount(); k++) {
            double[] forces = new double[b.cells()];
            for (int c = 0; c < forces.length; c++) {
                forces[c] = cal.forceN(c, b.count(k, c));
            }
            handle(traced(analyzer.accept(new PressureSample(DeviceClock.sampleTimeUs(t0, k, rate), forces))));
        }
    }

    /** Bookkeeping for a packet with a device time: wall offset, counter history, link gap. */
    private void timed(long tUs, long lastSampleUs, int lost) {
        if (!wallOffsetKnown && wallClock != null) {
            Instant now = wallClock.instant();
            wallOffsetUs = now.getEpochSecond() * 1_000_000L + now.getNano() / 1000 - tUs;
            wallOffsetKnown = true;
        }
        // a run of lost packets is dated where it began (LossDating)
        gap(lossDating.runStartUs(lastSampleUs), lost);
        history.record(tUs, linkCounters);
    }

    private void gap(long atUs, int lost) {
        if (lost > 0 && analyzer != null) {
            handle(analyzer.linkGap(atUs, lost));
        }
    }

    /** The trace takes its point, if one is due, before the sample's events are handled. */
    private List<SessionEvent> traced(List<SessionEvent> events) {
        if (tracer.sample(analyzer) && tracer.inSession() && hello != null) {
            double cm = analyzer.contactCm();
            listener.onTracePoint(hello.deviceIdHex(), analyzer.analysedUs(), cm, tracer.levelAt(cm), analyzer.loadN());
        }
        return events;
    }

    private void handle(List<SessionEvent> events) {
        for (SessionEvent e : events) {
            handle(e);
        }
    }

    private void handle(SessionEvent e) {
        String deviceId = hello.deviceIdHex();
        if (e instanceof SessionEvent.SessionStarted started) {
            sessionStartUs = started.tUs();
            sessionId = deviceId + "-" + Long.toHexString(started.tUs());
            sessionStartCounters = history.at(started.tUs(), linkCounters.get());
            tracer.sessionStarted();
        }
        if (sessionId == null) { // an event outside a session: should not happen; give it an id anyway
            sessionStartUs = e.tUs();
            sessionId = deviceId + "-" + Long.toHexString(e.tUs());
            sessionStartCounters = linkCounters.get();
        }
        listener.onEvent(deviceId, e, EventJson.line(deviceId, sessionId, sessionStartUs, e));
        if (e instanceof SessionEvent.SessionEnded ended) {
            SessionSummary summary = ended.summary();
            LinkCounters end = ended.tUs() >= clock.latestUs() ? linkCounters.get()
                    : history.at(ended.tUs(), linkCounters.get());
            LinkCounters link = end.minus(sessionStartCounters);
            Instant startedAt = wallOffsetKnown ? wall(summary.startUs()) : null;
            Instant endedAt = wallOffsetKnown ? wall(summary.endUs()) : null;
            String json = SummaryJson.line(sessionId, deviceId, hello.firmware(), startedAt, endedAt, summary, link);
            sessions++;
            SessionTrace trace = tracer.sessionEnded(summary.startUs(), summary.endUs());
            listener.onSession(new SessionReport(sessionId, deviceId, summary, link, json, trace));
            sessionId = null;
            if (settingsChanged) {
                freshAnalyzer();
            }
        }
    }

    private Instant wall(long deviceUs) {
        long us = deviceUs + wallOffsetUs;
        return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000L);
    }

    /**
     * Analyses with {@code next} from now on (another person's stature and start level): at once,
     * with a fresh analyser, when no session is open; else from the open session's end. The same
     * settings again change nothing.
     */
    public void useSettings(AnalyticsSettings next) {
        if (next.equals(settings)) {
            return;
        }
        settings = next;
        settingsChanged = true;
        if (analyzer != null && sessionId == null) {
            freshAnalyzer();
        }
    }

    private void freshAnalyzer() {
        settingsChanged = false;
        if (setup != null) {
            analyzer = new SessionAnalyzer(settings, setup);
            tracer = new TraceRecorder(settings);
        }
    }

    /** The link was re-established: sequence numbers start afresh; the session goes on across the gap. */
    public void linkRestarted() {
        seq.restart();
    }

    /** End of the stream (end of a capture, hub shutting down): closes a session still open. */
    public void finish() {
        if (analyzer != null) {
            handle(analyzer.finish());
        }
    }

    /** The last HELLO, or null before any. */
    public Hello hello() {
        return hello;
    }

    /** Sessions reported so far. */
    public int sessionsReported() {
        return sessions;
    }

    /**
     * Device time of the last sample of the batch being (or last) analysed, µs unwrapped: when the
     * roller sent it, as a batch goes out once its last sample is taken. 0 before any.
     */
    public long batchEndUs() {
        return batchEndUs;
    }

    /** The latest device time seen, µs on the unwrapped timeline; 0 before any. */
    public long latestDeviceUs() {
        return clock.latestUs();
    }

    /** Samples skipped because no HELLO had said how to read them. */
    public long samplesWithoutHello() {
        return samplesWithoutHello;
    }
}
