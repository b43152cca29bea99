package org.rollerhub.hub.mqtt.homeassistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.hub.mqtt.MqttPublisher;
import org.rollerhub.hub.mqtt.MqttSettings;
import org.rollerhub.hub.mqtt.StatusJson;
import org.rollerhub.hub.testing.MosquittoBroker;
import org.rollerhub.hub.testing.MqttRecorder;
import org.rollerhub.protocol.Hello;
import org.rollerhub.protocol.LinkCounters;
import org.rollerhub.protocol.Status;

/**
 * Home Assistant MQTT discovery against a real mosquitto: the config messages follow HA's
 * documented scheme (topic layout, field names and types, device classes and units), their value
 * templates point at fields the hub really publishes, and they come again when HA says
 * {@code online} on {@code homeassistant/status}.
 */
class HomeAssistantDiscoveryTest {
    private static final long DEVICE_ID = 0x0011223344556677L;
    private static final String DEV = "0011223344556677";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** HA: {@code <discovery_prefix>/<component>/[<node_id>/]<object_id>/config}, ids of [a-zA-Z0-9_-]. */
    private static final Pattern TOPIC = Pattern.compile(
            "homeassistant/(sensor|binary_sensor)/([a-zA-Z0-9_-]+)/([a-zA-Z0-9_-]+)/config");
    /** The documented options of MQTT sensor and binary sensor this hub uses. */
    private static final Set<String> SENSOR_KEYS = Set.of("name", "unique_id", "state_topic", "value_template",
            "unit_of_measurement", "device_class", "state_class", "icon", "availability_topic", "payload_available",
            "payload_not_available", "device");
    private static final Set<String> BINARY_KEYS = Set.of("name", "unique_id", "state_topic", "value_template",
            "payload_on", "payload_off", "device_class", "availability_topic", "payload_available",
            "payload_not_available", "device");
    private static final Set<String> DEVICE_KEYS = Set.of("identifiers", "name", "manufacturer", "model", "sw_version");
    /** Some of HA's sensor device classes, with the units HA accepts for them. */
    private static final Map<String, Set<String>> SENSOR_CLASS_UNITS = Map.of(
            "duration", Set.of("d", "h", "min", "s", "ms"),
            "battery", Set.of("%"));

    @TempDir
    Path tmp;

