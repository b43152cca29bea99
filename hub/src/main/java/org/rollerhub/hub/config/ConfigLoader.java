package org.rollerhub.hub.config;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.hub.history.PeopleSettings;
import org.rollerhub.hub.history.PeopleSettings;
import org.rollerhub.hub.mqtt.MqttSettings;
import org.rollerhub.hub.recording.Retention;
import org.rollerhub.hub.transport.Backoff;

/**
 * Builds a {@link HubConfig} from, in rising precedence: defaults, the YAML config file
 * ({@link YamlConfigFile}), the environment ({@link EnvironmentSource}), and the command line
 * ({@link CommandLineOverrides}). Every value is checked ({@link CheckedValues}); the first bad
 * one stops loading with a {@link ConfigException} naming the key and where the value came from.
 * Unknown keys in the file are errors too (a typo must not pass silently). The password comes
 * from {@link Secrets} only.
 */
public final class ConfigLoader {
    private final CheckedValues values;
    private final Precedence precedence;
    private final Map<String, String> env;
    private final String defaultHubId;

    private ConfigLoader(Precedence precedence, Map<String, String> env, String defaultHubId) {
        this.precedence = precedence;
        this.values = new CheckedValues(precedence);
        this.env = env;
        this.defaultHubId = defaultHubId;
    }

    /**
     * @param file the YAML file, or null for none
     * @param fileSource how the file was named, for messages ({@code --config}, {@code ROLLER_CONFIG})
     * @param env the environment ({@code System.getenv()})
     * @param cli values from the command line
     */
    public static HubConfig load(Path file, String fileSource, Map<String, String> env, CommandLineOverrides cli)
            throws ConfigException {
        YamlConfigFile yaml = file == null ? YamlConfigFile.none() : YamlConfigFile.read(file, fileSource);
        Precedence precedence = new Precedence(List.of(cli, new EnvironmentSource(env), yaml));
        return new ConfigLoader(precedence, env, hostHubId(env)).resolve();
    }

    private HubConfig resolve() throws ConfigException {
        MqttSettings mqtt = mqtt();
        AnalyticsSettings user = user();
        List<RollerSpec> rollers = precedence.rollers();
        boolean record = values.bool(ConfigKeys.RECORD, true);
        int days = values.integer(ConfigKeys.RETENTION_DAYS, 30, 0, 36_500);
        int maxMb = values.integer(ConfigKeys.RETENTION_MAX_TOTAL_MB, 2000, 0, Integer.MAX_VALUE);
        int idleS = values.integer(ConfigKeys.LINK_IDLE_TIMEOUT_S, 10, 1, 3600);
        int reconnectMaxS = values.integer(ConfigKeys.LINK_RECONNECT_MAX_S, 10, 1, 3600);
        Backoff backoff = new Backoff(Backoff.DEFAULT.initialMs(), reconnectMaxS * 1000L, Backoff.DEFAULT.stableMs());
        PeopleSettings people = PeopleConfig.read(values.string(ConfigKeys.PERSON_ID, null),
                values.string(ConfigKeys.ZONE, null), values.string(ConfigKeys.PEOPLE_ROLLERS, null));
        return new HubConfig(mqtt, rollers, user, dataDir(), record, new Retention(days, maxMb), idleS * 1000, backoff,
                people, CueConfig.read(values), values.bool(ConfigKeys.CUES_COMMANDS, false),
                WebConfig.resolve(values, env, dataDir()));
    }

