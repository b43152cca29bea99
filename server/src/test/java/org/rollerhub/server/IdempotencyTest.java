package org.rollerhub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.rollerhub.hub.testing.MosquittoBroker;
import org.rollerhub.server.db.Database;
import org.rollerhub.sim.fleet.FleetHub;
import org.rollerhub.sim.fleet.FleetPlan;
import org.rollerhub.sim.fleet.FleetPublisher;
import org.rollerhub.sim.fleet.Publication;
import org.rollerhub.store.Assignment;
import org.rollerhub.store.JdbcSessionStore;
import org.rollerhub.store.Person;
import org.rollerhub.store.SessionIntake;

/**
 * Duplicates, outbox replays and a whole fleet published twice add nothing; sessions go to the
 * summary's person, else the roller's holder, else {@code unassigned-<deviceId>}; statuses land in
 * {@code hub_status}. One server in this JVM, a real mosquitto and PostgreSQL.
 */
class IdempotencyTest {

    @Test
    void duplicatesAndReplaysAddNothingAndAttributionFollowsTheRules() throws Exception {
        FleetPlan plan = FleetPlan.make(11, 20, 400, 400, 0.3, 0.3, 0.5);
        FleetHub lent = plan.hubs().stream().filter(h -> h.personId() == null).findFirst().orElseThrow();
        FleetHub unlent = plan.hubs().stream().filter(h -> h.personId() == null && h != lent).findFirst().orElseThrow();
        try (MosquittoBroker broker = MosquittoBroker.start(MosquittoBroker.AS_TEST_USER);
                TestDatabase db = new TestDatabase("idem")) {
            ServerSettings settings = new ServerSettings(broker.url(), null, null, "idem-1", "clinic", "roller",
                    db.url(), TestDatabase.USER, null, 2, 50);
            try (ClinicServer server = new ClinicServer(settings)) {
                server.start();
                try (Database admin = new Database(db.url(), TestDatabase.USER, null, 1); JdbcSessionStore store = admin.open()) {
                    store.addPerson(new Person("maria", "Maria", null, null, java.time.ZoneOffset.UTC, Instant.now()));
                    store.assignments().assign(new Assignment(lent.deviceId(), "maria", FleetPlan.EPOCH, null));
                }
                try (FleetPublisher fleet = new FleetPublisher(broker.url(), "roller", 4, "idem-fleet")) {
                    fleet.publish(plan, 0);
                    assertEquals(400, db.awaitSessions(400, 30_000));
                    fleet.publish(plan, 0); // every hub drains its whole outbox again
                }
                publishStatus(broker.url(), lent.deviceId());
                Thread.sleep(1_500); // time for the second round to be filed, had it added anything
                assertEquals(400, db.sessionCount());
                Map<String, String> kept = db.summaries();
                for (Publication p : plan.firsts()) {
                    assertEquals(p.json(), kept.get(p.sessionId()), p.sessionId());
                }
                long dup = plan.publications().stream().filter(p -> p.kind() != Publication.Kind.FIRST).count();
                assertTrue(dup > 100, "the plan repeats " + dup + " summaries");
                FleetHub named = plan.hubs().stream().filter(h -> h.personId() != null).findFirst().orElseThrow();
                assertEquals("0", db.value("SELECT COUNT(*) FROM session WHERE device_id = '" + named.deviceId()
                        + "' AND person_id <> '" + named.personId() + "'"));
                assertEquals("0", db.value("SELECT COUNT(*) FROM session WHERE device_id = '" + lent.deviceId()
                        + "' AND person_id <> 'maria'"));
                assertEquals("0", db.value("SELECT COUNT(*) FROM session WHERE device_id = '" + unlent.deviceId()
                        + "' AND person_id <> '" + SessionIntake.unassigned(unlent.deviceId()) + "'"));
                assertEquals("connected", awaitValue(db, "SELECT link FROM hub_status WHERE device_id = '" + lent.deviceId() + "'"));
            }
        }
    }

    private static String awaitValue(TestDatabase db, String sql) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        String v = db.value(sql);
        while (v == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            v = db.value(sql);
        }
        return v;
    }

    private static void publishStatus(String url, String deviceId) throws Exception {
        MqttClient c = new MqttClient(url, "idem-status", new MemoryPersistence());
        c.connect();
        MqttMessage m = new MqttMessage("{\"link\":\"connected\",\"firmware\":\"1.4.2\"}".getBytes(StandardCharsets.UTF_8));
        m.setQos(1);
        m.setRetained(true);
        c.publish("roller/" + deviceId + "/status", m);
        c.disconnect();
        c.close();
    }
}
