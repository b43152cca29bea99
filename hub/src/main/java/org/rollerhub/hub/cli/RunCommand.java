package org.rollerhub.hub.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rollerhub.hub.config.ConfigException;
import org.rollerhub.hub.config.ConfigKeys;
import org.rollerhub.hub.config.ConfigLoader;
import org.rollerhub.hub.config.HubConfig;
import org.rollerhub.hub.config.RollerSpec;
import org.rollerhub.hub.cues.CueCommands;
import org.rollerhub.hub.cues.CueSettings;
import org.rollerhub.hub.datadir.DataDirLock;
import org.rollerhub.hub.delivery.Outbox;
import org.rollerhub.hub.delivery.SessionRecovery;
import org.rollerhub.hub.history.HubHistory;
import org.rollerhub.hub.history.ProgressPublisher;
import org.rollerhub.hub.mqtt.homeassistant.PersonProgressDiscovery;
import org.rollerhub.hub.live.HubOutput;
import org.rollerhub.hub.live.HubRunner;
import org.rollerhub.hub.live.LoggingOutput;
import org.rollerhub.hub.mqtt.MqttPublisher;
import org.rollerhub.hub.recording.CaptureStore;
import org.rollerhub.hub.transport.Transport;
import org.rollerhub.hub.transport.Transports;
import org.rollerhub.hub.web.HubWeb;
import org.rollerhub.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run}: the live hub, as a service runs it. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Reads rollers over serial, TCP or BLE, analyses their sessions live, records the raw "
                + "streams, and publishes events, status and session summaries over MQTT. "
                + "--file plays a recorded capture through the same path instead, and the hub exits once "
                + "every link has ended.",
            "Settings come from defaults, then the config file (--config or $ROLLER_CONFIG), then ROLLER_* "
                + "environment variables, then these options. Links given here replace the configured rollers. Captures, and the "
                + "outbox unless outbox.dir is set, go to the data folder (--data-dir; default ~/.roller-hub)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:stopped normally (--exit-after-sessions reached, every --file capture played out, or SIGTERM)",
            "1:could not start (the broker refused us for good, the data folder is not writable or another hub "
                + "uses it), "
                + "or a link stopped on a fault (a --file capture that could not be opened)",
            "2:bad command line or configuration (the message names the key)"})
