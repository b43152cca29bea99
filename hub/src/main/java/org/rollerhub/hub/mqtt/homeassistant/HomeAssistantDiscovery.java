package org.rollerhub.hub.mqtt.homeassistant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollerhub.hub.mqtt.Topics;

/**
 * Home Assistant MQTT discovery for one roller, device-based: one config message,
 * {@code <discovery_prefix>/device/roller_<deviceId>/config}, that describes the device
 * ({@code dev}), who sent it ({@code o}: roller-hub and its version) and its entities
 * ({@code cmps}), all unavailable when the hub's availability topic says {@code offline}.
 *
 * <p>Entities, each under its object id in {@code cmps}, with unique id {@code roller_<deviceId>_<object id>}:
 * <ul>
 * <li>from the retained {@code <prefix>/<deviceId>/session} summary: the last session's
 *     {@code reps}, {@code holds}, {@code compensations} and {@code duration} (s);
 * <li>from the retained {@code <prefix>/<deviceId>/status}: {@code battery} (field
 *     {@code battery.pct}, present once the roller sent a STATUS) and {@code connected} (binary,
 *     ON when {@code link} is {@code connected});
 * <li>from the retained {@code <prefix>/<deviceId>/live} state: {@code in_session} (binary),
 *     {@code level} (the level under the contact, unknown outside a session) and
 *     {@code last_compensation} (a timestamp, with the level as attribute).
 * </ul>
 *
 * <p>Before device-based discovery the hub published one config per entity, at
 * {@code <discovery_prefix>/<component>/roller_<deviceId>/<object id>/config}, with the same unique
 * ids; {@link #legacyFilter} and {@link #legacyDevice} find those, {@link #MIGRATE_PAYLOAD} hands
 * them over (Home Assistant keeps the entities, their ids and history).
 */
public final class HomeAssistantDiscovery {
    /** The topic on which Home Assistant announces {@code online} after it (re)starts. */
    public static final String BIRTH_TOPIC_SUFFIX = "/status";
    /** Sent on an old per-entity config topic before the device config: keep the entity, it moves. */
    public static final String MIGRATE_PAYLOAD = "{\"migrate_discovery\":true}";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One config message: publish {@code payload} retained on {@code topic}. */
    public record Message(String topic, String payload) {
    }

    private final String discoveryPrefix;
    private final Topics topics;
    private final String hubVersion;
    private final Pattern legacyTopic;

    /**
     * @param discoveryPrefix Home Assistant's discovery prefix, usually {@code homeassistant}
     * @param topics the hub's topics: the rollers' session, status and live state, the hub's availability
     * @param hubVersion reported as the origin's software version
     */
    public HomeAssistantDiscovery(String discoveryPrefix, Topics topics, String hubVersion) {
        this.discoveryPrefix = discoveryPrefix;
        this.topics = topics;
        this.hubVersion = hubVersion;
        this.legacyTopic = Pattern.compile(Pattern.quote(discoveryPrefix)
                + "/(?:sensor|binary_sensor)/roller_([0-9a-f]{16})/[a-z_]+/config");
    }

    /** Home Assistant's birth topic, {@code <discovery_prefix>/status}. */
    public String birthTopic() {
        return discoveryPrefix + BIRTH_TOPIC_SUFFIX;
    }

