package org.rollerhub.tools.latency;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.SessionEvent;
import org.rollerhub.pipeline.RollerPipeline;
import org.rollerhub.hub.mqtt.MqttPublisher;
import org.rollerhub.hub.mqtt.MqttSettings;
import org.rollerhub.protocol.SerialStreamDecoder;
import org.rollerhub.sim.GenerateOptions;
import org.rollerhub.sim.LinkKind;
import org.rollerhub.sim.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-latency}: replays a roller's stream into the hub's live path (decoder, pipeline,
 * MQTT publisher) at the pace it was recorded, and prints the delay from a packet's arrival to the
 * publication of the event it caused (p50/p99), and the hub's CPU share for that roller.
 *
 * <p>Two delays per event: until the MQTT client has it (the hub's own work), and until a
 * subscriber on the same machine receives it through the broker (what a consumer sees). CPU share
 * counts the replay thread (decoder + pipeline, i.e. the link thread of the live hub) and the
 * publisher's MQTT threads, divided by the wall time and the replay speed. A benchmark, not a
 * test: it prints figures and asserts nothing.
 */
@Command(name = "bench-latency", mixinStandardHelpOptions = true,
        description = "Benchmark: delay from a packet's arrival to its event's MQTT publication (p50/p99), "
                + "and the hub's CPU share per roller.")
public final class BenchLatencyCommand implements Callable<Integer> {

    @Option(names = "--broker", paramLabel = "URL", description = "MQTT broker (default: start a mosquitto on a free loopback port)")
    String broker;

    @Option(names = "--mosquitto", paramLabel = "PATH", defaultValue = "/usr/sbin/mosquitto",
            description = "mosquitto binary used when no --broker is given (default ${DEFAULT-VALUE})")
    String mosquitto;

    @Option(names = "--capture", paramLabel = "FILE", description = "a .rlr capture to replay (default: a simulated roller)")
    Path capture;

    @Option(names = "--seed", defaultValue = "7", description = "simulator seed when no --capture (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--imu-hz", defaultValue = "1000", description = "simulated IMU rate, Hz (default ${DEFAULT-VALUE})")
    int imuHz;

    @Option(names = "--pressure-hz", defaultValue = "100", description = "simulated pressure rate, Hz (default ${DEFAULT-VALUE})")
    int pressureHz;

    @Option(names = "--seconds", defaultValue = "0", description = "device seconds to replay at most; 0 replays the whole capture (default)")
    double seconds;

    @Option(names = "--speed", defaultValue = "1", description = "replay speed; 1 is real time (default ${DEFAULT-VALUE})")
    double speed;

    @Option(names = "--warmup-passes", defaultValue = "10",
            description = "least passes over the capture, as fast as they go, before the timed replay; more while the JIT "
                    + "is still busy, at most five times as many (default ${DEFAULT-VALUE}; 0: none, JIT cold)")
    int warmupPasses;

    @Option(names = "--web-port", paramLabel = "PORT", defaultValue = "0",
            description = "also serve the web UI's live page on 127.0.0.1:PORT, fed as the hub feeds it, and wait for a "
                    + "browser to open it before the timed replay (0: no web UI, default)")
    int webPort;

    @Option(names = "--web-password", paramLabel = "P", defaultValue = "bench", description = "its login password (default ${DEFAULT-VALUE})")
    String webPassword;

    @Option(names = "--stature-cm", defaultValue = "170", description = "rider's stature, cm")
    double statureCm;

    @Override
    public Integer call() throws Exception {
        if (!(speed > 0) || warmupPasses < 0 || seconds < 0) {
            System.err.println("bench-latency: --speed must be above 0, --warmup-passes and --seconds at least 0");
            return 2;
        }
        byte[] rlr;
        String source;
        if (capture != null) {
            rlr = Files.readAllBytes(capture);
            source = capture.toString();
        } else {
            rlr = Simulator.generate(seed, GenerateOptions.defaults().withLink(LinkKind.CLEAN).withRates(imuHz, pressureHz)).rlr();
            source = "simulated roller, seed " + seed + ", IMU " + imuHz + " Hz, pressure " + pressureHz + " Hz";
        }
        ReplayPlan plan = ReplayPlan.of(rlr);
        LocalMosquitto local = broker == null ? LocalMosquitto.start(mosquitto) : null;
        String url = broker != null ? broker : local.url();
        try {
            return run(plan, source, url, local != null);
        } finally {
            if (local != null) {
                local.close();
            }
        }
    }

    private int run(ReplayPlan plan, String source, String url, boolean ownBroker) throws Exception {
        AnalyticsSettings rider = new AnalyticsSettings(statureCm, AnalyticsSettings.DEFAULT_START_LEVEL);
        Path outbox = Files.createTempDirectory("bench-outbox");
        String clientId = "bench-hub-" + ProcessHandle.current().pid();

        // Warm-up: the same path, under another topic prefix, until the JIT is done with it
        MqttPublisher warm = new MqttPublisher(settings(url, "warmup", clientId + "-warm", outbox.resolve("w")));
        warm.start();
        WarmUp.Report warmUp = WarmUp.run(plan, rider, warm, warmupPasses);
        warm.close();

        Map<String, Long> arrivedAt = new ConcurrentHashMap<>(); // payload -> packet arrival, ns
        List<Long> delivered = new ArrayList<>();
        MqttClient consumer = new MqttClient(url, clientId + "-consumer", new MemoryPersistence());
        MqttConnectOptions co = new MqttConnectOptions();
        co.setCleanSession(true);
        consumer.connect(co);
        consumer.subscribe("roller/+/event", 1, (topic, msg) -> {
            long now = System.nanoTime();
            Long t0 = arrivedAt.get(new String(msg.getPayload(), StandardCharsets.UTF_8));
            if (t0 != null) {
                synchronized (delivered) {
                    delivered.add(now - t0);
                }
            }
        });

        MqttPublisher pub = new MqttPublisher(settings(url, "roller", clientId, outbox.resolve("m")));
        pub.start();
        long[] currentArrival = new long[1];
        List<Long> handed = new ArrayList<>();
        List<Long> analytics = new ArrayList<>(); // packet arrival -> the pipeline hands out the event
        List<Long> publishCall = new ArrayList<>(); // publishEvent() itself
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] currentCpu = new long[1]; // the replay thread's CPU time when the packet arrived
        long[] currentDueUs = new long[1];
        long[] currentRunQueueNanos = new long[1];
        String[] slowest = {"none"};
        long[] slowestNanos = {-1};
        WebWatch web = webPort > 0 ? WebWatch.start(webPort, webPassword) : null;
        SerialStreamDecoder decoder = RollerPipeline.decoding(rider, Clock.systemUTC(), new RollerPipeline.Listener() {
            @Override
            public void onEvent(String deviceId, SessionEvent event, String eventJson) {
                long analysed = System.nanoTime();
                arrivedAt.put(eventJson, currentArrival[0]);
                pub.publishEvent(deviceId, eventJson);
                long now = System.nanoTime();
                handed.add(now - currentArrival[0]);
                analytics.add(analysed - currentArrival[0]);
                publishCall.add(now - analysed);
                if (web != null) {
                    web.feed().event(deviceId, eventJson); // after publishing, as the hub's output is told
                }
                if (now - currentArrival[0] > slowestNanos[0]) {
                    // wall time against this thread's CPU time: work, or waiting for a core
                    slowestNanos[0] = now - currentArrival[0];
                    long queued = RunQueue.waitedNanos();
                    slowest[0] = String.format("%s of the packet due at %.1f s: %.3f ms, of which %.3f ms on the CPU%s",
                            event.getClass().getSimpleName(), currentDueUs[0] / 1e6, slowestNanos[0] / 1e6,
                            (threads.getCurrentThreadCpuTime() - currentCpu[0]) / 1e6,
                            queued < 0 ? "" : String.format(" and %.3f ms runnable, waiting for a core",
                                    (queued - currentRunQueueNanos[0]) / 1e6));
                }
            }
        }).decoder();

        Map<Long, Long> cpuBefore = hubThreadCpu(threads, clientId);
        long replayCpuBefore = threads.getCurrentThreadCpuTime();
        long processCpuBefore = processCpuNanos();
        long limitUs = seconds > 0 ? (long) (seconds * 1e6) : Long.MAX_VALUE;
        long[] frameNanos = new long[plan.frames().size()];
        long start = System.nanoTime();
        int frames = 0;
        long replayedUs = 0;
        for (int i = 0; i < plan.frames().size(); i++) {
            long dueUs = plan.dueUs()[i];
            if (dueUs > limitUs) {
                break;
            }
            long dueNanos = start + (long) (dueUs * 1000 / speed);
            long wait;
            while ((wait = dueNanos - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            currentDueUs[0] = dueUs;
            currentCpu[0] = threads.getCurrentThreadCpuTime();
            currentRunQueueNanos[0] = RunQueue.waitedNanos();
            currentArrival[0] = System.nanoTime();
            decoder.feed(plan.frames().get(i));
            frameNanos[frames] = System.nanoTime() - currentArrival[0];
            frames++;
            replayedUs = dueUs;
        }
        long wallNanos = System.nanoTime() - start;
        long replayCpu = threads.getCurrentThreadCpuTime() - replayCpuBefore;
        long mqttCpu = 0;
        for (Map.Entry<Long, Long> e : hubThreadCpu(threads, clientId).entrySet()) {
            mqttCpu += e.getValue() - cpuBefore.getOrDefault(e.getKey(), 0L);
        }
        long processCpu = processCpuNanos() - processCpuBefore;

        // Let the last events come through the broker.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            synchronized (delivered) {
                if (delivered.size() >= handed.size()) {
                    break;
                }
            }
            Thread.sleep(20);
        }
        pub.close();
        if (web != null) {
            System.out.printf("web UI: %d page(s) watched the live page; %d updates dropped%n", web.pages(), web.dropped());
            web.close();
        }
        consumer.disconnect();
        consumer.close();

        Percentiles toClient = Percentiles.of(handed);
        Percentiles toConsumer;
        synchronized (delivered) {
            toConsumer = Percentiles.of(delivered);
        }
        double wallS = wallNanos / 1e9;
        double rollerKhz = imuHz / 1000.0;
        System.out.printf("bench-latency: %s%n", source);
        System.out.printf("  replayed %.1f device s in %.1f s (speed %.2fx), %d frames, broker %s%s%n", replayedUs / 1e6, wallS,
                speed, frames, url, ownBroker ? " (mosquitto started for this run)" : "");
        if (warmUp.passes() > 0) {
            System.out.printf("  warm-up: %d passes as fast as they go (JIT %d ms); slowest packet with an event: %.3f ms in the "
                    + "first (JIT cold), %.3f ms in the last%n", warmUp.passes(), warmUp.compileMs(),
                    warmUp.firstWorstEventMs(), warmUp.lastWorstEventMs());
        }
        System.out.printf("  packet handled (decode + analytics + publish), every packet: %s%n",
                new Percentiles(java.util.Arrays.copyOf(frameNanos, frames)).line());
        System.out.printf("  packet -> event handed to the MQTT client:          %s%n", toClient.line());
        System.out.printf("    the slowest: %s%n", slowest[0]);
        System.out.printf("    of which decode + analytics until the event:     %s%n",
                Percentiles.of(analytics).line());
        System.out.printf("    of which MqttPublisher.publishEvent():           %s%n",
                Percentiles.of(publishCall).line());
        System.out.printf("  packet -> event received by a subscriber (broker): %s%n", toConsumer.line());
        double hubShare = (replayCpu + mqttCpu) / (double) wallNanos / speed * 100;
        System.out.printf("  hub CPU (link thread + MQTT client threads): %.2f %% of one core at %.2fx; "
                + "%.2f %% per roller in real time%s%n", (replayCpu + mqttCpu) / (double) wallNanos * 100, speed, hubShare,
                capture == null ? String.format(" (a %.1f kHz roller)", rollerKhz) : "");
        System.out.printf("  whole JVM (also the test subscriber, JIT, GC): %.2f %% of one core%n",
                processCpu / (double) wallNanos * 100);
        System.out.printf("  events dropped while disconnected: %d%n", pub.droppedEvents());
        return 0;
    }

    private static MqttSettings settings(String url, String prefix, String clientId, Path outbox) {
        return new MqttSettings(url, prefix, clientId, "bench", null, null, null, null, null, outbox, 1000, 100, false,
                "homeassistant");
    }

    /** CPU time so far of the publisher's threads: Paho's ("MQTT Snd: <id>" ...) and its own. */
    private static Map<Long, Long> hubThreadCpu(ThreadMXBean threads, String clientId) {
        Map<Long, Long> out = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            String name = info.getThreadName();
            if (name.endsWith(": " + clientId) || name.equals("mqtt-publisher")) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                if (cpu >= 0) {
                    out.put(info.getThreadId(), cpu);
                }
            }
        }
        return out;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
