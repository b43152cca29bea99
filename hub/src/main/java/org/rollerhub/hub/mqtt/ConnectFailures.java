package org.rollerhub.hub.mqtt;

import java.io.IOException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * Sorts failed MQTT connects into faults retrying will not mend (refused credentials, TLS trust)
 * and passing ones (broker down, network), and says what went wrong in plain words. Messages
 * never contain the password.
 */
final class ConnectFailures {
    private ConnectFailures() {
    }

    /** An {@link IOException} with a plain message for a fault retrying won't mend, else {@code null}. */
    static IOException fatal(MqttSettings s, MqttException e) {
        String url = s.brokerUrl();
        switch (e.getReasonCode()) {
            case MqttException.REASON_CODE_FAILED_AUTHENTICATION:
                return new IOException("MQTT broker " + url + " refused the user name or password (user "
                        + (s.username() == null ? "none" : "'" + s.username() + "'") + ")", e);
            case MqttException.REASON_CODE_NOT_AUTHORIZED:
                return new IOException("MQTT broker " + url + " refused the connection: not authorised (user "
                        + (s.username() == null ? "none" : "'" + s.username() + "'")
                        + "); check the user name, password or client certificate", e);
            case MqttException.REASON_CODE_INVALID_CLIENT_ID:
                return new IOException("MQTT broker " + url + " refused the client id '" + s.clientId() + "'", e);
            case MqttException.REASON_CODE_INVALID_PROTOCOL_VERSION:
                return new IOException("MQTT broker " + url + " does not speak MQTT 3.1.1", e);
            default:
                break;
        }
        String cut = url.startsWith("ssl://") ? closedDuringHandshake(e) : null;
        if (cut != null) {
            return new IOException("TLS handshake with MQTT broker " + url + " failed: the broker closed the "
                    + "connection before the handshake finished (" + cut + "); it may not speak TLS on that port "
                    + "(a plain tcp:// listener?)", e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertPathValidatorException || t instanceof CertificateException
                    || (t.getMessage() != null && t.getMessage().contains("PKIX path"))) {
                return new IOException("TLS: the certificate of MQTT broker " + url + " is not trusted"
                        + (s.caFile() == null ? " by the JVM's default CAs" : " by the CA file " + s.caFile())
                        + " (" + t.getMessage() + ")", e);
            }
            if (t instanceof SSLHandshakeException || t instanceof SSLException) {
                String m = String.valueOf(t.getMessage());
                if (m.contains("subject alternative") || m.contains("No name matching")) {
                    return new IOException("TLS: the certificate of MQTT broker " + url
                            + " does not name that host (" + m + ")", e);
                }
                return new IOException("TLS handshake with MQTT broker " + url + " failed (" + m + "); check the CA "
                        + "file and, if the broker requires one, the client certificate and key", e);
            }
        }
        if (url.startsWith("ssl://") && s.clientCertFile() == null && closedByBroker(e)) {
            // With TLS 1.3 a broker that requires a client certificate says so in an alert after the
            // client has finished its side of the handshake; the alert is often lost to the close
            // that follows, and all the client sees is a closed socket.
            return new IOException("TLS: MQTT broker " + url + " closed the connection right after the TLS "
                    + "handshake; it most likely requires a client certificate (clientCertFile and clientKeyFile)", e);
        }
        return null;
    }

    /**
     * What cut the connection while the TLS handshake was still running, or null if it was not
     * cut then. A listener that does not speak TLS reads the ClientHello as a bad MQTT packet and
     * drops the connection at once: the client sees a reset or end of stream inside the
     * handshake. A broker that finished the handshake and then closed (as for a missing client
     * certificate) shows up as a lost connection instead, which {@link #closedByBroker} covers.
     */
    private static String closedDuringHandshake(MqttException e) {
        if (e.getReasonCode() == MqttException.REASON_CODE_CONNECTION_LOST) {
            return null;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Connection reset") || m.contains("terminated the handshake")
                    || t instanceof java.io.EOFException) {
                return m;
            }
        }
        return null;
    }

    /** Whether the broker accepted the connection and then closed it (not refused, not timed out). */
    private static boolean closedByBroker(MqttException e) {
        if (e.getReasonCode() == MqttException.REASON_CODE_CONNECTION_LOST) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t instanceof java.io.EOFException || m.contains("Socket is closed") || m.contains("Connection reset")) {
                return true;
            }
        }
        return false;
    }

    /** A short description of a passing fault, for the log. */
    static String describe(MqttException e) {
        Throwable cause = e.getCause();
        return e.getMessage() + (cause != null && cause.getMessage() != null ? ": " + cause.getMessage() : "")
                + " (" + e.getReasonCode() + ")";
    }
}
