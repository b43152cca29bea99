package org.rollerhub.hub.mqtt.homeassistant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.rollerhub.hub.mqtt.Topics;

/**
 * Home Assistant MQTT discovery for one roller: the config messages that make Home Assistant
 * create its entities, grouped under one device, all unavailable when the hub's availability topic
 * says {@code offline}.
 *
 * <p>Config topics follow Home Assistant's scheme
 * {@code <discovery_prefix>/<component>/<node_id>/<object_id>/config} with node id
 * {@code roller_<deviceId>}. Entities: the last session's reps, holds, compensations and duration
 * (from the retained {@code <prefix>/<deviceId>/session} summary), the battery (from the retained
 * {@code <prefix>/<deviceId>/status}, field {@code battery.pct}, present once the roller sent a
 * STATUS) and a {@code connected} binary sensor (status field {@code link} equal to
 * {@code connected}). Config messages are published retained, QoS 1.
 */
public final class HomeAssistantDiscovery {
    /** The topic on which Home Assistant announces {@code online} after it (re)starts. */
    public static final String BIRTH_TOPIC_SUFFIX = "/status";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One config message: publish {@code payload} retained on {@code topic}. */
    public record Message(String topic, String payload) {
    }

    private final String discoveryPrefix;
    private final Topics topics;
    private final String hubVersion;

    /**
     * @param discoveryPrefix Home Assistant's discovery prefix, usually {@code homeassistant}
     * @param topics the hub's topics: the rollers' session and status, the hub's availability
     * @param hubVersion reported as the device's software version
     */
    public HomeAssistantDiscovery(String discoveryPrefix, Topics topics, String hubVersion) {
        this.discoveryPrefix = discoveryPrefix;
        this.topics = topics;
        this.hubVersion = hubVersion;
    }

    /** Home Assistant's birth topic, {@code <discovery_prefix>/status}. */
    public String birthTopic() {
        return discoveryPrefix + BIRTH_TOPIC_SUFFIX;
    }

    /** The config messages for roller {@code deviceId} (16 lowercase hex digits). */
    public List<Message> messagesFor(String deviceId) {
        String session = topics.session(deviceId);
        String status = topics.status(deviceId);
        List<Message> out = new ArrayList<>();
        out.add(sensor(deviceId, "reps", "Last session reps", session, "{{ value_json.totals.reps }}", null, null,
                "mdi:counter"));
        out.add(sensor(deviceId, "holds", "Last session holds", session, "{{ value_json.totals.holds }}", null, null,
                "mdi:timer-check-outline"));
        out.add(sensor(deviceId, "compensations", "Last session compensations", session,
                "{{ value_json.totals.compensations }}", null, null, "mdi:alert-outline"));
        out.add(sensor(deviceId, "duration", "Last session duration", session, "{{ value_json.durationS }}", "s",
                "duration", null));
        out.add(sensor(deviceId, "battery", "Battery", status,
                "{{ value_json.battery.pct if value_json.battery is defined else None }}", "%", "battery", null));
        ObjectNode connected = base(deviceId, "connected", "Connected", status);
        connected.put("value_template", "{{ 'ON' if value_json.link == 'connected' else 'OFF' }}");
        connected.put("payload_on", "ON");
        connected.put("payload_off", "OFF");
        connected.put("device_class", "connectivity");
        out.add(new Message(configTopic("binary_sensor", deviceId, "connected"), connected.toString()));
        return out;
    }

    private Message sensor(String deviceId, String objectId, String name, String stateTopic, String template,
            String unit, String deviceClass, String icon) {
        ObjectNode o = base(deviceId, objectId, name, stateTopic);
        o.put("value_template", template);
        if (unit != null) {
            o.put("unit_of_measurement", unit);
        }
        if (deviceClass != null) {
            o.put("device_class", deviceClass);
        }
        if (icon != null) {
            o.put("icon", icon);
        }
        o.put("state_class", "measurement");
        return new Message(configTopic("sensor", deviceId, objectId), o.toString());
    }

    private ObjectNode base(String deviceId, String objectId, String name, String stateTopic) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", name);
        o.put("unique_id", nodeId(deviceId) + "_" + objectId);
        o.put("state_topic", stateTopic);
        o.put("availability_topic", topics.availability());
        o.put("payload_available", "online");
        o.put("payload_not_available", "offline");
        ObjectNode device = o.putObject("device");
        device.putArray("identifiers").add(nodeId(deviceId));
        device.put("name", "Foam roller " + deviceId);
        device.put("manufacturer", "roller-hub");
        device.put("model", "Sensor foam roller");
        device.put("sw_version", hubVersion);
        return o;
    }

    private String configTopic(String component, String deviceId, String objectId) {
        return discoveryPrefix + "/" + component + "/" + nodeId(deviceId) + "/" + objectId + "/config";
    }

    private static String nodeId(String deviceId) {
        return "roller_" + deviceId;
    }
}