    @Test
    void discoveryFollowsTheDocumentedSchemeAndIsResentWhenHomeAssistantComesOnline() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start();
                MqttRecorder rec = broker.record("homeassistant/#")) {
            MqttSettings s = new MqttSettings(broker.url(), "roller", "hub-ha-test", "hubA", null, null, null, null,
                    null, tmp.resolve("outbox"), 100, 10, true, "homeassistant");
            MqttPublisher pub = new MqttPublisher(s);
            pub.start();
            String status = realStatus();
            pub.publishStatus(DEV, status);

            List<MqttRecorder.Message> first = configs(rec, 6, false);
            Map<String, JsonNode> byTopic = new HashMap<>();
            for (MqttRecorder.Message m : first) {
                byTopic.put(m.topic(), MAPPER.readTree(m.payload()));
            }
            try (MqttRecorder late = broker.record("homeassistant/+/+/+/config")) {
                for (MqttRecorder.Message m : configs(late, 6, true)) {
                    assertTrue(m.retained(), "config is retained: " + m.topic());
                }
            }
            assertEquals(Set.of(
                    "homeassistant/sensor/roller_" + DEV + "/reps/config",
                    "homeassistant/sensor/roller_" + DEV + "/holds/config",
                    "homeassistant/sensor/roller_" + DEV + "/compensations/config",
                    "homeassistant/sensor/roller_" + DEV + "/duration/config",
                    "homeassistant/sensor/roller_" + DEV + "/battery/config",
                    "homeassistant/binary_sensor/roller_" + DEV + "/connected/config"), byTopic.keySet());

            JsonNode summary = sampleSummary();
            JsonNode statusJson = MAPPER.readTree(status);
            Set<String> uniqueIds = new HashSet<>();
            JsonNode device = null;
            for (Map.Entry<String, JsonNode> e : byTopic.entrySet()) {
                Matcher m = TOPIC.matcher(e.getKey());
                assertTrue(m.matches(), e.getKey());
                JsonNode c = e.getValue();
                boolean binary = m.group(1).equals("binary_sensor");
                for (Iterator<String> it = c.fieldNames(); it.hasNext();) {
                    String key = it.next();
                    assertTrue((binary ? BINARY_KEYS : SENSOR_KEYS).contains(key), e.getKey() + ": unknown option " + key);
                }
                for (String required : List.of("name", "unique_id", "state_topic", "value_template", "device")) {
                    assertTrue(c.path(required).isTextual() || c.path(required).isObject(), e.getKey() + " lacks " + required);
                }
                assertTrue(uniqueIds.add(c.get("unique_id").asText()), "unique_id repeated");
                assertEquals(pub.availabilityTopic(), c.get("availability_topic").asText());
                assertEquals("online", c.get("payload_available").asText());
                assertEquals("offline", c.get("payload_not_available").asText());
                for (Iterator<String> it = c.get("device").fieldNames(); it.hasNext();) {
                    assertTrue(DEVICE_KEYS.contains(it.next()));
                }
                assertTrue(c.get("device").get("identifiers").isArray());
                if (device == null) {
                    device = c.get("device");
                } else {
                    assertEquals(device, c.get("device"), "all entities belong to one device");
                }
                if (binary) {
                    assertEquals("connectivity", c.get("device_class").asText());
                    assertEquals("ON", render(c.get("value_template").asText(), statusJson));
                } else if (c.has("device_class")) {
                    Set<String> units = SENSOR_CLASS_UNITS.get(c.get("device_class").asText());
                    assertNotNull(units, "device class " + c.get("device_class"));
                    assertTrue(units.contains(c.get("unit_of_measurement").asText()));
                }
                // The template's field exists in what the hub publishes on the state topic.
                String stateTopic = c.get("state_topic").asText();
                JsonNode state = stateTopic.endsWith("/session") ? summary : statusJson;
                assertTrue(stateTopic.equals("roller/" + DEV + "/session") || stateTopic.equals("roller/" + DEV + "/status"));
                if (!binary) {
                    String value = render(c.get("value_template").asText(), state);
                    assertFalse(value.isEmpty(), c.get("value_template").asText());
                    Double.parseDouble(value); // a number, as a measurement must be
                }
            }
            assertEquals(DEV.length() + 7, device.get("identifiers").get(0).asText().length());

            // Home Assistant restarts and says so: the hub answers with its discovery again.
            MqttClient ha = new MqttClient(broker.url(), "fake-home-assistant", new MemoryPersistence());
            ha.connect();
            ha.publish("homeassistant/status", "online".getBytes(StandardCharsets.UTF_8), 1, false);
            List<MqttRecorder.Message> again = configs(rec, 6, false);
            Set<String> againTopics = new HashSet<>();
            for (MqttRecorder.Message m : again) {
                againTopics.add(m.topic());
                assertEquals(MAPPER.readTree(m.payload()), byTopic.get(m.topic()));
            }
            assertEquals(byTopic.keySet(), againTopics);
            ha.disconnect();
            ha.close();
            pub.close();
        }
    }

    /** The next {@code n} config messages, replayed retained ones too if {@code retained}. */
    private static List<MqttRecorder.Message> configs(MqttRecorder rec, int n, boolean retained)
            throws InterruptedException {
        List<MqttRecorder.Message> out = new ArrayList<>();
        while (out.size() < n) {
            MqttRecorder.Message m = rec.next(x -> x.topic().endsWith("/config"), 15_000, retained);
            assertNotNull(m, "only " + out.size() + " of " + n + " config messages: " + rec.all());
            out.add(m);
        }
        return out;
    }

    /** The hub's own status JSON for a roller with a STATUS. */
    private static String realStatus() {
        Hello hello = new Hello(0, 1, 1, 2, 0, DEVICE_ID, 100, 4, 500, 50, 100, 900,
                List.of(new Hello.CellCalibration(0.01f, 0)));
        Status st = new Status(1, 3900, 81, 245, 0, 0);
        return StatusJson.line("connected", "tcp:127.0.0.1:9000", hello, st, LinkCounters.ZERO, 1,
                Instant.parse("2026-11-24T02:00:00Z"));
    }

    /** A session summary with the schema's field names: the first session of a shared sample. */
    private static JsonNode sampleSummary() throws Exception {
        Path p = Path.of(System.getProperty("roller.shared.dir", "../shared"), "samples", "sample-109.json");
        return MAPPER.readTree(Files.readString(p)).get("sessions").get(0);
    }

    /**
     * Renders the two template shapes the hub uses ({@code {{ value_json.a.b }}} and the
     * conditional forms) by following the JSON path; enough to prove the path exists.
     */
    private static String render(String template, JsonNode json) {
        Matcher cond = Pattern.compile("\\{\\{ 'ON' if value_json\\.(\\w+) == '(\\w+)' else 'OFF' \\}\\}").matcher(template);
        if (cond.matches()) {
            return json.path(cond.group(1)).asText().equals(cond.group(2)) ? "ON" : "OFF";
        }
        Matcher path = Pattern.compile("\\{\\{ value_json\\.([\\w.]+)( if .*)? \\}\\}").matcher(template);
        assertTrue(path.matches(), template);
        JsonNode n = json;
        for (String part : path.group(1).split("\\.")) {
            n = n.path(part);
        }
        assertFalse(n.isMissingNode(), template + " finds nothing in " + json);
        return n.asText();
    }
}
