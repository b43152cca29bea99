package org.rollerhub.sim.fleet;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Publishes a {@link FleetPlan} to a broker as the hubs would: QoS 1, retained, on
 * {@code <prefix>/<deviceId>/session}, each at its planned moment. The hubs share
 * {@code connections} MQTT connections (hub i on connection i mod n): a real fleet has one
 * connection per hub, which a test machine need not pay for; the broker sees the same topics.
 * Records when each session was first published (epoch ms, taken just before the publish call).
 */
public final class FleetPublisher implements AutoCloseable {
    private final List<MqttAsyncClient> clients = new ArrayList<>();
    private final String prefix;
    private final Map<String, Long> firstPublishedMs = new ConcurrentHashMap<>();

    /**
     * Connects {@code connections} clients ({@code <clientIdPrefix>-<i>}, clean sessions).
     */
    public FleetPublisher(String brokerUrl, String prefix, int connections, String clientIdPrefix) throws MqttException {
        this.prefix = prefix;
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        o.setMaxInflight(65_000);
        o.setKeepAliveInterval(30);
        for (int i = 0; i < connections; i++) {
            MqttAsyncClient c = new MqttAsyncClient(brokerUrl, clientIdPrefix + "-" + i, new MemoryPersistence());
            c.connect(o).waitForCompletion(10_000);
            clients.add(c);
        }
    }

    /**
     * Publishes the plan's messages at their moments (from now) and waits until the broker has
     * acknowledged every one.
     *
     * @param hubIndex the hub's index in the plan, by device id (for its connection)
     * @param speed 1 for the planned moments; 2 for twice as fast; 0 for as fast as possible
     */
    public void publish(FleetPlan plan, double speed) throws MqttException, InterruptedException {
        Map<String, Integer> hubIndex = new java.util.HashMap<>();
        for (int i = 0; i < plan.hubs().size(); i++) {
            hubIndex.put(plan.hubs().get(i).deviceId(), i);
        }
        long t0 = System.nanoTime();
        List<IMqttDeliveryToken> tokens = new ArrayList<>(plan.publications().size());
        for (Publication p : plan.publications()) {
            if (speed > 0) {
                long dueNs = t0 + (long) (p.atMs() * 1_000_000 / speed);
                long waitNs = dueNs - System.nanoTime();
                if (waitNs > 0) {
                    Thread.sleep(waitNs / 1_000_000, (int) (waitNs % 1_000_000));
                }
            }
            MqttMessage m = new MqttMessage(p.json().getBytes(StandardCharsets.UTF_8));
            m.setQos(1);
            m.setRetained(true);
            MqttAsyncClient c = clients.get(hubIndex.get(p.deviceId()) % clients.size());
            if (p.kind() == Publication.Kind.FIRST) {
                firstPublishedMs.putIfAbsent(p.sessionId(), System.currentTimeMillis());
            }
            tokens.add(c.publish(prefix + "/" + p.deviceId() + "/session", m));
        }
        for (IMqttDeliveryToken t : tokens) {
            t.waitForCompletion(60_000);
        }
    }

    /** When each session was first published, epoch ms, by session id. */
    public Map<String, Long> firstPublishedMs() {
        return Map.copyOf(firstPublishedMs);
    }

    @Override
    public void close() throws MqttException {
        for (MqttAsyncClient c : clients) {
            if (c.isConnected()) {
                c.disconnect().waitForCompletion(5_000);
            }
            c.close();
        }
    }
}
