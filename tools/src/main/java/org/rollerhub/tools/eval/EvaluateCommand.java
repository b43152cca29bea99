package org.rollerhub.tools.eval;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rollerhub.sim.GenerateOptions;
import org.rollerhub.sim.LinkKind;
import org.rollerhub.sim.MovementOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate}: measures the analytics against labelled captures, either simulated from
 * seeds by the firmware simulator or given as {@code .rlr} files with their {@code .json}
 * labels beside them, and prints the accuracy figures.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measure analytics accuracy on simulated (--seeds) or labelled (--samples, FILE.rlr) captures.")
public final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--seeds", paramLabel = "A-B", description = "simulate captures of these seeds, e.g. 1-50 or 7")
    String seeds;

    @Option(names = "--link", paramLabel = "KIND", description = "link for simulated captures: ble, serial or clean (default: the simulator's choice)")
    String link;

    @Mixin
    MovementOptions movement = new MovementOptions();

    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "DIR", description = "every NAME.rlr with a NAME.json in DIR")
    Path samplesDir;

    @Option(names = {"-v", "--verbose"}, description = "list every mismatch")
    boolean verbose;

    @Parameters(arity = "0..*", paramLabel = "FILE.rlr", description = "labelled captures (labels in FILE.json)")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        if (seeds == null && movement.given()) {
            throw new ParameterException(spec.commandLine(),
                    "--ramp-shape and --breath-wander shape simulated captures: give --seeds too");
        }
        GenerateOptions options = movement.applyTo(GenerateOptions.defaults(), spec);
        Scorecard card = new Scorecard();
        try {
            List<Path> captures = new ArrayList<>(files);
            if (samplesDir != null) {
                try (DirectoryStream<Path> dir = Files.newDirectoryStream(samplesDir, "*.rlr")) {
                    dir.forEach(captures::add);
                }
            }
            captures.sort(null);
            for (Path rlr : captures) {
                Path json = rlr.resolveSibling(rlr.getFileName().toString().replaceFirst("\\.rlr$", "") + ".json");
                if (!Files.exists(json)) {
                    System.err.println("roller-hub evaluate: no labels " + json + " for " + rlr);
                    return 1;
                }
                Evaluation.score(card, rlr.getFileName().toString(), Files.readAllBytes(rlr),
                        Truth.parse(Files.readString(json)));
            }
            if (seeds != null) {
                if (link != null) {
                    options = options.withLink(LinkKind.parse(link));
                }
                long[] range = parseRange(seeds);
                for (long seed = range[0]; seed <= range[1]; seed++) {
                    Evaluation.scoreSeed(card, seed, options);
                }
            }
        } catch (IOException e) {
            System.err.println("roller-hub evaluate: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            System.err.println("roller-hub evaluate: " + e.getMessage());
            return 2;
        }
        if (verbose) {
            card.notes().forEach(System.out::println);
        }
        System.out.print(card.report());
        return 0;
    }

    static long[] parseRange(String text) {
        String[] parts = text.trim().split("-", 2);
        try {
            long a = Long.parseLong(parts[0].trim());
            long b = parts.length == 2 ? Long.parseLong(parts[1].trim()) : a;
            if (b < a) {
                throw new IllegalArgumentException("empty seed range '" + text + "'");
            }
            return new long[] {a, b};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seeds must be N or A-B, not '" + text + "'");
        }
    }
}
