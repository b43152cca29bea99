package org.rollerhub.tools.cues;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.hub.delivery.Publisher;
import org.rollerhub.hub.live.HubOutput;
import org.rollerhub.hub.live.LiveHub;
import org.rollerhub.hub.transport.Backoff;
import org.rollerhub.hub.transport.Link;
import org.rollerhub.hub.transport.LinkSink;
import org.rollerhub.hub.transport.Transport;
import org.rollerhub.hub.transport.tcp.TcpTransport;
import org.rollerhub.protocol.Cue;
import org.rollerhub.protocol.HubCommand;
import org.rollerhub.sim.Actuators;
import org.rollerhub.sim.CueReaction;
import org.rollerhub.sim.GenerateOptions;
import org.rollerhub.sim.LinkKind;
import org.rollerhub.sim.live.LiveRoller;
import org.rollerhub.sim.live.TcpRollerServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-cue-latency}: simulated rollers with a vibration motor and an LED stream in real time
 * over TCP loopback into the hub's live path (link thread, decoder, pipeline, cue policy, link
 * write), and for each cue it prints the delay from the IMU sample at which the compensation onset
 * was seen (taken at that sample's device time, on the roller's clock) to the moment the CUE packet
 * was written to the link; also the hub's own estimate carried by the cue event. The rollers and
 * the hub share one JVM, so both ends read one clock. A benchmark, not a test: it asserts nothing.
 */
@Command(name = "bench-cue-latency", mixinStandardHelpOptions = true,
        description = "Benchmark: delay from the IMU sample of a compensation onset to the CUE written to the link "
                + "(p50/p99/max), simulated rollers over TCP loopback in real time.")
public final class BenchCueLatencyCommand implements Callable<Integer> {
    private static final Pattern DEVICE_TIME = Pattern.compile("\"deviceTimeUs\":(\\d+)");
    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");
    private static final Pattern LATENCY = Pattern.compile("\"latencyMs\":([0-9.]+)");

