package org.rollerhub.hub.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every configuration key, once: its YAML path, its environment variable, its default and what it
 * means. The environment rule: {@code ROLLER_} followed by the key's path with each camelCase word
 * and each dot turned into an underscore, in upper case ({@code user.statureCm} →
 * {@code ROLLER_USER_STATURE_CM}). The password is the exception: only {@code ROLLER_MQTT_PASSWORD}
 * (or a file), never the config file or the command line.
 */
public final class ConfigKeys {

    /** One key. {@code option} is the command-line option that overrides it, or null. */
    public record Key(String path, String defaultText, String option, String meaning) {
        /** The environment variable that overrides it. */
        public String env() {
            return envName(path);
        }
    }

    public static final String BROKER = "broker";
    public static final String TOPIC_PREFIX = "topicPrefix";
    public static final String HUB_ID = "hubId";
    public static final String CLIENT_ID = "clientId";
    public static final String USERNAME = "username";
    public static final String PASSWORD_FILE = "passwordFile";
    public static final String CA_FILE = "caFile";
    public static final String CLIENT_CERT_FILE = "clientCertFile";
    public static final String CLIENT_KEY_FILE = "clientKeyFile";
    public static final String OUTBOX_DIR = "outbox.dir";
    public static final String OUTBOX_MAX_ENTRIES = "outbox.maxEntries";
    public static final String OUTBOX_DRAIN_PER_SECOND = "outbox.drainPerSecond";
    public static final String HA_DISCOVERY = "homeAssistant.discovery";
    public static final String HA_PREFIX = "homeAssistant.prefix";
    public static final String STATURE_CM = "user.statureCm";
    public static final String START_LEVEL = "user.startLevel";
    public static final String PERSON_ID = "user.personId";
    public static final String ZONE = "user.zone";
    public static final String PEOPLE_ROLLERS = "people.rollers";
    public static final String ROLLERS = "rollers";
    public static final String DATA_DIR = "dataDir";
    public static final String RECORD = "record";
    public static final String RETENTION_DAYS = "retention.days";
    public static final String RETENTION_MAX_TOTAL_MB = "retention.maxTotalMb";
    public static final String LINK_IDLE_TIMEOUT_S = "link.idleTimeoutS";
    public static final String LINK_RECONNECT_MAX_S = "link.reconnectMaxS";
    public static final String CUES_MODE = "cues.mode";
    public static final String CUES_MIN_GAP_S = "cues.minGapS";
    public static final String CUES_QUIET = "cues.quiet";
    public static final String CUES_COMPENSATION_ONSET = "cues.compensationOnset";
    public static final String CUES_NECK_ZONE = "cues.neckZone";
    public static final String CUES_LUMBAR_ZONE = "cues.lumbarZone";
    public static final String CUES_HOLD = "cues.hold";
    public static final String CUES_COMMANDS = "cues.commands";
    public static final String WEB_ENABLED = "web.enabled";
    public static final String WEB_BIND = "web.bind";
    public static final String WEB_PORT = "web.port";
    public static final String WEB_PASSWORD_FILE = "web.passwordFile";
    public static final String WEB_CERT_FILE = "web.certFile";
    public static final String WEB_KEY_FILE = "web.keyFile";

    /** The password's environment variable (not derived from a key: there is no password key). */
    public static final String PASSWORD_ENV = "ROLLER_MQTT_PASSWORD";
    /** The web UI's login password's environment variable (wins over web.passwordFile). */
    public static final String WEB_PASSWORD_ENV = "ROLLER_WEB_PASSWORD";
    /** The config file's environment variable, used when {@code --config} is not given. */
    public static final String CONFIG_ENV = "ROLLER_CONFIG";

    private static final Map<String, Key> KEYS = new LinkedHashMap<>();

