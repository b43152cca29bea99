package org.rollerhub.hub.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rollerhub.hub.cues.CueSettings;

/**
 * Configuration from the YAML file: keys nested by section ({@code user: {statureCm: 180}} is
 * {@code user.statureCm}), and a {@code rollers} list. The whole file is read and checked for
 * shape at once: an unknown key, a list where a value belongs or a roller that is not a usable
 * link is an error naming the key and the file (a typo must not pass silently). Values themselves
 * are checked later, with those from other sources.
 */
final class YamlConfigFile implements ConfigSource {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, SourcedValue> values = new LinkedHashMap<>();
    private final List<RollerSpec> rollers = new ArrayList<>();
    private final String where;

    private YamlConfigFile(String where) {
        this.where = where;
    }

    /** No file: gives no values. */
    static YamlConfigFile none() {
        return new YamlConfigFile("no config file");
    }

    /**
     * @param file the YAML file
     * @param fileSource how the file was named, for messages ({@code --config}, {@code ROLLER_CONFIG})
     * @throws ConfigException when the file is missing, not YAML, or holds an unknown key or bad roller
     */
    static YamlConfigFile read(Path file, String fileSource) throws ConfigException {
        YamlConfigFile config = new YamlConfigFile("config file " + file);
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(config.where + " (from " + fileSource + "): not found");
        }
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new ConfigException(config.where + ": not valid YAML" + (at == null ? "" : " at line "
                    + at.getLineNr() + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(config.where + ": cannot read it: " + e.getMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return config; // an empty file: all defaults
        }
        if (!root.isObject()) {
            throw new ConfigException(config.where + ": expected a mapping of keys to values at the top");
        }
        config.walk(root, "");
        return config;
    }

    @Override
    public SourcedValue value(String key) {
        return values.get(key);
    }

    @Override
    public List<RollerSpec> rollers() {
        return List.copyOf(rollers);
    }

    private void walk(JsonNode node, String prefix) throws ConfigException {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode v = e.getValue();
            if (path.equals(ConfigKeys.ROLLERS)) {
                readRollers(v);
            } else if (ConfigKeys.isKey(path)) {
                if (v.isContainerNode()) {
                    throw new ConfigException(where + ": key '" + path + "' must be a single value, not a "
                            + (v.isArray() ? "list" : "mapping"));
                }
                if (!v.isNull()) {
                    values.put(path, new SourcedValue(v.asText(), "'" + path + "' in " + where));
                }
            } else if (ConfigKeys.isSection(path)) {
                if (v.isNull()) {
                    continue;
                }
                if (!v.isObject()) {
                    throw new ConfigException(where + ": key '" + path + "' must be a mapping of keys to values");
                }
                walk(v, path);
            } else {
                throw new ConfigException(where + ": unknown key '" + path + "' (known keys: "
                        + String.join(", ", ConfigKeys.all().stream().map(ConfigKeys.Key::path).toList()) + ")");
            }
        }
    }

    private void readRollers(JsonNode v) throws ConfigException {
        if (v.isNull()) {
            return;
        }
        if (!v.isArray()) {
            throw new ConfigException(where + ": key 'rollers' must be a list of {serial: PATH, baud: N}, "
                    + "{tcp: HOST:PORT}, {ble: ADDRESS|auto} or {file: PATH}");
        }
        for (int i = 0; i < v.size(); i++) {
            rollers.add(roller("rollers[" + i + "]", v.get(i)));
        }
    }

    private RollerSpec roller(String key, JsonNode item) throws ConfigException {
        if (!item.isObject()) {
            throw new ConfigException(where + ": " + key + " must be a mapping such as {tcp: HOST:PORT}");
        }
        String kind = null;
        for (Iterator<String> names = item.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (name.equals("serial") || name.equals("tcp") || name.equals("ble") || name.equals("file")) {
                if (kind != null) {
                    throw new ConfigException(where + ": " + key + " has both '" + kind + "' and '" + name
                            + "'; one link per entry");
                }
                kind = name;
            } else if (!name.equals("baud") && !name.equals("cues")) {
                throw new ConfigException(where + ": unknown key '" + key + "." + name
                        + "' (expected serial, baud, tcp, ble, file or cues)");
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
        RollerSpec spec;
        try {
            spec = RollerSpec.parse(kind, value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(where + ": " + key + "." + kind + ": " + e.getMessage());
        }
        if (item.has("cues")) {
            try {
                spec = spec.withCues(CueSettings.Mode.parse(item.get("cues").asText()));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(where + ": " + key + ".cues: " + e.getMessage());
            }
        }
        return spec;
    }
}
