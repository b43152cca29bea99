package org.rollerhub.sim.fleet;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eclipse.paho.client.mqttv3.MqttException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code roller-sim fleet}: many simulated hubs publishing session summaries to one broker. */
@Command(name = "fleet", mixinStandardHelpOptions = true,
        description = {"Publishes session summaries from N simulated hubs to a broker, as a clinic's fleet would: "
                + "QoS 1, retained, on PREFIX/DEVICEID/session, valid against session-summary.schema.json, "
                + "synthesized (not analysed) and the same for the same --seed.",
            "Arrivals are random at --rate a second on average; --duplicates of the sessions are sent twice at once "
                + "(a lost PUBACK) and --replays again 2-10 s later (an outbox drained again)."})
public final class FleetCommand implements Callable<Integer> {
    @Option(names = "--broker", required = true, paramLabel = "URL", description = "tcp://HOST:PORT")
    String broker;

    @Option(names = "--hubs", paramLabel = "N", description = "simulated hubs (default ${DEFAULT-VALUE})")
    int hubs = 200;

    @Option(names = "--sessions", paramLabel = "N", description = "sessions in all (default ${DEFAULT-VALUE})")
    int sessions = 10_000;

    @Option(names = "--rate", paramLabel = "PER_S", description = "sessions a second, on average (default ${DEFAULT-VALUE})")
    double rate = 200;

    @Option(names = "--duplicates", paramLabel = "SHARE", description = "share sent twice at once (default ${DEFAULT-VALUE})")
    double duplicates = 0.02;

    @Option(names = "--replays", paramLabel = "SHARE", description = "share replayed later (default ${DEFAULT-VALUE})")
    double replays = 0.02;

    @Option(names = "--without-person", paramLabel = "SHARE",
            description = "share of hubs whose summaries name no person (default ${DEFAULT-VALUE})")
    double withoutPerson = 0.3;

    @Option(names = "--seed", paramLabel = "N", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--prefix", paramLabel = "P", description = "topic prefix (default ${DEFAULT-VALUE})")
    String prefix = "roller";

    @Option(names = "--connections", paramLabel = "N", description = "MQTT connections the hubs share (default ${DEFAULT-VALUE})")
    int connections = 8;

    @Option(names = "--record", paramLabel = "FILE",
            description = "write 'sessionId<TAB>first publication, epoch ms' lines here")
    Path record;

    @Override
    public Integer call() throws MqttException, InterruptedException, IOException {
        if (hubs < 1 || sessions < 1 || !(rate > 0) || connections < 1 || connections > 1000
                || !(duplicates >= 0 && duplicates <= 1) || !(replays >= 0 && replays <= 1)
                || !(withoutPerson >= 0 && withoutPerson <= 1)) {
            System.err.println("roller-sim fleet: need --hubs, --sessions >= 1, --rate > 0, --connections 1..1000, "
                    + "shares in 0..1");
            return 2;
        }
        FleetPlan plan = FleetPlan.make(seed, hubs, sessions, rate, duplicates, replays, withoutPerson);
        long t0 = System.currentTimeMillis();
        try (FleetPublisher publisher = new FleetPublisher(broker, prefix, connections, "roller-fleet-" + seed)) {
            publisher.publish(plan, 1);
            System.out.printf("Published %d summaries (%d sessions) from %d hubs in %.1f s%n",
                    plan.publications().size(), sessions, hubs, (System.currentTimeMillis() - t0) / 1000.0);
            if (record != null) {
                try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(record, StandardCharsets.UTF_8))) {
                    for (Map.Entry<String, Long> e : publisher.firstPublishedMs().entrySet()) {
                        w.println(e.getKey() + "\t" + e.getValue());
                    }
                }
            }
        }
        return 0;
    }
}
