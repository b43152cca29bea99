package org.rollerhub.tools.clinic;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.rollerhub.server.ClinicServer;
import org.rollerhub.server.ServerSettings;
import org.rollerhub.sim.fleet.FleetPlan;
import org.rollerhub.sim.fleet.FleetPublisher;

/**
 * One measured run: a fresh database, {@code instances} server instances in this JVM (each its
 * own pool and broker connection, one shared group), the fleet's plan published, and the rows'
 * {@code stored_at_ms} read back against when each session was first published.
 */
final class ClinicRun {
    /**
     * What a run measured.
     *
     * @param perSecond sessions stored a second: all of them over the time from the first
     *     publication to the last commit
     * @param p50Ms median delay from first publication to committed row, ms
     * @param p99Ms 99th percentile of that delay, ms
     * @param maxMs the longest, ms
     */
    record Result(int instances, String mode, int sessions, double perSecond, double p50Ms, double p99Ms, double maxMs) {
    }

    private final String broker;
    private final String pgServer;
    private final String pgUser;
    private final int batch;

    ClinicRun(String broker, String pgServer, String pgUser, int batch) {
        this.broker = broker;
        this.pgServer = pgServer;
        this.pgUser = pgUser;
        this.batch = batch;
    }

    /**
     * @param tag unique per run: names its database, topic prefix and group, so that the
     *     persistent sessions of earlier runs' instances (closed, not expired) match nothing
     * @param speed 1: at the plan's rate; 0: as fast as the publisher can
     */
    Result run(String tag, int instances, FleetPlan plan, double speed) throws Exception {
        String db = "roller_bench_" + tag + "_" + ProcessHandle.current().pid();
        admin("CREATE DATABASE " + db);
        List<ClinicServer> servers = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                ClinicServer s = new ClinicServer(new ServerSettings(broker, null, null, "bench-" + tag + "-" + i,
                        "bench-" + tag, "bench" + tag, pgServer + db, pgUser, null, 2, batch));
                s.start();
                servers.add(s);
            }
            Map<String, Long> published;
            try (FleetPublisher fleet = new FleetPublisher(broker, "bench" + tag, 8, "bench-fleet-" + tag)) {
                fleet.publish(plan, speed);
                published = fleet.firstPublishedMs();
            }
            int n = plan.firsts().size();
            long deadline = System.currentTimeMillis() + 300_000;
            while (count(pgServer + db) < n) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("not every session stored within 5 minutes");
                }
                Thread.sleep(100);
            }
            long[] delays = new long[n];
            long first = published.values().stream().mapToLong(Long::longValue).min().orElseThrow();
            long last = 0;
            int i = 0;
            try (Connection c = DriverManager.getConnection(pgServer + db, pgUser, "");
                    Statement st = c.createStatement();
                    ResultSet r = st.executeQuery("SELECT session_id, stored_at_ms FROM session")) {
                while (r.next()) {
                    long stored = r.getLong(2);
                    delays[i++] = stored - published.get(r.getString(1));
                    last = Math.max(last, stored);
                }
            }
            Arrays.sort(delays);
            return new Result(instances, speed == 0 ? "burst" : "paced", n, n * 1000.0 / Math.max(1, last - first),
                    pct(delays, 50), pct(delays, 99), delays[n - 1]);
        } finally {
            for (ClinicServer s : servers) {
                s.close();
            }
            admin("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
    }

    private static double pct(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private long count(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, pgUser, "");
                Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT COUNT(*) FROM session")) {
            r.next();
            return r.getLong(1);
        }
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(pgServer + "postgres", pgUser, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