    @Option(names = "--rollers", defaultValue = "4", description = "rollers read at once (default ${DEFAULT-VALUE})")
    int rollers;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the first roller; the others follow (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--seconds", defaultValue = "300", description = "how long to run, s of real time (default ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--imu-hz", defaultValue = "1000", description = "IMU rate, Hz (default ${DEFAULT-VALUE})")
    int imuHz;

    @Option(names = "--pressure-hz", defaultValue = "100", description = "pressure rate, Hz (default ${DEFAULT-VALUE})")
    int pressureHz;

    /** One roller's cues as the hub wrote them: seq → write time, ns. */
    private static final class Writes {
        final Map<Integer, Long> at = new ConcurrentHashMap<>();
    }

    @Override
    public Integer call() throws Exception {
        if (rollers < 1 || rollers > 32 || !(seconds > 0)) {
            System.err.println("bench-cue-latency: --rollers must be 1..32 and --seconds above 0");
            return 2;
        }
        List<LiveRoller> sims = new ArrayList<>();
        List<TcpRollerServer> servers = new ArrayList<>();
        List<Transport> transports = new ArrayList<>();
        Map<String, Writes> writesByLink = new ConcurrentHashMap<>();
        Map<String, LiveRoller> rollerById = new ConcurrentHashMap<>();
        Map<String, Long> t0ById = new ConcurrentHashMap<>();
        Map<String, String> linkById = new ConcurrentHashMap<>();
        List<double[]> samples = new ArrayList<>(); // {sample -> written ms, hub's estimate ms}
        GenerateOptions options = GenerateOptions.defaults().withLink(LinkKind.CLEAN).withRates(imuHz, pressureHz);
        AnalyticsSettings user = AnalyticsSettings.defaults();
        for (int i = 0; i < rollers; i++) {
            LiveRoller r = new LiveRoller(seed + i, options, 1.0, null);
            r.equip(Actuators.BOTH, CueReaction.DEFAULT);
            TcpRollerServer server = new TcpRollerServer(r, InetAddress.getLoopbackAddress(), 0);
            sims.add(r);
            servers.add(server);
            String link = "tcp:127.0.0.1:" + server.port();
            Writes w = new Writes();
            writesByLink.put(link, w);
            transports.add(new TimedTransport(new TcpTransport("127.0.0.1", server.port(), 5000, 10_000), w));
        }
        Publisher publisher = new Publisher() {
            @Override
            public CompletableFuture<Void> publishSession(String deviceId, String sessionId, String summaryJson) {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void publishEvent(String deviceId, String eventJson) {
                if (!eventJson.startsWith("{\"event\":\"cue\"") || !eventJson.contains("compensation-onset")) {
                    return;
                }
                LiveRoller r = rollerById.get(deviceId);
                Writes w = writesByLink.get(linkById.getOrDefault(deviceId, ""));
                if (r == null || w == null) {
                    return;
                }
                long deviceUs = Long.parseLong(find(DEVICE_TIME, eventJson));
                Long written = w.at.get(Integer.parseInt(find(SEQ, eventJson)));
                if (written == null) {
                    return;
                }
                long simUs = deviceUs - t0ById.get(deviceId);
                double ms = (written - r.nanoTimeAt(simUs)) / 1e6;
                synchronized (samples) {
                    samples.add(new double[] {ms, Double.parseDouble(find(LATENCY, eventJson))});
                }
            }

            @Override
            public void publishStatus(String deviceId, String statusJson) {
            }

            @Override
            public void close() {
            }
        };
        HubOutput output = new HubOutput() {
            @Override
            public void hello(String link, String deviceId, String firmware) {
                linkById.put(deviceId, link);
            }
        };
        for (LiveRoller r : sims) {
            rollerById.put(deviceIdOf(r), r);
            t0ById.put(deviceIdOf(r), r.labels().meta().t0());
        }
        LiveHub hub = new LiveHub(transports, user, Clock.systemUTC(), publisher, null, output, Backoff.DEFAULT);
        long startNanos = System.nanoTime();
        hub.start();
        Thread.sleep((long) (seconds * 1000));
        double wallS = (System.nanoTime() - startNanos) / 1e9;
        hub.close(1000);
        for (TcpRollerServer s : servers) {
            s.close();
        }
        List<Double> measured = new ArrayList<>();
        List<Double> estimated = new ArrayList<>();
        synchronized (samples) {
            for (double[] s : samples) {
                measured.add(s[0]);
                estimated.add(s[1]);
            }
        }
        int played = sims.stream().mapToInt(r -> r.cues().size()).sum();
        System.out.printf("bench-cue-latency: %d simulated rollers (seeds %d-%d), IMU %d Hz, pressure %d Hz, real time, "
                + "%.0f s; TCP loopback, one JVM%n", rollers, seed, seed + rollers - 1, imuHz, pressureHz, wallS);
        System.out.printf("  cues on compensation onsets: %d written; cues of every trigger played by the rollers: %d%n",
                measured.size(), played);
        System.out.printf("  onset's IMU sample -> CUE written to the link: %s%n", line(measured));
        System.out.printf("  the hub's own estimate (latencyMs in the cue event): %s%n", line(estimated));
        System.out.printf("  machine: %d cores available to the JVM%n", Runtime.getRuntime().availableProcessors());
        return 0;
    }

    private static String deviceIdOf(LiveRoller r) {
        return String.format("%016x", r.deviceId());
    }

    private static String find(Pattern p, String json) {
        Matcher m = p.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in " + json);
        }
        return m.group(1);
    }

    private static String line(List<Double> values) {
        if (values.isEmpty()) {
            return "none";
        }
        List<Double> v = new ArrayList<>(values);
        v.sort(Double::compare);
        return String.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms (n = %d)", q(v, 0.5), q(v, 0.99),
                v.get(v.size() - 1), v.size());
    }

    private static double q(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    /** A transport whose links note when each CUE has been written. */
    private record TimedTransport(Transport inner, Writes writes) implements Transport {
        @Override
        public String describe() {
            return inner.describe();
        }

        @Override
        public Link connect() throws IOException {
            Link link = inner.connect();
            return new Link() {
                @Override
                public void pump(LinkSink sink) throws IOException {
                    link.pump(sink);
                }

                @Override
                public void send(HubCommand command) throws IOException {
                    link.send(command);
                    if (command instanceof Cue cue) {
                        writes.at.put(cue.seq(), System.nanoTime());
                    }
                }

                @Override
                public void close() {
                    link.close();
                }
            };
        }
    }
}
