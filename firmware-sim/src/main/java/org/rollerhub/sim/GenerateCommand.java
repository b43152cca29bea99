package org.rollerhub.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code generate}: writes labelled captures DIR/sim-N.rlr and DIR/sim-N.json. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a labelled capture DIR/sim-SEED.rlr (serial byte stream) and DIR/sim-SEED.json "
                + "(what really happened), for each of --count seeds starting at --seed.",
            "Same seed and options, same bytes."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seed", required = true, description = "Seed of the first capture (any long).")
    long seed;

    @Option(names = "--out", required = true, description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--count", defaultValue = "1", description = "Captures to write, seeds SEED..SEED+COUNT-1 (default 1).")
    int count;

    @Option(names = "--scenario", description = "Play this scenario file instead of a random session "
            + "(the seed then drives only noise and link).")
    Path scenario;

    @Option(names = "--link", description = "ble, serial or clean (default: from the seed or the scenario).")
    String link;

    @Option(names = "--imu-hz", description = "IMU rate, Hz, 1..5000 (default: from the seed, 100..1000).")
    Integer imuHz;

    @Option(names = "--pressure-hz", description = "Pressure rate, Hz, 1..1000 (default: from the seed, 25..200).")
    Integer pressureHz;

    @Option(names = "--sessions", description = "Sessions in a random capture, 1..100 (default: from the seed, 1..3; "
            + "each lasts 1-8 minutes, so about 12 make an hour).")
    Integer sessions;

    @Mixin
    MovementOptions movement = new MovementOptions();

    @Option(names = "--quiet", description = "Do not print a line per capture.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (count < 1) {
            throw new ParameterException(spec.commandLine(), "--count must be at least 1");
        }
        GenerateOptions options = movement.applyTo(withRates(spec, imuHz, pressureHz), spec);
        try {
            if (link != null) {
                options = options.withLink(LinkKind.parse(link));
            }
            if (sessions != null) {
                options = options.withSessions(sessions);
            }
            if (scenario != null) {
                options = options.withScenario(ScenarioFile.read(scenario));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        for (long s = seed; s < seed + count; s++) {
            Labels labels = Simulator.generateFiles(s, options, out);
            if (!quiet) {
                int reps = labels.sessions().stream().mapToInt(x -> x.totals().reps()).sum();
                System.out.printf("%s: %d session(s), %d reps, %d packets, %d lost%n",
                        out.resolve("sim-" + s + ".rlr"), labels.sessions().size(), reps, labels.meta().packets(),
                        labels.meta().lostPackets());
            }
        }
        return 0;
    }

    /** Default options with the --imu-hz and --pressure-hz overrides (null: none), refused when out of range. */
    static GenerateOptions withRates(CommandSpec spec, Integer imuHz, Integer pressureHz) {
        if (imuHz != null && (imuHz < 1 || imuHz > 5000)) {
            throw new ParameterException(spec.commandLine(), "--imu-hz must be 1..5000");
        }
        if (pressureHz != null && (pressureHz < 1 || pressureHz > 1000)) {
            throw new ParameterException(spec.commandLine(), "--pressure-hz must be 1..1000");
        }
        return GenerateOptions.defaults().withRates(imuHz, pressureHz);
    }
}
