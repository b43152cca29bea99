package org.rollerhub.sim;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Generates labelled captures: a scenario (from the seed, or scripted), the body's motion, the
 * sensors and firmware, and the link, streamed to an output. Deterministic: the same seed and
 * options give the same bytes. Memory does not grow with the capture's length beyond the
 * timeline (a few numbers per rep) and the lost-packet times.
 */
public final class Simulator {
    private Simulator() {
    }

    /** The scenario a seed and options describe, with the options' overrides applied. */
    public static Scenario scenario(long seed, GenerateOptions options) {
        Scenario scenario = options.scenario() != null ? options.scenario()
                : ScenarioGenerator.generate(seed, options.sessions().orElse(0));
        SimSetup setup = scenario.setup();
        if (options.link() != null) {
            setup = setup.withLink(options.link());
        }
        setup = setup.withRates(options.imuHz().orElse(setup.imuHz()), options.pressureHz().orElse(setup.pressureHz()));
        return scenario.withSetup(setup);
    }

    /**
     * The root of a capture's random streams, split first for the sensors (the device) and then
     * for the link; apart from the scenario's, so that the scenario's draws do not shift them. A
     * live roller of the same seed splits it the same way and so plays the same samples.
     */
    public static SplittableRandom randomStreams(long seed) {
        return new SplittableRandom(seed ^ 0x5DEECE66DL);
    }

    /** Generates into memory (for tests and short captures). */
    public static GeneratedCapture generate(long seed, GenerateOptions options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Labels labels = generate(seed, options, bytes);
            return new GeneratedCapture(bytes.toByteArray(), labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Generates with everything from the seed. */
    public static GeneratedCapture generate(long seed) {
        return generate(seed, GenerateOptions.defaults());
    }

    /** Streams the capture to {@code out} (not closed) and returns its labels. */
    public static Labels generate(long seed, GenerateOptions options, OutputStream out) throws IOException {
        Scenario scenario = scenario(seed, options);
        BodyTimeline timeline = BodyTimeline.of(scenario, options.style());
        SplittableRandom root = randomStreams(seed);
        RollerDevice device = new RollerDevice(timeline, root.split());
        LinkModel link = new LinkModel(scenario.setup().link(), root.split(), out);
        link.start();
        link.send(device.hello(), 0);
        device.advanceTo(Math.round(timeline.endS() * 1e6), link::send);
        out.flush();
        return LabelMaker.make(seed, timeline, link.sent(), link.lostAtS());
    }

    /** Writes {@code dir/sim-SEED.rlr} and {@code dir/sim-SEED.json}; returns the labels. */
    public static Labels generateFiles(long seed, GenerateOptions options, Path dir) throws IOException {
        Files.createDirectories(dir);
        Labels labels;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("sim-" + seed + ".rlr")),
                1 << 16)) {
            labels = generate(seed, options, out);
        }
        LabelsJson.write(labels, dir.resolve("sim-" + seed + ".json"));
        return labels;
    }
}
