package org.rollerhub.server;

/**
 * How one server instance runs.
 *
 * @param brokerUrl {@code tcp://host:port} or {@code ssl://host:port}
 * @param brokerUser broker user name, or null
 * @param brokerPassword broker password, or null
 * @param clientId the instance's fixed MQTT client id (its persistent session)
 * @param group the shared subscription group; instances of one group share the load
 * @param prefix the hubs' topic prefix
 * @param dbUrl {@code jdbc:postgresql://host:port/db}
 * @param dbUser database user, or null
 * @param dbPassword database password, or null
 * @param poolSize most database connections held
 * @param maxBatch most messages per transaction
 */
public record ServerSettings(String brokerUrl, String brokerUser, char[] brokerPassword, String clientId, String group,
        String prefix, String dbUrl, String dbUser, String dbPassword, int poolSize, int maxBatch) {
}
