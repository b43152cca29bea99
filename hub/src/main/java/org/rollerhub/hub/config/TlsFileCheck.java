package org.rollerhub.hub.config;

import java.io.IOException;
import java.nio.file.Path;
import org.rollerhub.hub.mqtt.tls.PemTls;

/**
 * Checks, while loading the configuration, that the TLS files of an {@code ssl://} broker hold
 * what they should: certificates in {@code caFile} and {@code clientCertFile}, a usable PKCS#8 key
 * in {@code clientKeyFile}. A garbage file is a configuration error (exit 2, naming the key and
 * the file), found before any connect, not a start-up failure that a service manager would keep
 * restarting.
 */
final class TlsFileCheck {
    private TlsFileCheck() {
    }

    /** Each file may be null (not configured). */
    static void check(CheckedValues values, Path caFile, Path clientCertFile, Path clientKeyFile)
            throws ConfigException {
        try {
            if (caFile != null) {
                PemTls.readCertificates(caFile);
            }
        } catch (IOException e) {
            throw unusable(values, ConfigKeys.CA_FILE, e);
        }
        try {
            if (clientCertFile != null) {
                PemTls.readCertificates(clientCertFile);
            }
        } catch (IOException e) {
            throw unusable(values, ConfigKeys.CLIENT_CERT_FILE, e);
        }
        try {
            if (clientKeyFile != null) {
                PemTls.readPrivateKey(clientKeyFile);
            }
        } catch (IOException e) {
            throw unusable(values, ConfigKeys.CLIENT_KEY_FILE, e);
        }
    }

    private static ConfigException unusable(CheckedValues values, String key, IOException e) {
        SourcedValue v = values.value(key);
        return new ConfigException("bad value for " + key + " (from " + v.source() + "): " + e.getMessage());
    }
}
