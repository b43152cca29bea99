package org.rollerhub.hub.mqtt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rollerhub.hub.testing.MosquittoBroker;

/**
 * What the MQTT tests add to {@link MosquittoBroker}: configuration lines for a persistent broker,
 * and a wait for its autosave before a {@link MosquittoBroker#kill()}.
 */
public final class TestBrokers {
    /**
     * Run as whoever runs the tests (started as root, mosquitto would switch to user
     * {@code mosquitto} and could not write its database or read the test's files), and queue
     * without limit for offline persistent sessions.
     */
    public static final String AS_TEST_USER = "user " + System.getProperty("user.name") + "\n"
            + "max_queued_messages 0\n"
            + "max_inflight_messages 0\n";

    /**
     * Sessions and retained messages kept in {@code mosquitto.db} in the broker's folder (its
     * working directory), saved every second.
     */
    public static final String PERSISTENT = AS_TEST_USER
            + "persistence true\n"
            + "autosave_interval 1\n";

    private TestBrokers() {
    }

    /** {@code ssl://127.0.0.1:<port>} (for a broker started with TLS lines). */
    public static String sslUrl(MosquittoBroker broker) {
        return "ssl://127.0.0.1:" + broker.port();
    }

    /**
     * Waits until a {@link #PERSISTENT} broker has saved its database after now (autosave runs every
     * second), so that a following {@link MosquittoBroker#kill()} keeps sessions and subscriptions
     * made so far.
     */
    public static void awaitAutosave(MosquittoBroker broker) throws IOException, InterruptedException {
        Path db = broker.dir().resolve("mosquitto.db");
        long since = System.currentTimeMillis();
        long deadline = since + 15_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(db) && Files.getLastModifiedTime(db).toMillis() > since + 100) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IOException("mosquitto did not save " + db + ":\n" + broker.log());
    }
}
