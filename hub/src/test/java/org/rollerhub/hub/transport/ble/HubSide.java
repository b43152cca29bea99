package org.rollerhub.hub.transport.ble;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.pipeline.RollerPipeline;
import org.rollerhub.pipeline.SessionReport;
import org.rollerhub.hub.transport.Backoff;
import org.rollerhub.hub.transport.LinkManager;
import org.rollerhub.hub.transport.LinkSink;
import org.rollerhub.hub.transport.Transport;
import org.rollerhub.protocol.Hello;
import org.rollerhub.protocol.Packet;
import org.rollerhub.protocol.PacketReceiver;

/**
 * The hub's side of one roller as the hub runs it: the link manager (reconnects with backoff)
 * feeding a packet receiver and the roller pipeline; collects what comes out.
 */
final class HubSide implements LinkSink, LinkManager.Listener {
    final List<Packet> packets = new CopyOnWriteArrayList<>();
    final List<SessionReport> reports = new CopyOnWriteArrayList<>();
    final List<Hello> hellos = new CopyOnWriteArrayList<>();
    final List<Object> rssi = new CopyOnWriteArrayList<>();
    final List<Object> states = new CopyOnWriteArrayList<>();
    final AtomicLong received = new AtomicLong();
    final AtomicLong reconnects = new AtomicLong();
    private final RollerPipeline pipeline;
    private final PacketReceiver receiver;
    private final LinkManager manager;

    HubSide(Transport transport) {
        pipeline = new RollerPipeline(AnalyticsSettings.defaults(), null, this::counters, new RollerPipeline.Listener() {
            @Override
            public void onHello(Hello hello) {
                hellos.add(hello);
            }

            @Override
            public void onSession(SessionReport report) {
                reports.add(report);
            }
        });
        receiver = new PacketReceiver(p -> {
            packets.add(p);
            pipeline.onPacket(p);
        });
        manager = new LinkManager(transport, new Backoff(100, 1000, 5000), this, this);
    }

    private org.rollerhub.protocol.LinkCounters counters() {
        return receiver.counters();
    }

    HubSide start() {
        manager.start();
        return this;
    }

    /** Stops the link and closes the open session (on this thread, after the manager's ended). */
    void finish() throws InterruptedException {
        manager.stop(10_000);
        pipeline.finish();
    }

    @Override
    public void onStreamBytes(byte[] data, int off, int len) {
        throw new AssertionError("BLE delivers packets, not a byte stream");
    }

    @Override
    public void onPacket(byte[] data, int off, int len) {
        receiver.receive(data, off, len);
        received.incrementAndGet();
    }

    @Override
    public void onLinkInfo(String key, Object value) {
        if (key.equals("rssi")) {
            rssi.add(value);
        } else if (key.equals("bleState")) {
            states.add(value);
        }
    }

    @Override
    public void onConnected(String description, boolean reconnect) {
        if (reconnect) {
            reconnects.incrementAndGet();
            receiver.restartSequence();
            pipeline.linkRestarted();
        }
    }
}
