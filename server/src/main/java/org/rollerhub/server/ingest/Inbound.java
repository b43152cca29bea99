package org.rollerhub.server.ingest;

/**
 * One message as the broker delivered it, not yet acknowledged.
 *
 * @param topic where it was published (not the shared filter it matched)
 * @param payload its bytes
 * @param messageId the MQTT packet id to acknowledge (0 for QoS 0)
 * @param qos its QoS as delivered
 * @param connection which connection to the broker delivered it ({@link BrokerLink} counts them):
 *     an id is only acknowledged on the connection it came on
 */
public record Inbound(String topic, byte[] payload, int messageId, int qos, long connection) {
}