public final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration file")
    Path config;

    @Option(names = "--serial", paramLabel = "PATH[:BAUD]", description = "a roller on a serial port (default 921600 baud); repeatable")
    List<String> serial = new ArrayList<>();

    @Option(names = "--tcp", paramLabel = "HOST:PORT", description = "a roller over TCP (Wi-Fi roller, simulator); repeatable")
    List<String> tcp = new ArrayList<>();

    @Option(names = "--ble", paramLabel = "ADDRESS|auto", description = "a roller over BLE; repeatable")
    List<String> ble = new ArrayList<>();

    @Option(names = "--file", paramLabel = "FILE.rlr",
            description = "a recorded capture played back as a roller (not recorded again; its summaries leave out "
                    + "startedAt/endedAt, which a recording cannot tell); repeatable")
    List<String> file = new ArrayList<>();

    @Option(names = "--replay-speed", paramLabel = "X",
            description = "play --file captures at X times their recorded pace; 0 as fast as they read (default 1)")
    double replaySpeed = 1;

    @Mixin
    BrokerOption broker = new BrokerOption();

    @Mixin
    RiderOptions rider = new RiderOptions();

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Option(names = "--exit-after-sessions", paramLabel = "N",
            description = "exit 0 once N session summaries are acknowledged by the broker (summaries an earlier run "
                    + "left in the outbox count)")
    int exitAfterSessions;

    @Option(names = "--web-port", paramLabel = "PORT", description = "the web UI's port (web.port, default 8080)")
    Integer webPort;

    @Option(names = "--print", description = "also print events and summaries as JSON lines on standard output")
    boolean print;

    @Override
    public Integer call() throws InterruptedException {
        HubConfig cfg;
        try {
            cfg = load();
        } catch (ConfigException e) {
            System.err.println("roller-hub run: " + e.getMessage());
            return 2;
        }
        if (cfg.rollers().isEmpty()) {
            System.err.println("roller-hub run: no rollers: give --serial, --tcp, --ble or --file, or a 'rollers' list in the config file");
            return 2;
        }
        List<Transport> transports = new ArrayList<>();
        Map<Transport, CueSettings> cues = new IdentityHashMap<>();
        for (RollerSpec r : cfg.rollers()) {
            Transport t = Transports.of(r, cfg.linkIdleTimeoutMs(), replaySpeed);
            transports.add(t);
            cues.put(t, cfg.cuesFor(r));
        }
        // One hub per data folder: a second one would recover the first's open capture and share its outbox.
        List<DataDirLock> locks = new ArrayList<>();
        Outbox outbox;
        try {
            locks.add(DataDirLock.acquire(cfg.dataDir()));
            Path outboxDir = cfg.mqtt().outboxDir();
            if (!outboxDir.toAbsolutePath().normalize().startsWith(cfg.dataDir().toAbsolutePath().normalize())) {
                locks.add(DataDirLock.acquire(outboxDir));
            }
            outbox = new Outbox(outboxDir, cfg.mqtt().outboxMaxEntries());
        } catch (DataDirLock.InUseException e) {
            System.err.println("roller-hub run: " + e.getMessage());
            locks.forEach(DataDirLock::close);
            return 1;
        } catch (IOException e) {
            System.err.println("roller-hub run: cannot use the data folder " + cfg.dataDir() + " (" + ConfigKeys.DATA_DIR
                    + "): " + e.getMessage());
            locks.forEach(DataDirLock::close);
            return 1;
        }
        try {
            return run(cfg, transports, cues, outbox);
        } finally {
            locks.forEach(DataDirLock::close);
        }
    }

    private static void logWeb(HubWeb web) {
        LOG.info("web UI at {} (password: {})", web.url(), web.passwordSource());
        if (web.generatedPassword() != null) {
            LOG.warn("web UI: first start, so a login password was generated; it is shown this once: {} "
                    + "(only its hash is kept; set web.passwordFile or ROLLER_WEB_PASSWORD to choose your own)",
                    web.generatedPassword());
        }
    }

    private int run(HubConfig cfg, List<Transport> transports, Map<Transport, CueSettings> cues, Outbox outbox)
            throws InterruptedException {
        CaptureStore store = null;
        if (cfg.record()) {
            try {
                store = new CaptureStore(cfg.dataDir(), Clock.systemUTC(), cfg.retention());
            } catch (IOException e) {
                System.err.println("roller-hub run: cannot use the data folder " + cfg.dataDir() + " (" + ConfigKeys.DATA_DIR
                        + "): " + e.getMessage());
                return 1;
            }
        }
        HubHistory history;
        try {
            history = HubHistory.open(cfg.dataDir(), cfg.people(), cfg.user());
        } catch (StoreException e) {
            System.err.println("roller-hub run: session history: " + e.getMessage());
            if (store != null) {
                store.close();
            }
            return 1;
        }
        history.catchUp(outbox.entries()); // a crash between the outbox write and the store's commit
        HubWeb web = null;
        HubOutput output = new LoggingOutput(print);
        if (cfg.web().enabled()) {
            try {
                web = HubWeb.start(cfg.web().settings(), history.store());
                logWeb(web);
                output = web.output(output);
            } catch (IllegalArgumentException e) {
                System.err.println("roller-hub run: " + e.getMessage());
                history.close();
                if (store != null) {
                    store.close();
                }
                return 2;
            } catch (IOException e) {
                // The rollers matter more than the pages: the hub reads and publishes without its UI.
                LOG.error("web UI not served: {}", e.getMessage());
            }
        }
        try {
            return run(cfg, transports, cues, outbox, store, history, output);
        } finally {
            if (web != null) {
                web.close();
            }
            history.close();
        }
    }

    private int run(HubConfig cfg, List<Transport> transports, Map<Transport, CueSettings> cues, Outbox outbox,
            CaptureStore store, HubHistory history, HubOutput output) throws InterruptedException {
        MqttPublisher publisher = new MqttPublisher(cfg.mqtt(), outbox);
        try {
            publisher.start();
        } catch (IOException e) {
            System.err.println("roller-hub run: MQTT: " + e.getMessage());
            publisher.close();
            if (store != null) {
                store.close();
            }
            return 1;
        }
        LOG.info("publishing to {} under '{}'; rollers: {}", cfg.mqtt().brokerUrl(), cfg.mqtt().topicPrefix(), cfg.rollers());
        history.publishProgressTo(new ProgressPublisher(publisher, cfg.mqtt().topicPrefix(),
                cfg.mqtt().homeAssistantDiscovery() ? new PersonProgressDiscovery(cfg.mqtt().discoveryPrefix(),
                        publisher.availabilityTopic()) : null, Clock.systemUTC()));
        // Sessions a killed hub left open: re-analysed from their captures, before this run records any.
        // Attributed to whoever rolls on the roller now: the best guess left, as the live hub would have.
        SessionRecovery.recover(cfg.dataDir(), cfg.user(), publisher, outbox::knows,
                r -> history.attribute(r, history.personFor(r.deviceId()))).forEach(history::record);
        return HubRunner.run(transports, cfg.user(), Clock.systemUTC(), publisher, outbox, store, output,
                cfg.backoff(), exitAfterSessions, history, cues::get, rollers -> publisher.onCueCommands(
                        new CueCommands(cfg.cueCommands(), () -> rollers, publisher::publishCueResult)::handle));
    }

    private HubConfig load() throws ConfigException {
        if (!(replaySpeed >= 0) || Double.isInfinite(replaySpeed)) {
            throw new ConfigException("bad value for option --replay-speed: '" + replaySpeed + "' must be 0 or more");
        }
        if (exitAfterSessions < 0) {
            throw new ConfigException("bad value for option --exit-after-sessions: '" + exitAfterSessions + "' must be 0 or more");
        }
        ConfigOverrides overrides = new ConfigOverrides();
        broker.addTo(overrides);
        rider.addTo(overrides);
        dataDir.addTo(overrides);
        overrides.put(ConfigKeys.WEB_PORT, webPort == null ? null : webPort.toString(), "--web-port");
        serial.forEach(s -> overrides.link("serial", s));
        tcp.forEach(s -> overrides.link("tcp", s));
        ble.forEach(s -> overrides.link("ble", s));
        file.forEach(s -> overrides.link("file", s));
        Path file = config;
        String fileSource = "--config";
        if (file == null && System.getenv(ConfigKeys.CONFIG_ENV) != null && !System.getenv(ConfigKeys.CONFIG_ENV).isBlank()) {
            file = Path.of(System.getenv(ConfigKeys.CONFIG_ENV));
            fileSource = ConfigKeys.CONFIG_ENV;
        }
        return ConfigLoader.load(file, fileSource, System.getenv(), overrides.build());
    }
}
