package org.rollerhub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.hub.testing.MosquittoBroker;
import org.rollerhub.sim.fleet.FleetPlan;
import org.rollerhub.sim.fleet.FleetPublisher;
import org.rollerhub.sim.fleet.Publication;

/**
 * Two server instances (child JVMs) share one broker's shared subscription while 200 simulated
 * hubs publish 10,000 sessions (with duplicates and replays). One is killed with SIGKILL midway
 * and restarted 3 s later with the same client id: its persistent session hands it what it had
 * not acknowledged and what was queued for it meanwhile. Afterwards every session is in
 * PostgreSQL exactly once, byte for byte as published.
 */
class TwoInstancesKillTest {
    private static final int SESSIONS = 10_000;

    @TempDir
    Path dir;

    @Test
    void everySessionIsStoredOnceAfterAnInstanceIsKilledMidStream() throws Exception {
        FleetPlan plan = FleetPlan.make(29, 200, SESSIONS, 400, 0.02, 0.02, 0.3);
        try (MosquittoBroker broker = MosquittoBroker.start(MosquittoBroker.AS_TEST_USER);
                TestDatabase db = new TestDatabase("kill")) {
            Path logA = dir.resolve("a.log");
            Path logB = dir.resolve("b.log");
            List<ServerProcess> running = new ArrayList<>();
            try {
                ServerProcess a = ServerProcess.start(logA, args(broker, db, "server-a"));
                running.add(a);
                a.awaitLog("Ingesting into", 1, 60_000); // the schema is made by the first alone
                ServerProcess b = ServerProcess.start(logB, args(broker, db, "server-b"));
                running.add(b);
                b.awaitLog("Ingesting into", 1, 60_000);
                CompletableFuture<Void> publishing;
                try (FleetPublisher fleet = new FleetPublisher(broker.url(), "roller", 8, "kill-fleet")) {
                    publishing = CompletableFuture.runAsync(() -> {
                        try {
                            fleet.publish(plan, 1);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    long before = db.awaitSessions(SESSIONS / 4, 60_000);
                    assertTrue(before < SESSIONS / 2, "killed mid-stream: " + before + " stored so far");
                    a.kill();
                    Thread.sleep(3_000);
                    assertTrue(!publishing.isDone(), "the fleet was still publishing during the outage");
                    ServerProcess again = ServerProcess.start(logA, args(broker, db, "server-a"));
                    running.add(again);
                    again.awaitLog("Ingesting into", 2, 60_000);
                    publishing.get();
                }
                long stored = db.awaitSessions(SESSIONS, 60_000);
                assertEquals(SESSIONS, stored, "A:\n" + Files.readString(logA) + "\nB:\n" + Files.readString(logB));
                Thread.sleep(1_000); // a straggler would show up now
                Map<String, String> kept = db.summaries();
                assertEquals(SESSIONS, kept.size());
                for (Publication p : plan.firsts()) {
                    assertEquals(p.json(), kept.get(p.sessionId()), p.sessionId());
                }
                String a2 = Files.readString(logA);
                assertTrue(!a2.contains("Exception") && !Files.readString(logB).contains("Exception"), a2);
            } finally {
                for (ServerProcess p : running) {
                    p.close();
                }
            }
        }
    }

    private static String[] args(MosquittoBroker broker, TestDatabase db, String clientId) {
        return new String[] {"--broker", broker.url(), "--db", db.url(), "--db-user", TestDatabase.USER,
            "--group", "clinic", "--client-id", clientId};
    }
}
