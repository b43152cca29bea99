package org.rollerhub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.hub.testing.MosquittoBroker;
import org.rollerhub.sim.fleet.FleetPlan;
import org.rollerhub.sim.fleet.FleetPublisher;
import org.rollerhub.sim.fleet.Publication;

/**
 * The database away at start, lost mid-stream, and lost while the server is killed: the server
 * reaches PostgreSQL through a loopback forwarder the test cuts and restores (the machine's
 * cluster keeps running for the other tests). It says so in one line naming the database, never
 * a stack trace, acknowledges nothing it could not store, and every session ends up stored once.
 */
class DatabaseLossTest {
    @TempDir
    Path dir;

    @Test
    void aLostDatabaseIsWaitedForAndNothingUnstoredIsAcknowledged() throws Exception {
        FleetPlan first = FleetPlan.make(41, 50, 1_500, 150, 0.02, 0.02, 0.3);
        FleetPlan second = FleetPlan.make(42, 50, 600, 150, 0.02, 0.02, 0.3);
        try (MosquittoBroker broker = MosquittoBroker.start(MosquittoBroker.AS_TEST_USER);
                TestDatabase db = new TestDatabase("loss");
                TcpForwarder pg = new TcpForwarder(5432)) {
            Path log = dir.resolve("server.log");
            String[] args = {"--broker", broker.url(), "--db", db.urlVia(pg.port()), "--db-user", TestDatabase.USER,
                "--group", "clinic", "--client-id", "loss-1"};
            pg.cut();
            ServerProcess server = ServerProcess.start(log, args);
            try {
                server.awaitLog("unreachable at start", 1, 30_000);
                String named = "Database " + db.urlVia(pg.port()) + " unreachable at start";
                assertTrue(server.log().contains(named), server.log());
                pg.restore();
                server.awaitLog("Ingesting into", 1, 30_000);

                try (FleetPublisher fleet = new FleetPublisher(broker.url(), "roller", 4, "loss-fleet")) {
                    CompletableFuture<Void> publishing = publishAsync(fleet, first);
                    db.awaitSessions(300, 30_000);
                    pg.cut(); // lost mid-stream
                    server.awaitLog("unreachable (", 1, 30_000);
                    long during = db.sessionCount();
                    Thread.sleep(4_000);
                    assertEquals(during, db.sessionCount(), "nothing is stored while the database is away");
                    pg.restore();
                    server.awaitLog("is back after", 1, 30_000);
                    publishing.get();
                    assertEquals(1_500, db.awaitSessions(1_500, 30_000));
                    assertEquals(1, ServerProcess.count(server.log(), "unreachable ("), "said once:\n" + server.log());

                    // Lost again, and the server killed meanwhile: what it held was never acknowledged.
                    publishing = publishAsync(fleet, second);
                    db.awaitSessions(1_600, 30_000);
                    pg.cut();
                    server.awaitLog("unreachable (", 2, 30_000);
                    publishing.get();
                    Thread.sleep(500);
                    server.kill();
                    pg.restore();
                    server = ServerProcess.start(log, args);
                    assertEquals(2_100, db.awaitSessions(2_100, 60_000), server.log());
                }
                Map<String, String> kept = db.summaries();
                for (FleetPlan plan : new FleetPlan[] {first, second}) {
                    for (Publication p : plan.firsts()) {
                        assertEquals(p.json(), kept.get(p.sessionId()), p.sessionId());
                    }
                }
                String text = server.log();
                assertFalse(text.contains("\tat ") || text.contains("Exception"), "no stack traces:\n" + text);
            } finally {
                server.close();
            }
        }
    }

    private static CompletableFuture<Void> publishAsync(FleetPublisher fleet, FleetPlan plan) {
        return CompletableFuture.runAsync(() -> {
            try {
                fleet.publish(plan, 1);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
