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
import org.rollerhub.hub.live.LiveState;
import org.rollerhub.hub.mqtt.MqttPublisher;
import org.rollerhub.hub.mqtt.MqttSettings;
import org.rollerhub.hub.mqtt.StatusJson;
import org.rollerhub.hub.testing.MosquittoBroker;
import org.rollerhub.hub.testing.MqttRecorder;
import org.rollerhub.protocol.Hello;
import org.rollerhub.protocol.LinkCounters;
import org.rollerhub.protocol.Status;

/**
 * Home Assistant device-based MQTT discovery against a real mosquitto: one retained config per
 * roller that follows HA's documented scheme (topic, {@code dev}/{@code o}/{@code cmps}, field
 * names, device classes and units), whose value templates point at fields the hub really
 * publishes; the per-entity configs an earlier hub left retained are handed over and cleared; and
 * the config and the live state come again when HA says {@code online} on {@code homeassistant/status}.
 */
class HomeAssistantDiscoveryTest {
    private static final long DEVICE_ID = 0x0011223344556677L;
    private static final String DEV = "0011223344556677";
    private static final String CONFIG_TOPIC = "homeassistant/device/roller_" + DEV + "/config";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The per-entity config topics the hub published before device-based discovery. */
    private static final List<String> OLD_TOPICS = List.of(
            "homeassistant/sensor/roller_" + DEV + "/reps/config",
            "homeassistant/sensor/roller_" + DEV + "/holds/config",
            "homeassistant/sensor/roller_" + DEV + "/compensations/config",
            "homeassistant/sensor/roller_" + DEV + "/duration/config",
            "homeassistant/sensor/roller_" + DEV + "/battery/config",
            "homeassistant/binary_sensor/roller_" + DEV + "/connected/config");
    /** The documented options of MQTT sensor and binary sensor this hub uses, and {@code p}. */
    private static final Set<String> SENSOR_KEYS = Set.of("p", "name", "unique_id", "state_topic", "value_template",
            "unit_of_measurement", "device_class", "state_class", "icon", "json_attributes_topic",
            "json_attributes_template");
    private static final Set<String> BINARY_KEYS = Set.of("p", "name", "unique_id", "state_topic", "value_template",
            "payload_on", "payload_off", "device_class");
    /** Device-based discovery: device, origin, components and the shared options HA allows. */
    private static final Set<String> ROOT_KEYS = Set.of("dev", "o", "cmps", "availability_topic", "payload_available",
            "payload_not_available", "qos");
    private static final Set<String> DEVICE_KEYS = Set.of("identifiers", "name", "manufacturer", "model", "sw_version");
    private static final Set<String> ORIGIN_KEYS = Set.of("name", "sw_version", "support_url");
    /** Some of HA's sensor device classes, with the units HA accepts for them (none: no unit). */
    private static final Map<String, Set<String>> SENSOR_CLASS_UNITS = Map.of(
            "duration", Set.of("d", "h", "min", "s", "ms"),
            "battery", Set.of("%"),
            "timestamp", Set.of());
    private static final Set<String> BINARY_CLASSES = Set.of("connectivity", "running");

    @TempDir
    Path tmp;

