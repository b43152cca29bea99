package org.rollerhub.hub.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.hub.history.PeopleSettings;
import org.rollerhub.hub.mqtt.MqttSettings;
import org.rollerhub.hub.recording.Retention;
import org.rollerhub.hub.transport.Backoff;

/**
 * Builds a {@link HubConfig} from, in rising precedence: defaults, the YAML config file, the
 * environment ({@link ConfigKeys#envName}), and the command line. Every value is checked; the
 * first bad one stops loading with a {@link ConfigException} naming the key and where the value
 * came from. Unknown keys in the file are errors too (a typo must not pass silently).
 */
public final class ConfigLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A value and where it came from, for messages. */
    private record Value(String text, String source) {
    }

    /**
     * Values from the command line.
     *
     * @param values key → text, for keys given by an option
     * @param options key → the option's name, for messages
     * @param links links given as options, each {kind, value}, in order; non-empty replaces the configured rollers
     */
    public record CommandLine(Map<String, String> values, Map<String, String> options, List<String[]> links) {
        public static CommandLine none() {
            return new CommandLine(Map.of(), Map.of(), List.of());
        }
    }

    private final Map<String, Value> fileValues = new LinkedHashMap<>();
    private final List<RollerSpec> fileRollers = new ArrayList<>();
    private final Map<String, String> env;
    private final CommandLine cli;
    private final String defaultHubId;

    private ConfigLoader(Map<String, String> env, CommandLine cli, String defaultHubId) {
        this.env = env;
        this.cli = cli;
        this.defaultHubId = defaultHubId;
    }

    /**
     * @param file the YAML file, or null for none
     * @param fileSource how the file was named, for messages ({@code --config}, {@code ROLLER_CONFIG})
     * @param env the environment ({@code System.getenv()})
     * @param cli values from the command line
     */
    public static HubConfig load(Path file, String fileSource, Map<String, String> env, CommandLine cli) throws ConfigException {
        ConfigLoader loader = new ConfigLoader(env, cli, hostHubId(env));
        if (file != null) {
            loader.readFile(file, fileSource);
        }
        return loader.resolve();
    }

    // ---------------------------------------------------------------- the file

    private void readFile(Path file, String fileSource) throws ConfigException {
        String where = "config file " + file;
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(where + " (from " + fileSource + "): not found");
        }
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new ConfigException(where + ": not valid YAML" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(where + ": cannot read it: " + e.getMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return; // an empty file: all defaults
        }
        if (!root.isObject()) {
            throw new ConfigException(where + ": expected a mapping of keys to values at the top");
        }
        walk(root, "", where);
    }

    private void walk(JsonNode node, String prefix, String where) throws ConfigException {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode v = e.getValue();
            if (path.equals(ConfigKeys.ROLLERS)) {
                readRollers(v, where);
            } else if (ConfigKeys.isKey(path)) {
                if (v.isContainerNode()) {
                    throw new ConfigException(where + ": key '" + path + "' must be a single value, not a "
                            + (v.isArray() ? "list" : "mapping"));
                }
                if (!v.isNull()) {
                    fileValues.put(path, new Value(v.asText(), "'" + path + "' in " + where));
                }
            } else if (ConfigKeys.isSection(path)) {
                if (v.isNull()) {
                    continue;
                }
                if (!v.isObject()) {
                    throw new ConfigException(where + ": key '" + path + "' must be a mapping of keys to values");
                }
                walk(v, path, where);
            } else {
                throw new ConfigException(where + ": unknown key '" + path + "' (known keys: "
                        + String.join(", ", ConfigKeys.all().stream().map(ConfigKeys.Key::path).toList()) + ")");
            }
        }
    }

    private void readRollers(JsonNode v, String where) throws ConfigException {
        if (v.isNull()) {
            return;
        }
        if (!v.isArray()) {
            throw new ConfigException(where + ": key 'rollers' must be a list of {serial: PATH, baud: N}, {tcp: HOST:PORT}, {ble: ADDRESS|auto} or {file: PATH}");
        }
        for (int i = 0; i < v.size(); i++) {
            String key = "rollers[" + i + "]";
            JsonNode item = v.get(i);
            if (!item.isObject()) {
                throw new ConfigException(where + ": " + key + " must be a mapping such as {tcp: HOST:PORT}");
            }
            String kind = null;
            for (Iterator<String> names = item.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (name.equals("serial") || name.equals("tcp") || name.equals("ble") || name.equals("file")) {
                    if (kind != null) {
                        throw new ConfigException(where + ": " + key + " has both '" + kind + "' and '" + name + "'; one link per entry");
                    }
                    kind = name;
                } else if (!name.equals("baud")) {
                    throw new ConfigException(where + ": unknown key '" + key + "." + name + "' (expected serial, baud, tcp, ble or file)");
                }
            }
            if (kind == null) {
                throw new ConfigException(where + ": " + key + " needs one of serial, tcp, ble or file");
            }
            String value = item.get(kind).asText();
            if (item.has("baud")) {
                if (!kind.equals("serial")) {
                    throw new ConfigException(where + ": " + key + ".baud only applies to serial rollers");
                }
                value = value + ":" + item.get("baud").asText();
            }
            try {
                fileRollers.add(RollerSpec.parse(kind, value));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(where + ": " + key + "." + kind + ": " + e.getMessage());
            }
        }
    }

    // ---------------------------------------------------------------- resolution

    private Value value(String key) {
        String fromCli = cli.values().get(key);
        if (fromCli != null) {
            return new Value(fromCli, "option " + cli.options().getOrDefault(key, key));
        }
        String envName = ConfigKeys.envName(key);
        String fromEnv = env.get(envName);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return new Value(fromEnv, "environment variable " + envName);
        }
        return fileValues.get(key);
    }

    private static ConfigException bad(String key, Value v, String what) {
        return new ConfigException("bad value for " + key + " (from " + v.source() + "): '" + v.text() + "' " + what);
    }

    private String string(String key, String def) {
        Value v = value(key);
        return v == null || v.text().isBlank() ? def : v.text().trim();
    }

    private int integer(String key, int def, int min, int max) throws ConfigException {
        Value v = value(key);
        if (v == null) {
            return def;
        }
        try {
            long n = Long.parseLong(v.text().trim());
            if (n < min || n > max) {
                throw bad(key, v, "is out of range: must be " + min + ".." + max);
            }
            return (int) n;
        } catch (NumberFormatException e) {
            throw bad(key, v, "is not a whole number (" + min + ".." + max + ")");
        }
    }

    private boolean bool(String key, boolean def) throws ConfigException {
        Value v = value(key);
        if (v == null) {
            return def;
        }
        return switch (v.text().trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw bad(key, v, "is not true or false");
        };
    }

    private Path existingFile(String key) throws ConfigException {
        Value v = value(key);
        if (v == null || v.text().isBlank()) {
            return null;
        }
        Path p = Path.of(expandHome(v.text().trim()));
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw bad(key, v, "is not a readable file");
        }
        return p;
    }

    private static String expandHome(String path) {
        return path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path;
    }

    private HubConfig resolve() throws ConfigException {
        // broker
        String broker = string(ConfigKeys.BROKER, "tcp://localhost:1883");
        checkBroker(broker, value(ConfigKeys.BROKER));
        String prefix = string(ConfigKeys.TOPIC_PREFIX, "roller");
        if (prefix.contains("#") || prefix.contains("+") || prefix.startsWith("/") || prefix.endsWith("/")) {
            throw bad(ConfigKeys.TOPIC_PREFIX, value(ConfigKeys.TOPIC_PREFIX),
                    "is not a usable topic prefix (no '#' or '+', no leading or trailing '/')");
        }
        String hubId = string(ConfigKeys.HUB_ID, defaultHubId);
        if (!hubId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw bad(ConfigKeys.HUB_ID, value(ConfigKeys.HUB_ID), "must be 1-64 characters of A-Z a-z 0-9 _ -");
        }
        String clientId = string(ConfigKeys.CLIENT_ID, "roller-hub-" + hubId);
        if (clientId.length() > 128) {
            throw bad(ConfigKeys.CLIENT_ID, value(ConfigKeys.CLIENT_ID), "is too long (at most 128 characters)");
        }
        String username = string(ConfigKeys.USERNAME, null);
        Path passwordFile = existingFile(ConfigKeys.PASSWORD_FILE);
        String password = env.get(ConfigKeys.PASSWORD_ENV);
        if ((password == null || password.isEmpty()) && passwordFile != null) {
            try {
                List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
                password = lines.isEmpty() ? "" : lines.get(0).strip();
            } catch (IOException e) {
                throw new ConfigException("bad value for " + ConfigKeys.PASSWORD_FILE + ": cannot read " + passwordFile + ": " + e.getMessage());
            }
        }
        if (password != null && password.isEmpty()) {
            password = null;
        }
        Path caFile = existingFile(ConfigKeys.CA_FILE);
        Path certFile = existingFile(ConfigKeys.CLIENT_CERT_FILE);
        Path keyFile = existingFile(ConfigKeys.CLIENT_KEY_FILE);
        if ((certFile == null) != (keyFile == null)) {
            String missing = certFile == null ? ConfigKeys.CLIENT_CERT_FILE : ConfigKeys.CLIENT_KEY_FILE;
            throw new ConfigException("missing value for " + missing + " (" + ConfigKeys.envName(missing)
                    + "): mutual TLS needs both clientCertFile and clientKeyFile");
        }

        // data
        String dataText = string(ConfigKeys.DATA_DIR, System.getProperty("user.home") + "/.roller-hub");
        Path dataDir = Path.of(expandHome(dataText));
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw bad(ConfigKeys.DATA_DIR, value(ConfigKeys.DATA_DIR), "is a file, not a folder");
        }
        String outboxText = string(ConfigKeys.OUTBOX_DIR, null);
        Path outboxDir = outboxText == null ? dataDir.resolve("outbox") : Path.of(expandHome(outboxText));
        int outboxMax = integer(ConfigKeys.OUTBOX_MAX_ENTRIES, 1000, 1, 1_000_000);
        int drain = integer(ConfigKeys.OUTBOX_DRAIN_PER_SECOND, 5, 1, 1000);
        boolean ha = bool(ConfigKeys.HA_DISCOVERY, false);
        String haPrefix = string(ConfigKeys.HA_PREFIX, "homeassistant");
        if (haPrefix.contains("#") || haPrefix.contains("+")) {
            throw bad(ConfigKeys.HA_PREFIX, value(ConfigKeys.HA_PREFIX), "must not contain '#' or '+'");
        }

        // user
        double stature = AnalyticsSettings.DEFAULT_STATURE_CM;
        Value sv = value(ConfigKeys.STATURE_CM);
        if (sv != null) {
            try {
                stature = Double.parseDouble(sv.text().trim());
            } catch (NumberFormatException e) {
                throw bad(ConfigKeys.STATURE_CM, sv, "is not a number of centimetres (100..250)");
            }
            if (!(stature >= 100 && stature <= 250)) {
                throw bad(ConfigKeys.STATURE_CM, sv, "is out of range: must be 100..250 cm");
            }
        }
        Level start = AnalyticsSettings.DEFAULT_START_LEVEL;
        Value lv = value(ConfigKeys.START_LEVEL);
        if (lv != null) {
            try {
                start = Level.parse(lv.text());
            } catch (IllegalArgumentException e) {
                throw bad(ConfigKeys.START_LEVEL, lv, "is not a thoracic level (T1..T12)");
            }
            if (!start.thoracic()) {
                throw bad(ConfigKeys.START_LEVEL, lv, "is not a thoracic level (T1..T12)");
            }
        }

        // rollers
        List<RollerSpec> rollers = new ArrayList<>();
        if (!cli.links().isEmpty()) {
            for (String[] link : cli.links()) {
                try {
                    rollers.add(RollerSpec.parse(link[0], link[1]));
                } catch (IllegalArgumentException e) {
                    throw new ConfigException("bad value for option --" + link[0] + ": " + e.getMessage());
                }
            }
        } else if (env.get(ConfigKeys.envName(ConfigKeys.ROLLERS)) != null
                && !env.get(ConfigKeys.envName(ConfigKeys.ROLLERS)).isBlank()) {
            String list = env.get(ConfigKeys.envName(ConfigKeys.ROLLERS));
            for (String item : list.split(",")) {
                try {
                    rollers.add(RollerSpec.parse(item.trim()));
                } catch (IllegalArgumentException e) {
                    throw new ConfigException("bad value for rollers (from environment variable "
                            + ConfigKeys.envName(ConfigKeys.ROLLERS) + "): " + e.getMessage());
                }
            }
        } else {
            rollers.addAll(fileRollers);
        }

        boolean record = bool(ConfigKeys.RECORD, true);
        int days = integer(ConfigKeys.RETENTION_DAYS, 30, 0, 36_500);
        int maxMb = integer(ConfigKeys.RETENTION_MAX_TOTAL_MB, 2000, 0, Integer.MAX_VALUE);
        int idleS = integer(ConfigKeys.LINK_IDLE_TIMEOUT_S, 10, 1, 3600);
        int reconnectMaxS = integer(ConfigKeys.LINK_RECONNECT_MAX_S, 10, 1, 3600);

        PeopleSettings people = PeopleConfig.read(string(ConfigKeys.PERSON_ID, null), string(ConfigKeys.ZONE, null),
                string(ConfigKeys.PEOPLE_ROLLERS, null));
        MqttSettings mqtt = new MqttSettings(broker, prefix, clientId, hubId, username, password, caFile, certFile,
                keyFile, outboxDir, outboxMax, drain, ha, haPrefix);
        return new HubConfig(mqtt, rollers, new AnalyticsSettings(stature, start), dataDir, record,
                new Retention(days, maxMb), idleS * 1000, new Backoff(Backoff.DEFAULT.initialMs(), reconnectMaxS * 1000L, Backoff.DEFAULT.stableMs()), people);
    }

    private static void checkBroker(String broker, Value v) throws ConfigException {
        Value source = v == null ? new Value(broker, "default") : v;
        try {
            URI uri = new URI(broker);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("tcp") || scheme.equals("ssl")) || uri.getHost() == null || uri.getHost().isEmpty()
                    || uri.getPort() > 65535 || (uri.getPath() != null && !uri.getPath().isEmpty())) {
                throw bad(ConfigKeys.BROKER, source, "is not a broker URL: expected tcp://HOST:PORT or ssl://HOST:PORT");
            }
        } catch (URISyntaxException e) {
            throw bad(ConfigKeys.BROKER, source, "is not a broker URL: expected tcp://HOST:PORT or ssl://HOST:PORT");
        }
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
