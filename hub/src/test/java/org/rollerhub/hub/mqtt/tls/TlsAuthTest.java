package org.rollerhub.hub.mqtt.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.hub.mqtt.MqttPublisher;
import org.rollerhub.hub.mqtt.MqttSettings;
import org.rollerhub.hub.testing.MosquittoBroker;

/**
 * TLS with a test CA, a client certificate and a password, against a real mosquitto that
 * requires all three: the right ones work; a wrong password, an untrusted server certificate or a
 * missing client certificate make {@code start()} fail at once with a plain message (no retry
 * storm), and the password appears in no message.
 */
class TlsAuthTest {
    private static final String USER = "hub";
    private static final String PASSWORD = "s3cret-Pa55";

    @TempDir
    static Path dir;
    static TestPki pki;
    static MosquittoBroker broker;

    @BeforeAll
    static void brokerWithTlsAndPasswords() throws Exception {
        pki = TestPki.create(Files.createDirectories(dir.resolve("pki")));
        Path passwords = dir.resolve("passwd");
        Process p = new ProcessBuilder("mosquitto_passwd", "-b", "-c", passwords.toString(), USER, PASSWORD)
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor());
        broker = MosquittoBroker.start(MosquittoBroker.AS_TEST_USER + String.join("\n",
                "allow_anonymous false",
                "cafile " + pki.caCert,
                "certfile " + pki.serverCert,
                "keyfile " + pki.serverKey,
                "require_certificate true",
                "password_file " + passwords));
    }

    @AfterAll
    static void stop() throws Exception {
        broker.close();
    }

    private MqttSettings settings(String password, Path ca, Path cert, Path key) {
        return new MqttSettings(broker.sslUrl(), "roller", "hub-tls-" + System.nanoTime(), "tlshub", USER, password,
                ca, cert, key, dir.resolve("outbox-" + System.nanoTime()), 100, 10, false, "homeassistant");
    }

    @Test
    void rightCertificatesAndPasswordConnectAndDeliver() throws Exception {
        MqttPublisher pub = new MqttPublisher(settings(PASSWORD, pki.caCert, pki.clientCert, pki.clientKey));
        pub.start();
        assertTrue(pub.isConnected());
        pub.publishSession("0123456789abcdef", "0123456789abcdef-tls", "{\"ok\":true}").get(10, TimeUnit.SECONDS);
        pub.close();
    }

    @Test
    void aWrongPasswordIsAPlainErrorAtStart() {
        MqttPublisher pub = new MqttPublisher(settings("wrong-password", pki.caCert, pki.clientCert, pki.clientKey));
        IOException e = assertThrows(IOException.class, pub::start);
        assertTrue(e.getMessage().contains("refused") && e.getMessage().contains("'" + USER + "'"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-password"), "the password must not be shown");
        assertFalse(pub.isConnected());
        pub.close();
    }

    @Test
    void anUntrustedServerCertificateIsAPlainErrorAtStart() {
        MqttPublisher pub = new MqttPublisher(settings(PASSWORD, pki.otherCaCert, pki.clientCert, pki.clientKey));
        IOException e = assertThrows(IOException.class, pub::start);
        assertTrue(e.getMessage().contains("not trusted") && e.getMessage().contains(pki.otherCaCert.toString()),
                e.getMessage());
        assertFalse(e.getMessage().contains(PASSWORD));
        pub.close();
    }

    @Test
    void noClientCertificateWhereTheBrokerRequiresOneIsAPlainErrorAtStart() {
        MqttPublisher pub = new MqttPublisher(settings(PASSWORD, pki.caCert, null, null));
        IOException e = assertThrows(IOException.class, pub::start);
        assertTrue(e.getMessage().startsWith("TLS"), e.getMessage());
        assertFalse(e.getMessage().contains(PASSWORD));
        pub.close();
    }

    @Test
    void sslToAPlainListenerIsReportedAsAFailedHandshakeNotAClientCertificateProblem() throws Exception {
        try (MosquittoBroker plain = MosquittoBroker.start()) {
            MqttPublisher pub = new MqttPublisher(new MqttSettings(plain.sslUrl(), "roller",
                    "hub-tls-" + System.nanoTime(), "tlshub", null, null, pki.caCert, null, null,
                    dir.resolve("outbox-" + System.nanoTime()), 100, 10, false, "homeassistant"));
            IOException e = assertThrows(IOException.class, pub::start);
            pub.close();
            assertTrue(e.getMessage().contains("TLS handshake") && e.getMessage().contains("may not speak TLS"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("client certificate"), e.getMessage());
        }
    }

    @Test
    void settingsNeverPrintThePassword() {
        assertFalse(settings(PASSWORD, pki.caCert, null, null).toString().contains(PASSWORD));
    }
}