    @Test
    void oneDeviceConfigPerRollerReplacesTheOldPerEntityConfigsAndComesAgainWhenHomeAssistantComesOnline()
            throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start()) {
            // What an earlier hub left on the broker: one retained config per entity.
            MqttClient ha = new MqttClient(broker.url(), "fake-home-assistant", new MemoryPersistence());
            ha.connect();
            for (String t : OLD_TOPICS) {
                String object = t.split("/")[3];
                ha.publish(t, ("{\"name\":\"" + object + "\",\"unique_id\":\"roller_" + DEV + "_" + object
                        + "\",\"state_topic\":\"roller/" + DEV + "/session\"}").getBytes(StandardCharsets.UTF_8), 1, true);
            }
            try (MqttRecorder rec = broker.record("homeassistant/#");
                    MqttRecorder states = broker.record("roller/#")) {
                assertNotNull(rec.find(m -> m.topic().equals(OLD_TOPICS.get(5)), 5000), "the old configs are there");
                MqttSettings s = new MqttSettings(broker.url(), "roller", "hub-ha-test", "hubA", null, null, null, null,
                        null, tmp.resolve("outbox"), 100, 10, true, "homeassistant");
                MqttPublisher pub = new MqttPublisher(s);
                pub.start();
                String status = realStatus();
                pub.publishStatus(DEV, status);
                String live = new LiveState(true, "T6", Instant.parse("2026-11-24T02:00:01.250Z"), "T8").json();
                pub.publishLive(DEV, live);

                MqttRecorder.Message config = rec.nextLive(t -> t.equals(CONFIG_TOPIC), 15_000);
                assertNotNull(config, "the device config: " + rec.all());
                assertNotNull(states.find(m -> m.topic().equals("roller/" + DEV + "/live") && m.payload().equals(live),
                        5000), "the live state went out");
                Thread.sleep(1500); // past the hub's wait for old configs: anything more would have come by now
                List<MqttRecorder.Message> sent = rec.live();
                assertEquals(1, sent.stream().filter(m -> m.topic().equals(CONFIG_TOPIC)).count(),
                        "one config per roller: " + sent);
                int configAt = indexOf(sent, CONFIG_TOPIC, null);
                for (String t : OLD_TOPICS) {
                    int migrate = indexOf(sent, t, "{\"migrate_discovery\":true}");
                    int cleared = indexOf(sent, t, "");
                    assertTrue(migrate >= 0 && migrate < configAt, "handed over before the device config: " + t);
                    assertTrue(cleared > configAt, "cleared after the device config: " + t);
                }
                assertDeviceConfig(MAPPER.readTree(config.payload()), pub.availabilityTopic(), status, live);

                // What Home Assistant finds on the broker when it starts: the device config only.
                try (MqttRecorder late = broker.record("homeassistant/#")) {
                    MqttRecorder.Message retained = late.find(m -> m.topic().equals(CONFIG_TOPIC), 5000);
                    assertNotNull(retained);
                    assertTrue(retained.retained());
                    assertEquals(config.payload(), retained.payload());
                    Thread.sleep(300);
                    assertEquals(List.of(CONFIG_TOPIC), late.all().stream().map(MqttRecorder.Message::topic).toList(),
                            "no old per-entity config left retained");
                }

                // Home Assistant restarts and says so: the config, then the states, again.
                int statesBefore = states.live().size();
                ha.publish("homeassistant/status", "online".getBytes(StandardCharsets.UTF_8), 1, false);
                MqttRecorder.Message again = rec.nextLive(t -> t.equals(CONFIG_TOPIC), 10_000);
                assertNotNull(again, "the config again after HA's online");
                assertEquals(MAPPER.readTree(config.payload()), MAPPER.readTree(again.payload()));
                List<String> liveAgain = List.of();
                for (long end = System.currentTimeMillis() + 10_000; liveAgain.isEmpty() && System.currentTimeMillis() < end;) {
                    Thread.sleep(50);
                    List<MqttRecorder.Message> after = states.live();
                    liveAgain = after.subList(statesBefore, after.size()).stream()
                            .filter(m -> m.topic().equals("roller/" + DEV + "/live")).map(MqttRecorder.Message::payload).toList();
                }
                assertEquals(List.of(live), liveAgain, "the live state again after HA's online, once");
                pub.close();
            }
            ha.disconnect();
            ha.close();
        }
    }

    private static void assertDeviceConfig(JsonNode c, String availability, String status, String live)
            throws Exception {
        for (Iterator<String> it = c.fieldNames(); it.hasNext();) {
            String key = it.next();
            assertTrue(ROOT_KEYS.contains(key), "unknown root option " + key);
        }
        JsonNode dev = c.get("dev");
        for (Iterator<String> it = dev.fieldNames(); it.hasNext();) {
            assertTrue(DEVICE_KEYS.contains(it.next()));
        }
        assertEquals("roller_" + DEV, dev.get("identifiers").get(0).asText());
        assertEquals(MAPPER.readTree(status).get("firmware").asText(), dev.get("sw_version").asText(),
                "the roller's firmware is the device's software");
        for (Iterator<String> it = c.get("o").fieldNames(); it.hasNext();) {
            assertTrue(ORIGIN_KEYS.contains(it.next()));
        }
        assertEquals("roller-hub", c.get("o").get("name").asText());
        assertEquals(availability, c.get("availability_topic").asText());
        assertEquals("online", c.get("payload_available").asText());
        assertEquals("offline", c.get("payload_not_available").asText());

        JsonNode summary = sampleSummary();
        JsonNode statusJson = MAPPER.readTree(status);
        JsonNode liveJson = MAPPER.readTree(live);
        Map<String, JsonNode> stateOf = Map.of("roller/" + DEV + "/session", summary, "roller/" + DEV + "/status",
                statusJson, "roller/" + DEV + "/live", liveJson);
        JsonNode cmps = c.get("cmps");
        Set<String> objects = new HashSet<>();
        cmps.fieldNames().forEachRemaining(objects::add);
        assertEquals(Set.of("reps", "holds", "compensations", "duration", "battery", "connected", "in_session",
                "level", "last_compensation"), objects);
        Set<String> uniqueIds = new HashSet<>();
        for (String object : objects) {
            JsonNode x = cmps.get(object);
            assertTrue(object.matches("[a-zA-Z0-9_-]+"), object);
            boolean binary = x.get("p").asText().equals("binary_sensor");
            assertTrue(binary || x.get("p").asText().equals("sensor"), object + ": platform " + x.get("p"));
            for (Iterator<String> it = x.fieldNames(); it.hasNext();) {
                String key = it.next();
                assertTrue((binary ? BINARY_KEYS : SENSOR_KEYS).contains(key), object + ": unknown option " + key);
            }
            assertEquals("roller_" + DEV + "_" + object, x.get("unique_id").asText(),
                    "the unique id the per-entity config had: the entity carries over");
            assertTrue(uniqueIds.add(x.get("unique_id").asText()));
            JsonNode state = stateOf.get(x.get("state_topic").asText());
            assertNotNull(state, object + " reads a topic the hub publishes: " + x.get("state_topic"));
            String value = render(x.get("value_template").asText(), state);
            if (binary) {
                assertTrue(BINARY_CLASSES.contains(x.get("device_class").asText()), object);
                assertEquals("ON", value, object); // connected and in a session, by the payloads above
            } else if (x.has("device_class")) {
                Set<String> units = SENSOR_CLASS_UNITS.get(x.get("device_class").asText());
                assertNotNull(units, "device class " + x.get("device_class"));
                assertEquals(!units.isEmpty(), x.has("unit_of_measurement"), object);
                if (x.has("unit_of_measurement")) {
                    assertTrue(units.contains(x.get("unit_of_measurement").asText()));
                }
            }
            if (x.has("state_class")) {
                Double.parseDouble(value); // a number, as a measurement must be
            }
        }
        assertEquals("T6", render(cmps.get("level").get("value_template").asText(), liveJson));
        assertEquals("2026-11-24T02:00:01.250Z", render(cmps.get("last_compensation").get("value_template").asText(),
                liveJson));
        assertEquals("None", render(cmps.get("level").get("value_template").asText(),
                MAPPER.readTree(LiveState.IDLE.json())), "unknown outside a session");
        assertEquals("OFF", render(cmps.get("in_session").get("value_template").asText(),
                MAPPER.readTree(LiveState.IDLE.json())));
    }

    /** Where the message on {@code topic} (with {@code payload}, unless null) is in {@code messages}; -1 if none. */
    private static int indexOf(List<MqttRecorder.Message> messages, String topic, String payload) {
        for (int i = 0; i < messages.size(); i++) {
            MqttRecorder.Message m = messages.get(i);
            if (m.topic().equals(topic) && (payload == null || m.payload().equals(payload))) {
                return i;
            }
        }
        return -1;
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
     * Renders the template shapes the hub uses ({@code {{ value_json.a.b }}}, with an
     * {@code if ... else None} or {@code or None} tail, and the ON/OFF conditionals) by following the
     * JSON path, Jinja's way: a null or missing value with {@code or None} renders {@code None}.
     */
    private static String render(String template, JsonNode json) {
        Matcher cond = Pattern.compile("\\{\\{ 'ON' if value_json\\.(\\w+)(?: == '(\\w+)')? else 'OFF' \\}\\}")
                .matcher(template);
        if (cond.matches()) {
            JsonNode v = json.path(cond.group(1));
            assertFalse(v.isMissingNode(), template + " finds nothing in " + json);
            boolean on = cond.group(2) == null ? v.asBoolean() : v.asText().equals(cond.group(2));
            return on ? "ON" : "OFF";
        }
        Matcher path = Pattern.compile("\\{\\{ value_json\\.([\\w.]+)( if .* else None| or None)? \\}\\}").matcher(template);
        assertTrue(path.matches(), template);
        JsonNode n = json;
        for (String part : path.group(1).split("\\.")) {
            n = n.path(part);
        }
        assertFalse(n.isMissingNode(), template + " finds nothing in " + json);
        return n.isNull() && " or None".equals(path.group(2)) ? "None" : n.asText();
    }
}