    static {
        add(BROKER, "tcp://localhost:1883", "--broker", "MQTT broker URL: tcp://HOST:PORT, or ssl://HOST:PORT for TLS");
        add(TOPIC_PREFIX, "roller", null, "first level of every topic: <prefix>/<deviceId>/session|event|status");
        add(HUB_ID, "the host name", null, "this hub's id, in <prefix>/hub/<hubId>/availability ([A-Za-z0-9_-], 1-64 characters)");
        add(CLIENT_ID, "roller-hub-<hubId>", null, "MQTT client id (must be unique on the broker)");
        add(USERNAME, "none", null, "MQTT user name");
        add(PASSWORD_FILE, "none", null, "file holding the MQTT password (first line); ROLLER_MQTT_PASSWORD overrides it");
        add(CA_FILE, "the JVM's trust store", null, "CA certificate (PEM) that signed the broker's certificate, for ssl://");
        add(CLIENT_CERT_FILE, "none", null, "client certificate (PEM) for mutual TLS; needs clientKeyFile");
        add(CLIENT_KEY_FILE, "none", null, "client private key (PEM, PKCS#8) for mutual TLS; needs clientCertFile");
        add(OUTBOX_DIR, "<dataDir>/outbox", null, "folder of the durable outbox: summaries kept until the broker acknowledges them");
        add(OUTBOX_MAX_ENTRIES, "1000", null, "most summaries the outbox keeps (1..1000000); past that the oldest is dropped");
        add(OUTBOX_DRAIN_PER_SECOND, "5", null, "most backlog summaries published per second after a reconnect (1..1000)");
        add(HA_DISCOVERY, "false", null, "publish Home Assistant MQTT discovery (true/false)");
        add(HA_PREFIX, "homeassistant", null, "Home Assistant's discovery prefix");
        add(STATURE_CM, "170", "--stature-cm", "the user's stature, cm (100..250); spine levels scale with it");
        add(START_LEVEL, "T8", "--start-level", "the level under the roller when a session starts (T1..T12)");
        add(PERSON_ID, "none", null, "the user's person id in the session history ([A-Za-z0-9_-], 1-64); none: one "
                + "implicit person, and summaries carry no user.personId");
        add(ZONE, "the system's zone", null, "time zone of the user's days (IANA id, e.g. Europe/Berlin), for streaks and adherence");
        add(PEOPLE_ROLLERS, "none", null, "who rolls on which roller where several share a hub: DEVICEID=PERSON,... "
                + "('person use' and a long press of the button choose otherwise at run time)");
        add(ROLLERS, "none", "--serial/--tcp/--ble/--file",
                "the rollers: a list of {serial: PATH, baud: N} | {tcp: HOST:PORT} | {ble: ADDRESS|auto} | {file: CAPTURE.rlr} "
                        + "(a recording played back; the hub exits once every link has ended); "
                        + "in the environment a comma-separated list serial:PATH[:BAUD],tcp:HOST:PORT,ble:ADDRESS|auto,file:PATH; "
                        + "links on the command line replace this list");
        add(DATA_DIR, "~/.roller-hub", "--data-dir", "data folder: captures/ (raw recordings), outbox/");
        add(RECORD, "true", null, "record every roller's raw stream as .rlr captures in <dataDir>/captures (true/false)");
        add(RETENTION_DAYS, "30", null, "delete captures older than this many days (0: keep whatever their age)");
        add(RETENTION_MAX_TOTAL_MB, "2000", null, "delete the oldest captures while all together exceed this many MB (0: no limit)");
        add(LINK_IDLE_TIMEOUT_S, "10", null, "a link silent this long counts as lost and is reopened, seconds (1..3600)");
        add(LINK_RECONNECT_MAX_S, "10", null, "longest wait between reconnect attempts, seconds (1..3600); starts at 0.5 s and doubles");
        add(CUES_MODE, "auto", null, "cues on the roller: auto (if its HELLO reports a vibration motor), on or off; "
                + "a roller's own 'cues' in the rollers list wins");
        add(CUES_MIN_GAP_S, "3", null, "least time between two cues, seconds of device time (0..3600)");
        add(CUES_QUIET, "false", null, "no cues for now; the events go on (true/false)");
        add(CUES_COMPENSATION_ONSET, "correct amber", null, "cue on compensation-onset: off, on, or PATTERN COLOUR [DURATION_MS] "
                + "(patterns attention, correct, good, stop; colours none, green, amber, red)");
        add(CUES_NECK_ZONE, "stop red", null, "cue on neck-zone-entered, as above");
        add(CUES_LUMBAR_ZONE, "stop red", null, "cue on lumbar-zone-entered, as above");
        add(CUES_HOLD, "off", null, "cue on hold-reached (on: good green), as above");
        add(CUES_COMMANDS, "false", null, "accept commands on <prefix>/<deviceId>/cue/set (send a cue, change the policy); true/false");
        add(WEB_ENABLED, "true", null, "serve the web UI (true/false)");
        add(WEB_BIND, "0.0.0.0", null, "address the web UI listens on (0.0.0.0: every interface; 127.0.0.1: this machine only)");
        add(WEB_PORT, "8080", "--web-port", "the web UI's TCP port (1..65535)");
        add(WEB_PASSWORD_FILE, "none", null, "file holding the web login password (first line); ROLLER_WEB_PASSWORD overrides it; "
                + "with neither, a password is generated at first start, printed once to the log and kept as a bcrypt hash in <dataDir>/web-password.bcrypt");
        add(WEB_CERT_FILE, "none", null, "PEM certificate (chain) for HTTPS on the web port; needs web.keyFile");
        add(WEB_KEY_FILE, "none", null, "PEM private key (PKCS#8) for HTTPS; needs web.certFile");
    }

    private ConfigKeys() {
    }

    private static void add(String path, String def, String option, String meaning) {
        KEYS.put(path, new Key(path, def, option, meaning));
    }

    /** Every key, in documentation order. */
    public static List<Key> all() {
        return new ArrayList<>(KEYS.values());
    }

    /** Whether {@code path} is a key. */
    public static boolean isKey(String path) {
        return KEYS.containsKey(path);
    }

    /** Whether {@code path} is a section holding keys ({@code user}, {@code outbox}...). */
    public static boolean isSection(String path) {
        for (String k : KEYS.keySet()) {
            if (k.startsWith(path + ".")) {
                return true;
            }
        }
        return false;
    }

    /** {@code ROLLER_} + the path in upper snake case. */
    public static String envName(String path) {
        StringBuilder sb = new StringBuilder("ROLLER_");
        for (char c : path.toCharArray()) {
            if (c == '.') {
                sb.append('_');
            } else if (Character.isUpperCase(c)) {
                sb.append('_').append(c);
            } else {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** The keys as a Markdown table (for the README). */
    public static String markdownTable() {
        StringBuilder sb = new StringBuilder("| key | environment | option | default | meaning |\n|---|---|---|---|---|\n");
        for (Key k : KEYS.values()) {
            sb.append("| `").append(k.path()).append("` | `").append(k.env()).append("` | ")
                    .append(k.option() == null ? "" : "`" + k.option() + "`").append(" | ")
                    .append(k.defaultText()).append(" | ").append(k.meaning().replace("|", "\\|")).append(" |\n");
        }
        sb.append("| (password) | `").append(PASSWORD_ENV).append("` | | none | the MQTT password itself; wins over passwordFile |\n");
        sb.append("| (web password) | `").append(WEB_PASSWORD_ENV).append("` | | none | the web login password itself; wins over web.passwordFile |\n");
        sb.append("| (config file) | `").append(CONFIG_ENV).append("` | `--config` | none | the YAML file to read |\n");
        return sb.toString();
    }
}
