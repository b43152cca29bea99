package org.rollerhub.hub.mqtt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.rollerhub.hub.mqtt.tls.PemTls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Paho connect options the hub uses: MQTT 3.1.1, a clean session, the {@code offline} last
 * will on the availability topic, the credentials, and for {@code ssl://} the TLS socket factory
 * from the PEM files.
 */
final class ConnectOptions {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectOptions.class);
    /** How long a connect may take, seconds. */
    static final int CONNECT_TIMEOUT_S = 10;
    /** MQTT keep-alive interval, seconds. */
    static final int KEEP_ALIVE_S = 30;
    /** Most QoS 1 publishes awaiting their PUBACK at once. */
    static final int MAX_INFLIGHT = 1000;

    private ConnectOptions() {
    }

    /**
     * @throws IOException when the TLS files cannot be used, with a message naming the file
     */
    static MqttConnectOptions of(MqttSettings settings, Topics topics) throws IOException {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        o.setCleanSession(true); // the outbox, not the broker session, carries what must not be lost
        o.setAutomaticReconnect(false); // our own loop also covers a broker that is down at start
        o.setConnectionTimeout(CONNECT_TIMEOUT_S);
        o.setKeepAliveInterval(KEEP_ALIVE_S);
        o.setMaxInflight(MAX_INFLIGHT);
        o.setWill(topics.availability(), "offline".getBytes(StandardCharsets.UTF_8), 1, true);
        if (settings.username() != null) {
            o.setUserName(settings.username());
        }
        if (settings.password() != null) {
            o.setPassword(settings.password().toCharArray());
        }
        if (settings.brokerUrl() != null && settings.brokerUrl().startsWith("ssl://")) {
            o.setSocketFactory(PemTls.socketFactory(settings.caFile(), settings.clientCertFile(),
                    settings.clientKeyFile()));
        } else if (settings.caFile() != null || settings.clientCertFile() != null) {
            LOG.warn("TLS files are configured but the broker URL {} is not ssl://; they are not used",
                    settings.brokerUrl());
        }
        return o;
    }
}