    private MqttSettings mqtt() throws ConfigException {
        String broker = values.string(ConfigKeys.BROKER, "tcp://localhost:1883");
        SourcedValue given = values.value(ConfigKeys.BROKER);
        BrokerUrl.check(broker, given == null ? "default" : given.source());
        String prefix = values.string(ConfigKeys.TOPIC_PREFIX, "roller");
        if (prefix.contains("#") || prefix.contains("+") || prefix.startsWith("/") || prefix.endsWith("/")) {
            throw CheckedValues.bad(ConfigKeys.TOPIC_PREFIX, values.value(ConfigKeys.TOPIC_PREFIX),
                    "is not a usable topic prefix (no '#' or '+', no leading or trailing '/')");
        }
        String hubId = values.string(ConfigKeys.HUB_ID, defaultHubId);
        if (!hubId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw CheckedValues.bad(ConfigKeys.HUB_ID, values.value(ConfigKeys.HUB_ID),
                    "must be 1-64 characters of A-Z a-z 0-9 _ -");
        }
        String clientId = values.string(ConfigKeys.CLIENT_ID, "roller-hub-" + hubId);
        if (clientId.length() > 128) {
            throw CheckedValues.bad(ConfigKeys.CLIENT_ID, values.value(ConfigKeys.CLIENT_ID),
                    "is too long (at most 128 characters)");
        }
        String username = values.string(ConfigKeys.USERNAME, null);
        String password = Secrets.mqttPassword(env, values.existingFile(ConfigKeys.PASSWORD_FILE));
        Path caFile = values.existingFile(ConfigKeys.CA_FILE);
        Path certFile = values.existingFile(ConfigKeys.CLIENT_CERT_FILE);
        Path keyFile = values.existingFile(ConfigKeys.CLIENT_KEY_FILE);
        if ((certFile == null) != (keyFile == null)) {
            String missing = certFile == null ? ConfigKeys.CLIENT_CERT_FILE : ConfigKeys.CLIENT_KEY_FILE;
            throw new ConfigException("missing value for " + missing + " (" + ConfigKeys.envName(missing)
                    + "): mutual TLS needs both clientCertFile and clientKeyFile");
        }
        if (broker.startsWith("ssl://")) {
            TlsFileCheck.check(values, caFile, certFile, keyFile);
        }
        String outboxText = values.string(ConfigKeys.OUTBOX_DIR, null);
        Path outboxDir = outboxText == null ? dataDir().resolve("outbox") : Path.of(CheckedValues.expandHome(outboxText));
        int outboxMax = values.integer(ConfigKeys.OUTBOX_MAX_ENTRIES, 1000, 1, 1_000_000);
        int drain = values.integer(ConfigKeys.OUTBOX_DRAIN_PER_SECOND, 5, 1, 1000);
        boolean ha = values.bool(ConfigKeys.HA_DISCOVERY, false);
        String haPrefix = values.string(ConfigKeys.HA_PREFIX, "homeassistant");
        if (haPrefix.contains("#") || haPrefix.contains("+")) {
            throw CheckedValues.bad(ConfigKeys.HA_PREFIX, values.value(ConfigKeys.HA_PREFIX), "must not contain '#' or '+'");
        }
        return new MqttSettings(broker, prefix, clientId, hubId, username, password, caFile, certFile, keyFile,
                outboxDir, outboxMax, drain, ha, haPrefix);
    }

    private Path dataDir() throws ConfigException {
        String text = values.string(ConfigKeys.DATA_DIR, System.getProperty("user.home") + "/.roller-hub");
        Path dir = Path.of(CheckedValues.expandHome(text));
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw CheckedValues.bad(ConfigKeys.DATA_DIR, values.value(ConfigKeys.DATA_DIR), "is a file, not a folder");
        }
        return dir;
    }

    private AnalyticsSettings user() throws ConfigException {
        double stature = values.decimal(ConfigKeys.STATURE_CM, AnalyticsSettings.DEFAULT_STATURE_CM, 100, 250,
                "centimetres", "cm");
        Level start = values.thoracicLevel(ConfigKeys.START_LEVEL, AnalyticsSettings.DEFAULT_START_LEVEL);
        return new AnalyticsSettings(stature, start);
    }

    private static String hostHubId(Map<String, String> env) {
        String host = env.get("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "hub";
            }
        }
        String id = host.replaceAll("[^A-Za-z0-9_-]", "-");
        if (id.length() > 64) {
            id = id.substring(0, 64);
        }
        return id.isEmpty() ? "hub" : id;
    }
}
