package org.rollerhub.hub.mqtt;

import java.nio.file.Path;

/**
 * How the hub talks to its MQTT broker. Built by the configuration loader; the password is
 * already resolved (from a file or the environment, never the command line) and is never
 * printed: {@link #toString()} masks it.
 *
 * @param brokerUrl {@code tcp://host:port} or {@code ssl://host:port}
 * @param topicPrefix topic prefix, default {@code roller}
 * @param clientId MQTT client id
 * @param hubId this hub's id, for {@code <prefix>/hub/<hubId>/availability}
 * @param username user name, or {@code null} for none
 * @param password password, or {@code null} for none
 * @param caFile CA certificate (PEM) to trust for TLS, or {@code null} for the JVM's default
 * @param clientCertFile client certificate (PEM) for mutual TLS, or {@code null}
 * @param clientKeyFile client private key (PEM, PKCS#8) for mutual TLS, or {@code null}
 * @param outboxDir folder of the durable outbox of session summaries
 * @param outboxMaxEntries most summaries the outbox keeps; past that the oldest is dropped, with a log line
 * @param drainPerSecond most backlog summaries published per second after a reconnect
 * @param homeAssistantDiscovery whether to publish Home Assistant MQTT discovery
 * @param discoveryPrefix Home Assistant's discovery prefix, default {@code homeassistant}
 */
public record MqttSettings(
        String brokerUrl,
        String topicPrefix,
        String clientId,
        String hubId,
        String username,
        String password,
        Path caFile,
        Path clientCertFile,
        Path clientKeyFile,
        Path outboxDir,
        int outboxMaxEntries,
        int drainPerSecond,
        boolean homeAssistantDiscovery,
        String discoveryPrefix) {

    @Override
    public String toString() {
        return "MqttSettings[brokerUrl=" + brokerUrl + ", topicPrefix=" + topicPrefix + ", clientId=" + clientId
                + ", hubId=" + hubId + ", username=" + username + ", password=" + (password == null ? "none" : "***")
                + ", caFile=" + caFile + ", clientCertFile=" + clientCertFile + ", clientKeyFile=" + clientKeyFile
                + ", outboxDir=" + outboxDir + ", outboxMaxEntries=" + outboxMaxEntries
                + ", drainPerSecond=" + drainPerSecond + ", homeAssistantDiscovery=" + homeAssistantDiscovery
                + ", discoveryPrefix=" + discoveryPrefix + "]";
    }
}
