package org.rollerhub.server.ingest;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's connection to the broker (Paho v3, MQTT 3.1.1): a persistent session
 * ({@code cleanSession=false}) under a fixed client id, the two shared subscriptions at QoS 1,
 * and <b>manual acknowledgements</b>: a message is PUBACKed only by {@link #ack}, which the
 * ingest calls after the message's row is committed. A message never acknowledged stays the
 * session's; the broker sends it again when this client id connects again.
 *
 * <p>Messages go into the queue from Paho's callback thread; when the queue is full that thread
 * waits, and with it the socket: the broker then holds what it has not sent. Paho's v3 client
 * does not route {@code $share} topics to per-subscription listeners, so messages come through
 * the client callback's {@code messageArrived}.
 */
public final class BrokerLink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerLink.class);

    private final MqttAsyncClient client;
    private final MqttConnectOptions options = new MqttConnectOptions();
    private final Topics topics;
    private final AtomicLong connection = new AtomicLong();

    /**
     * @param brokerUrl {@code tcp://host:port} or {@code ssl://host:port}
     * @param clientId fixed per instance, so that a restarted instance gets its session back
     * @param user broker user name, or null
     * @param password broker password, or null
     * @param queue where received messages go, unacknowledged
     */
    public BrokerLink(String brokerUrl, String clientId, String user, char[] password, Topics topics,
            BlockingQueue<Inbound> queue) throws MqttException {
        this.topics = topics;
        this.client = new MqttAsyncClient(brokerUrl, clientId, new MemoryPersistence());
        client.setManualAcks(true);
        options.setCleanSession(false);
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(10_000);
        options.setKeepAliveInterval(20);
        options.setConnectionTimeout(10);
        if (user != null) {
            options.setUserName(user);
            options.setPassword(password);
        }
        client.setCallback(new MqttCallbackExtended() {
            @Override
            public void connectComplete(boolean reconnect, String serverUri) {
                if (reconnect) {
                    LOG.info("Broker {} reconnected as {}", serverUri, clientId);
                    subscribe(); // the session keeps them; a broker that lost its sessions does not
                }
            }

            @Override
            public void connectionLost(Throwable cause) {
                connection.incrementAndGet(); // ids delivered so far belong to the lost connection
                LOG.warn("Broker {} lost ({}): reconnecting; unacknowledged messages come again", brokerUrl,
                        cause == null ? "closed" : cause.getMessage());
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) throws InterruptedException {
                queue.put(new Inbound(topic, message.getPayload(), message.getId(), message.getQos(), connection.get()));
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
                // the server publishes nothing
            }
        });
    }

    /**
     * Connects and subscribes, retrying every {@code retryMs} until the broker answers (a broker
     * away at start is said once, not at every try).
     */
    public void connect(long retryMs) throws InterruptedException {
        boolean said = false;
        while (true) {
            try {
                client.connect(options).waitForCompletion(15_000);
                subscribe();
                return;
            } catch (MqttException e) {
                if (!said) {
                    LOG.warn("Broker {} unreachable ({}): retrying every {} s", client.getServerURI(), e.getMessage(),
                            retryMs / 1000.0);
                    said = true;
                }
                Thread.sleep(retryMs);
            }
        }
    }

    private void subscribe() {
        try {
            client.subscribe(new String[] {topics.sessionFilter(), topics.statusFilter()}, new int[] {1, 1})
                    .waitForCompletion(15_000);
            LOG.info("Subscribed to {} and {} as {}", topics.sessionFilter(), topics.statusFilter(), client.getClientId());
        } catch (MqttException e) {
            LOG.error("Cannot subscribe to {} on {}: {}", topics.sessionFilter(), client.getServerURI(), e.getMessage());
        }
    }

    /**
     * Acknowledges a message (PUBACK) if the connection that delivered it is still up. A message
     * of an earlier connection is not acknowledged: the broker sends it again on this one.
     */
    public void ack(Inbound m) {
        if (m.qos() == 0 || m.connection() != connection.get()) {
            return;
        }
        try {
            client.messageArrivedComplete(m.messageId(), m.qos());
        } catch (MqttException e) {
            // lost meanwhile: the broker will send it again, and the store keeps it once
            LOG.debug("Not acknowledged {} ({}): it comes again", m.messageId(), e.getMessage());
        }
    }

    /** Disconnects; what is not acknowledged stays in the broker's session for this client id. */
    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect(2_000).waitForCompletion(3_000);
            }
            client.close(true);
        } catch (MqttException e) {
            LOG.debug("Closing the broker connection: {}", e.getMessage());
        }
    }
}
