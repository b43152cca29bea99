package org.rollerhub.hub.mqtt.homeassistant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Home Assistant MQTT discovery for one person's progress: sensors for sessions this week, the
 * current streak, this week's adherence and the last session's time, read from the retained
 * {@code <prefix>/person/<personId>/progress} JSON and grouped under a device per person (node id
 * {@code roller_person_<personId>}). Unavailable when the hub's availability topic says {@code offline}.
 */
public final class PersonProgressDiscovery {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String discoveryPrefix;
    private final String availabilityTopic;

    /**
     * @param discoveryPrefix Home Assistant's discovery prefix, usually {@code homeassistant}
     * @param availabilityTopic the hub's retained {@code online}/{@code offline} topic
     */
    public PersonProgressDiscovery(String discoveryPrefix, String availabilityTopic) {
        this.discoveryPrefix = discoveryPrefix;
        this.availabilityTopic = availabilityTopic;
    }

    /** The config messages for a person, to publish retained. */
    public List<HomeAssistantDiscovery.Message> messagesFor(String personId, String displayName, String progressTopic) {
        List<HomeAssistantDiscovery.Message> out = new ArrayList<>();
        out.add(sensor(personId, displayName, "sessions_this_week", "Sessions this week", progressTopic,
                "{{ value_json.sessionsThisWeek }}", null, null, "mdi:calendar-check"));
        out.add(sensor(personId, displayName, "streak", "Streak", progressTopic, "{{ value_json.streakDays }}", "d",
                null, "mdi:fire"));
        out.add(sensor(personId, displayName, "adherence", "Adherence this week", progressTopic,
                "{{ value_json.adherencePct }}", "%", null, "mdi:target"));
        out.add(sensor(personId, displayName, "last_session", "Last session", progressTopic,
                "{{ value_json.lastSessionAt }}", null, "timestamp", null));
        return out;
    }

    private HomeAssistantDiscovery.Message sensor(String personId, String displayName, String objectId, String name,
            String stateTopic, String template, String unit, String deviceClass, String icon) {
        String node = "roller_person_" + personId;
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", name);
        o.put("unique_id", node + "_" + objectId);
        o.put("state_topic", stateTopic);
        o.put("value_template", template);
        o.put("availability_topic", availabilityTopic);
        o.put("payload_available", "online");
        o.put("payload_not_available", "offline");
        if (unit != null) {
            o.put("unit_of_measurement", unit);
            o.put("state_class", "measurement");
        }
        if (deviceClass != null) {
            o.put("device_class", deviceClass);
        }
        if (icon != null) {
            o.put("icon", icon);
        }
        ObjectNode device = o.putObject("device");
        device.putArray("identifiers").add(node);
        device.put("name", "Rolling: " + displayName);
        device.put("manufacturer", "roller-hub");
        device.put("model", "Roller progress");
        return new HomeAssistantDiscovery.Message(discoveryPrefix + "/sensor/" + node + "/" + objectId + "/config",
                o.toString());
    }
}