    /**
     * The device config of roller {@code deviceId} (16 lowercase hex digits).
     *
     * @param firmware the roller's firmware version, the device's {@code sw_version}; null if not known yet
     */
    public Message configFor(String deviceId, String firmware) {
        String node = nodeId(deviceId);
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode dev = root.putObject("dev");
        dev.putArray("identifiers").add(node);
        dev.put("name", "Foam roller " + deviceId);
        dev.put("manufacturer", "roller-hub");
        dev.put("model", "Sensor foam roller");
        if (firmware != null && !firmware.isBlank()) {
            dev.put("sw_version", firmware);
        }
        ObjectNode origin = root.putObject("o");
        origin.put("name", "roller-hub");
        origin.put("sw_version", hubVersion);
        root.put("availability_topic", topics.availability());
        root.put("payload_available", "online");
        root.put("payload_not_available", "offline");
        root.put("qos", 1);
        ObjectNode cmps = root.putObject("cmps");
        String session = topics.session(deviceId);
        String status = topics.status(deviceId);
        String live = topics.live(deviceId);
        measurement(sensor(cmps, node, "reps", "Last session reps", session, "{{ value_json.totals.reps }}"))
                .put("icon", "mdi:counter");
        measurement(sensor(cmps, node, "holds", "Last session holds", session, "{{ value_json.totals.holds }}"))
                .put("icon", "mdi:timer-check-outline");
        measurement(sensor(cmps, node, "compensations", "Last session compensations", session,
                "{{ value_json.totals.compensations }}")).put("icon", "mdi:alert-outline");
        ObjectNode duration = measurement(sensor(cmps, node, "duration", "Last session duration", session,
                "{{ value_json.durationS }}"));
        duration.put("unit_of_measurement", "s");
        duration.put("device_class", "duration");
        ObjectNode battery = measurement(sensor(cmps, node, "battery", "Battery", status,
                "{{ value_json.battery.pct if value_json.battery is defined else None }}"));
        battery.put("unit_of_measurement", "%");
        battery.put("device_class", "battery");
        binary(cmps, node, "connected", "Connected", status, "{{ 'ON' if value_json.link == 'connected' else 'OFF' }}")
                .put("device_class", "connectivity");
        binary(cmps, node, "in_session", "In session", live, "{{ 'ON' if value_json.inSession else 'OFF' }}")
                .put("device_class", "running");
        sensor(cmps, node, "level", "Level", live, "{{ value_json.level or None }}").put("icon", "mdi:human-handsdown");
        ObjectNode last = sensor(cmps, node, "last_compensation", "Last compensation", live,
                "{{ value_json.lastCompensationAt or None }}");
        last.put("device_class", "timestamp");
        last.put("json_attributes_topic", live);
        last.put("json_attributes_template", "{{ {'level': value_json.lastCompensationLevel} | tojson }}");
        return new Message(discoveryPrefix + "/device/" + node + "/config", root.toString());
    }

    /** {@code <discovery_prefix>/+/roller_<deviceId>/+/config}: the old per-entity configs of a roller. */
    public String legacyFilter(String deviceId) {
        return discoveryPrefix + "/+/" + nodeId(deviceId) + "/+/config";
    }

    /** The device id of an old per-entity config topic of a roller, or null if {@code topic} is not one. */
    public String legacyDevice(String topic) {
        Matcher m = legacyTopic.matcher(topic);
        return m.matches() ? m.group(1) : null;
    }

    private static ObjectNode sensor(ObjectNode cmps, String node, String objectId, String name, String stateTopic,
            String template) {
        return component(cmps, "sensor", node, objectId, name, stateTopic, template);
    }

    private static ObjectNode binary(ObjectNode cmps, String node, String objectId, String name, String stateTopic,
            String template) {
        ObjectNode c = component(cmps, "binary_sensor", node, objectId, name, stateTopic, template);
        c.put("payload_on", "ON");
        c.put("payload_off", "OFF");
        return c;
    }

    /** A number Home Assistant may keep statistics of. */
    private static ObjectNode measurement(ObjectNode c) {
        c.put("state_class", "measurement");
        return c;
    }

    private static ObjectNode component(ObjectNode cmps, String platform, String node, String objectId, String name,
            String stateTopic, String template) {
        ObjectNode c = cmps.putObject(objectId);
        c.put("p", platform);
        c.put("name", name);
        c.put("unique_id", node + "_" + objectId); // as in the per-entity configs: the entities carry over
        c.put("state_topic", stateTopic);
        c.put("value_template", template);
        return c;
    }

    private static String nodeId(String deviceId) {
        return "roller_" + deviceId;
    }
}
