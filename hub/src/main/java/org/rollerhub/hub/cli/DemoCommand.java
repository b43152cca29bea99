package org.rollerhub.hub.cli;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.hub.config.ConfigException;
import org.rollerhub.hub.mqtt.broker.EmbeddedBroker;
import org.rollerhub.hub.datadir.DataDirLock;
import org.rollerhub.hub.live.LiveHub;
import org.rollerhub.hub.mqtt.MqttPublisher;
import org.rollerhub.hub.mqtt.MqttSettings;
import org.rollerhub.hub.recording.CaptureStore;
import org.rollerhub.hub.recording.Retention;
import org.rollerhub.hub.transport.Backoff;
import org.rollerhub.hub.transport.Transport;
import org.rollerhub.hub.transport.tcp.TcpTransport;
import org.rollerhub.sim.Actuators;
import org.rollerhub.sim.CueReaction;
import org.rollerhub.hub.history.HubHistory;
import org.rollerhub.hub.history.PeopleSettings;
import org.rollerhub.hub.web.HubWeb;
import org.rollerhub.hub.live.HubOutput;
import org.rollerhub.sim.Labels;
import org.rollerhub.sim.live.LiveRoller;
import org.rollerhub.sim.live.TcpRollerServer;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code demo}: the whole hub on one machine in one command. A simulated roller serves a seeded
 * session on a loopback TCP port; the live hub connects to it like to a Wi-Fi roller, analyses
 * the stream as it comes, prints events and summaries, and publishes them to an MQTT broker:
 * {@code --broker}, or an embedded one (1883 if free, else another port, which it says).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs a simulated roller and the live hub on it, over a real TCP loopback link, "
                + "publishing to an MQTT broker (an embedded one unless --broker is given). "
                + "Prints live events and each session's summary; ends once the simulated sessions are published. "
                + "With --data-dir it also records the raw stream, for analyze."})
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    BrokerOption broker = new BrokerOption();

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
            description = "simulated time runs X times faster than real time (default ${DEFAULT-VALUE})")
    double speed;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "7", description = "which simulated person and session (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--topic-prefix", paramLabel = "P", defaultValue = "roller", description = "topic prefix (default ${DEFAULT-VALUE})")
    String topicPrefix;

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Option(names = "--web-port", paramLabel = "PORT", defaultValue = "8080",
            description = "the web UI's port on 127.0.0.1 (default ${DEFAULT-VALUE}; a free one if taken)")
    int webPort;

    @Option(names = "--no-web", description = "do not serve the web UI")
    boolean noWeb;

    @Option(names = "--stay", description = "keep the web UI up after the sessions are published, until Ctrl-C")
    boolean stay;

    @Option(names = "--verbose", description = "show the hub's log on standard error")
    boolean verbose;

    @Override
    public Integer call() throws InterruptedException {
        if (!(speed > 0) || speed > 1000) {
            System.err.println("roller-hub demo: bad value for option --speed: '" + speed + "' must be more than 0 and at most 1000");
            return 2;
        }
        String brokerUrl;
        try {
            brokerUrl = broker.checked();
        } catch (ConfigException e) {
            System.err.println("roller-hub demo: " + e.getMessage());
            return 2;
        }
        if (!verbose) {
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.rollerhub")).setLevel(Level.WARN);
        }
        try {
            return demo(System.out, brokerUrl, dataDir.path());
        } catch (IOException e) {
            // The embedded broker, the simulated roller's port, the data or outbox folder: one line, not a stack trace.
            System.err.println("roller-hub demo: " + e.getMessage());
            return 1;
        }
    }

    /**
     * @param brokerUrl the checked {@code --broker}, or null for an embedded broker
     * @param dataDir where to record the raw stream, or null for nowhere
     */
    private int demo(PrintStream out, String brokerUrl, Path dataDir) throws IOException, InterruptedException {
        EmbeddedBroker embedded = null;
        Path outbox = Files.createTempDirectory("roller-demo-outbox");
        TcpRollerServer sim = null;
        MqttPublisher publisher = null;
        LiveHub hub = null;
        DataDirLock lock = null;
        HubWeb web = null;
        HubHistory history = null;
        try {
            String host;
            int port;
            if (brokerUrl == null) {
                embedded = EmbeddedBroker.start(EmbeddedBroker.PREFERRED_PORT);
                brokerUrl = embedded.url();
                host = embedded.host();
                port = embedded.port();
                if (embedded.movedFromPreferred()) {
                    out.println("Port " + EmbeddedBroker.PREFERRED_PORT + " is already taken (another MQTT broker, such as "
                            + "Mosquitto, probably runs there), so the embedded broker listens on port " + port + " instead.");
                }
                out.println("MQTT: embedded broker at " + brokerUrl);
            } else {
                java.net.URI uri = java.net.URI.create(brokerUrl);
                host = uri.getHost();
                port = uri.getPort() < 0 ? 1883 : uri.getPort();
                out.println("MQTT: publishing to " + brokerUrl);
            }
            out.println("Watch from another terminal:");
            out.println("  mosquitto_sub -h " + host + " -p " + port + " -t '" + topicPrefix + "/#' -v");

            // The roller starts playing when its server starts: make it now, serve it just before the hub connects.
            LiveRoller roller = new LiveRoller(seed, speed, null);
            // a roller with a vibration motor and an LED, and a user who answers "correct" cues: the
            // hub's default cue policy (docs/cues.md) plays on it
            roller.equip(Actuators.BOTH, CueReaction.DEFAULT);
            Labels labels = roller.labels();
            int planned = labels.sessions().size();
            AnalyticsSettings user = new AnalyticsSettings(labels.meta().statureCm(),
                    org.rollerhub.analytics.Level.parse(labels.meta().startLevel()));
            out.printf("Simulated roller (seed %d): %d session(s) in %.0f s of exercise, at %s x real time; "
                    + "user %.0f cm, starting at %s%n", seed, planned, roller.scriptedSeconds(),
                    fmt(speed), user.statureCm(), user.startLevel());
            out.println("The roller has a vibration motor and an LED: a compensation onset gets a \"correct\" cue "
                    + "(amber), the neck or lumbar zone a \"stop\" cue (red).");

            MqttSettings settings = new MqttSettings(brokerUrl, topicPrefix, "roller-hub-demo-" + ProcessHandle.current().pid(),
                    "demo", null, null, null, null, null, outbox, 1000, 50, false, "homeassistant");
            publisher = new MqttPublisher(settings);
            try {
                publisher.start();
            } catch (IOException e) {
                System.err.println("roller-hub demo: MQTT: " + e.getMessage());
                return 1;
            }
            if (!publisher.isConnected()) {
                out.println("Cannot reach " + brokerUrl + " yet; the hub keeps trying, and summaries wait in its outbox.");
            }
            CaptureStore store = null;
            if (dataDir != null) {
                try {
                    lock = DataDirLock.acquire(dataDir);
                    store = new CaptureStore(dataDir, Clock.systemUTC(), new Retention(0, 0));
                } catch (IOException e) {
                    System.err.println("roller-hub demo: cannot use the data folder " + dataDir + " (--data-dir): " + e.getMessage());
                    return 1;
                }
            }
            HubOutput output = new DemoPrinter(out, topicPrefix);
            if (!noWeb) {
                // The history behind the web pages: in the data folder when given, else beside the outbox (deleted at the end).
                try {
                    history = HubHistory.open(dataDir != null ? dataDir : outbox, PeopleSettings.NONE, user);
                } catch (org.rollerhub.store.StoreException e) {
                    System.err.println("roller-hub demo: session history: " + e.getMessage());
                    return 1;
                }
                web = DemoWeb.start(webPort, history, out);
                output = web.output(output);
            }
            sim = new TcpRollerServer(roller, InetAddress.getLoopbackAddress(), 0);
            out.println("Simulated roller serving on 127.0.0.1:" + sim.port() + "; the hub connects to it over TCP.");
            Transport link = new TcpTransport("127.0.0.1", sim.port(), 5000, 10_000);
            hub = new LiveHub(List.of(link), user, Clock.systemUTC(), publisher, store,
                    output, Backoff.DEFAULT, null, history);
            hub.start();
            // Sessions end 5 s of device time after the load comes off; allow a margin past the script.
            long budgetMs = (long) ((sim.roller().scriptedSeconds() + 30) * 1000 / speed) + 30_000;
            boolean all = hub.awaitAcknowledged(Math.max(1, planned), budgetMs);
            hub.close(10_000);
            int published = hub.acknowledged();
            out.println("Done: " + published + " of " + planned + " session summar" + (planned == 1 ? "y" : "ies")
                    + " published to " + brokerUrl + " (retained on " + topicPrefix + "/<deviceId>/session)."
                    + (store != null ? " Raw stream recorded in " + store.dir() + "." : ""));
            if (web != null && stay) {
                out.println("The web UI stays up at " + web.url() + "; Ctrl-C ends the demo.");
                Thread.currentThread().join();
            }
            return all || published > 0 ? 0 : 1;
        } finally {
            if (hub != null) {
                hub.close(10_000);
            }
            if (publisher != null) {
                publisher.close();
            }
            if (sim != null) {
                sim.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            if (web != null) {
                web.close();
            }
            if (history != null) {
                history.close();
            }
            deleteTree(outbox);
            if (lock != null) {
                lock.close();
            }
        }
    }

    private static String fmt(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
