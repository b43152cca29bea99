package org.rollerhub.hub.live;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.SessionEvent;
import org.rollerhub.pipeline.RollerPipeline;
import org.rollerhub.pipeline.SessionReport;
import org.rollerhub.hub.cues.CueDispatcher;
import org.rollerhub.hub.cues.CuePolicy;
import org.rollerhub.hub.cues.CueSettings;
import org.rollerhub.hub.delivery.CrashPoint;
import org.rollerhub.hub.history.HubHistory;
import org.rollerhub.hub.history.PersonEventJson;
import org.rollerhub.hub.delivery.Outbox;
import org.rollerhub.hub.delivery.Publisher;
import org.rollerhub.hub.recording.CaptureRecorder;
import org.rollerhub.hub.mqtt.StatusJson;
import org.rollerhub.hub.transport.Backoff;
import org.rollerhub.hub.transport.LinkManager;
import org.rollerhub.hub.transport.LinkSink;
import org.rollerhub.hub.transport.Transport;
import org.rollerhub.protocol.Ack;
import org.rollerhub.protocol.Button;
import org.rollerhub.protocol.Hello;
import org.rollerhub.protocol.LinkCounters;
import org.rollerhub.protocol.PacketReceiver;
import org.rollerhub.protocol.SerialStreamDecoder;
import org.rollerhub.protocol.Status;
import org.rollerhub.store.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One roller, live: its link (kept up by a {@link LinkManager}), its recording, its decoder and its
 * {@link RollerPipeline}, which lives as long as the hub does, so that a session goes on across a
 * dropped and restored link. Everything but {@link #close} runs on the link manager's thread.
 */
final class RollerChannel implements LinkSink, LinkManager.Listener, RollerPipeline.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(RollerChannel.class);
    /** Status is republished at most this often unless something in it changed, milliseconds. */
    private static final long STATUS_PERIOD_MS = 5000;

    private final Transport transport;
    private final Clock clock;
    private final Publisher publisher;
    private final CaptureRecorder recorder;
    private final HubOutput output;
    private final SessionTracker sessions;
    private final SerialStreamDecoder decoder;
    private final PacketReceiver packets;
    private final RollerPipeline pipeline;
    private final LinkManager manager;
    private final Outbox outbox; // null: no outbox to report on the status topic
    private final HubHistory history; // null: no session store
    private String sessionPerson; // who rolled when the open session started; null outside a session
    private final ReplayPacer pacer; // a recording played at its pace; null for a live roller or as fast as it reads
    private volatile boolean packetMode;
    private Hello hello;
    private Status lastStatus;
    private long lastStatusAtMs;
    private volatile String linkState = "connecting";
    /** What the link says about itself (BLE RSSI...); may be set from any thread. */
    private final Map<String, Object> linkInfo = new ConcurrentHashMap<>();
    private final CueDispatcher cues;
    private final LiveStatePublisher live;
    /** When the bytes being decoded arrived (System.nanoTime), for the cues' latency. */
    private long arrivedNanos;

    RollerChannel(Transport transport, AnalyticsSettings analytics, Clock clock, Publisher publisher,
            CaptureRecorder recorder, HubOutput output, SessionTracker sessions, Backoff backoff, Outbox outbox,
            HubHistory history) {
        this(transport, analytics, clock, publisher, recorder, output, sessions, backoff, outbox, history,
                CueSettings.DEFAULTS);
    }

    RollerChannel(Transport transport, AnalyticsSettings analytics, Clock clock, Publisher publisher,
            CaptureRecorder recorder, HubOutput output, SessionTracker sessions, Backoff backoff, Outbox outbox,
            HubHistory history, CueSettings cueSettings) {
        this.transport = transport;
        this.history = history;
        this.outbox = outbox;
        this.clock = clock;
        this.publisher = publisher;
        this.recorder = recorder;
        this.output = output;
        this.sessions = sessions;
        // a recording's samples were not taken now: the hub's clock cannot date them
        this.pipeline = new RollerPipeline(analytics, transport.live() ? clock : null, this::counters, this);
        this.decoder = new SerialStreamDecoder(pipeline);
        this.packets = new PacketReceiver(pipeline);
        this.manager = new LinkManager(transport, backoff, this, this);
        this.live = new LiveStatePublisher(publisher, clock);
        this.pacer = !transport.live() && transport.playbackSpeed() > 0
                ? new ReplayPacer(transport.playbackSpeed(), ReplayPacer.REAL) : null;
        // a recording cannot be cued: its link does not write
        this.cues = new CueDispatcher(new CuePolicy(transport.live() ? cueSettings
                : cueSettings.withMode(CueSettings.Mode.OFF)), manager::send, (id, json) -> {
                    publisher.publishEvent(id, json); // refusals and cues by command
                    output.event(id, json);
                }, System::nanoTime);
    }

    /** This roller's cues: the policy, and cues sent by command. */
    CueDispatcher cues() {
        return cues;
    }

    LinkManager manager() {
        return manager;
    }

    private LinkCounters counters() {
        return packetMode ? packets.counters() : decoder.counters();
    }

    // ---- link bytes ----

    @Override
    public void onStreamBytes(byte[] data, int off, int len) {
        arrivedNanos = System.nanoTime();
        if (recorder != null) {
            recorder.streamBytes(data, off, len);
        }
        decoder.feed(data, off, len);
        if (pacer != null) {
            try {
                pacer.pace(pipeline.latestDeviceUs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the hub is stopping: the link's close ends the pump
            }
        }
    }

    @Override
    public void onPacket(byte[] data, int off, int len) {
        arrivedNanos = System.nanoTime();
        packetMode = true;
        if (recorder != null) {
            recorder.packet(data, off, len);
        }
        packets.receive(data, off, len);
    }

    @Override
    public void onLinkInfo(String key, Object value) {
        if (key != null && value != null) {
            linkInfo.put(key, value);
        }
    }

    // ---- link state ----

    @Override
    public void onConnected(String description, boolean reconnect) {
        linkState = "connected";
        cues.connected();
        if (reconnect) {
            decoder.restart();
            packets.restartSequence();
            pipeline.linkRestarted();
            if (recorder != null) {
                recorder.reconnected();
            }
            publishStatus(true);
        }
        output.connected(description, reconnect);
    }

    @Override
    public void onLost(String description, String reason, long retryInMs) {
        linkState = "reconnecting";
        publishStatus(true);
        output.lost(description, reason, retryInMs);
    }

    @Override
    public void onStopped(String description, boolean streamEnded) {
        linkState = "stopped";
    }

    // ---- pipeline ----

    @Override
    public void onHello(Hello h) {
        boolean first = hello == null || hello.deviceId() != h.deviceId();
        hello = h;
        cues.hello(h);
        if (recorder != null) {
            recorder.device(h.deviceIdHex(), h.firmware());
        }
        if (first) {
            output.hello(transport.describe(), h.deviceIdHex(), h.firmware());
        }
        if (history != null) {
            pipeline.useSettings(history.settingsFor(h.deviceIdHex())); // the stature of whoever rolls on it
        }
        publishStatus(true);
        live.hello(h.deviceIdHex()); // after the status: the roller is known before its state comes
    }

    @Override
    public void onStatus(Status status) {
        boolean changed = lastStatus == null || lastStatus.flags() != status.flags();
        lastStatus = status;
        if (history != null && hello != null && sessionPerson == null) {
            pipeline.useSettings(history.settingsFor(hello.deviceIdHex())); // 'person use' between sessions
        }
        publishStatus(changed);
    }

    @Override
    public void onTracePoint(String deviceId, long deviceTimeUs, double contactCm, String level, double loadN) {
        output.sample(deviceId, deviceTimeUs, contactCm, level, loadN);
        live.tracePoint(deviceId, deviceTimeUs, level);
    }

    @Override
    public void onEvent(String deviceId, SessionEvent event, String eventJson) {
        if (event instanceof SessionEvent.SessionStarted && recorder != null) {
            recorder.sessionStarted();
        }
        if (event instanceof SessionEvent.SessionStarted && history != null) {
            sessionPerson = history.personFor(deviceId); // the session is theirs, whoever is chosen meanwhile
        }
        String cue = cues.event(deviceId, event, pipeline.batchEndUs(), arrivedNanos); // first: its latency counts
        publisher.publishEvent(deviceId, eventJson);
        output.event(deviceId, eventJson);
        live.event(deviceId, event);
        if (cue != null) {
            publisher.publishEvent(deviceId, cue);
            output.event(deviceId, cue);
        }
    }

    @Override
    public void onAck(Ack ack) {
        cues.ack(ack);
    }

    /**
     * The session-end path, in the order that keeps a session owned by one durable record at every
     * instant (docs/delivery.md): the capture holds the whole session, then the outbox takes the
     * summary (durable when {@code publish} returns), and only then does the index say so.
     */
    @Override
    public void onSession(SessionReport made) {
        String person = history == null ? null : sessionPerson != null ? sessionPerson : history.personFor(made.deviceId());
        sessionPerson = null;
        SessionReport report = history == null ? made : history.attribute(made, person);
        Path capture = null;
        if (recorder != null) {
            capture = recorder.file();
            recorder.flush();
            CrashPoint.reached(CrashPoint.CAPTURE_FLUSHED);
        }
        output.session(report);
        Path recordedIn = capture;
        sessions.publish(report, publisher, output, sessionId -> {
            if (recorder != null) {
                recorder.published(recordedIn, sessionId);
            }
        });
        if (history != null) {
            history.record(report, person); // after the outbox: start-up catches up a crash in between
            pipeline.useSettings(history.settingsFor(report.deviceId()));
        }
        if (recorder != null) {
            recorder.sessionEnded(report.sessionId());
            CrashPoint.reached(CrashPoint.INDEX_SESSION_WRITTEN);
        }
    }

    /** A long press moves the roller to the next person (announced on the event topic). */
    @Override
    public void onButton(Button button) {
        if (history == null || button.press() != Button.Press.LONG || hello == null) {
            return;
        }
        try {
            Person next = history.nextPerson(hello.deviceIdHex());
            pipeline.useSettings(history.settingsFor(hello.deviceIdHex()));
            String json = PersonEventJson.line(hello.deviceIdHex(), next);
            publisher.publishEvent(hello.deviceIdHex(), json);
            output.event(hello.deviceIdHex(), json);
        } catch (RuntimeException e) {
            LOG.error("Button: cannot move {} to the next person: {}", hello.deviceIdHex(), e.getMessage());
        }
    }

    private void publishStatus(boolean force) {
        if (hello == null) {
            return; // no device id to publish under yet
        }
        long now = clock.millis();
        if (!force && now - lastStatusAtMs < STATUS_PERIOD_MS) {
            return;
        }
        lastStatusAtMs = now;
        String line = StatusJson.line(linkState, transport.describe(), hello,
                lastStatus, counters(), manager.connections(), linkInfo, outbox == null ? null : outbox.counts(),
                clock.instant());
        publisher.publishStatus(hello.deviceIdHex(), line);
        output.status(hello.deviceIdHex(), line);
    }

    /**
     * After the link manager's thread has ended: closes a session still open (its summary is
     * published like any other), publishes a last status and closes the recording.
     */
    void close() {
        pipeline.finish();
        linkState = "stopped";
        publishStatus(true);
        if (recorder != null) {
            recorder.close();
        }
    }
}
