package org.rollerhub.tools.clinic;

import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rollerhub.sim.fleet.FleetPlan;
import org.rollerhub.tools.latency.LocalMosquitto;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-clinic}: the clinic server's ingest, with one and with two instances. Per count, a
 * burst (the fleet publishes as fast as it can: how many sessions a second are stored) and a
 * paced run at {@code --rate} (the delay from publication to committed row: p50, p99). The
 * instances run in this JVM beside the publisher; the broker and PostgreSQL are the machine's.
 * Asserts nothing.
 */
@Command(name = "bench-clinic", mixinStandardHelpOptions = true,
        description = "Measures the clinic server's ingest (sessions stored a second; delay from publication to "
                + "committed row) with one and two instances, a simulated fleet, mosquitto and PostgreSQL.")
public final class BenchClinicCommand implements Callable<Integer> {
    @Option(names = "--broker", paramLabel = "URL", description = "MQTT broker (default: a mosquitto on a free loopback port)")
    String broker;

    @Option(names = "--mosquitto", paramLabel = "PATH", description = "mosquitto binary when no --broker (default ${DEFAULT-VALUE})")
    String mosquitto = "/usr/sbin/mosquitto";

    @Option(names = "--pg", paramLabel = "JDBC-URL", description = "PostgreSQL server, databases made and dropped per run (default ${DEFAULT-VALUE})")
    String pg = "jdbc:postgresql://127.0.0.1:5432/";

    @Option(names = "--pg-user", paramLabel = "USER", description = "its user (default ${DEFAULT-VALUE})")
    String pgUser = "postgres";

    @Option(names = "--hubs", paramLabel = "N", description = "simulated hubs (default ${DEFAULT-VALUE})")
    int hubs = 200;

    @Option(names = "--sessions", paramLabel = "N", description = "sessions per run (default ${DEFAULT-VALUE})")
    int sessions = 20_000;

    @Option(names = "--rate", paramLabel = "PER_S", description = "sessions a second in the paced runs (default ${DEFAULT-VALUE})")
    double rate = 1_000;

    @Option(names = "--batch", paramLabel = "N", description = "most messages per transaction (default ${DEFAULT-VALUE})")
    int batch = 200;

    @Option(names = "--seed", paramLabel = "N", description = "fleet seed (default ${DEFAULT-VALUE})")
    long seed = 1;

    @Override
    public Integer call() throws Exception {
        if (hubs < 1 || sessions < 100 || !(rate > 0) || batch < 1) {
            System.err.println("roller-tools bench-clinic: need --hubs >= 1, --sessions >= 100, --rate > 0, --batch >= 1");
            return 2;
        }
        // The broker's defaults (20 in flight per client, 1000 queued) would cap a batch at 20 messages.
        LocalMosquitto local = broker == null ? LocalMosquitto.start(mosquitto,
                List.of("max_inflight_messages 1000", "max_queued_messages 100000")) : null;
        String url = broker != null ? broker : local.url();
        try {
            FleetPlan plan = FleetPlan.make(seed, hubs, sessions, rate, 0.02, 0.02, 0.3);
            ClinicRun runs = new ClinicRun(url, pg, pgUser, batch);
            System.out.printf(Locale.ROOT, "bench-clinic: %d sessions from %d hubs (+%d repeats), batch %d, on %s, %d cores%n",
                    sessions, hubs, plan.publications().size() - sessions, batch,
                    InetAddress.getLocalHost().getHostName(), Runtime.getRuntime().availableProcessors());
            runs.run("warm", 1, FleetPlan.make(seed + 1, hubs, Math.min(sessions, 3_000), rate, 0.02, 0.02, 0.3), 0);
            System.out.println("instances  mode    sessions  stored/s   p50 ms   p99 ms   max ms");
            int tag = 0;
            for (int n : new int[] {1, 2}) {
                for (double speed : new double[] {0, 1}) {
                    ClinicRun.Result r = runs.run("r" + (tag++), n, plan, speed);
                    System.out.printf(Locale.ROOT, "%9d  %-6s  %8d  %8.0f  %7.0f  %7.0f  %7.0f%n", r.instances(), r.mode(),
                            r.sessions(), r.perSecond(), r.p50Ms(), r.p99Ms(), r.maxMs());
                }
            }
            return 0;
        } finally {
            if (local != null) {
                local.close();
            }
        }
    }
}
