package org.rollerhub.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rep's labelled end is the moment its return is over: on the true (noise-free) load, the
 * load is back at baseline from then on, was still above it just before, and is within the
 * model's 10 % of F0 (breathing aside). In the decoded signals this puts the load at labelled ends where the shared
 * samples' labels put it: back at the pre-rep baseline (not at 1.1 F0, on the return's slope).
 */
class RepEndConventionTest {

    @Test
    void repEndIsWhereTheReturnIsOverOnTheTrueLoad() {
        int reps = 0;
        for (long seed = 1; seed <= 30; seed++) {
            BodyTimeline timeline = BodyTimeline.of(ScenarioGenerator.generate(seed));
            List<LabelMaker.Window> windows = LabelMaker.windows(timeline);
            Labels labels = LabelMaker.make(seed, timeline, 0, new double[0]);
            for (int i = 0; i < labels.sessions().size(); i++) {
                BodyTimeline.SessionSpan span = timeline.sessions().get(i);
                double start = windows.get(i).startS();
                for (Labels.Rep rep : labels.sessions().get(i).reps()) {
                    double end = start + rep.endS(); // labels are rounded to 1 ms
                    BodyTimeline.Probe p = timeline.probe();
                    double before = p.load(end - 0.05) - baseline(span, end - 0.05);
                    assertTrue(before > 1e-3, "seed " + seed + " rep at " + rep.startS() + ": still returning 50 ms "
                            + "before its end, " + before + " N above baseline");
                    // less the breathing: on its own it swings up to 3 % of body weight either way, which
                    // can be more than 10 % of F0 (so it is in the shared samples too)
                    double atEnd = p.load(end) - baseline(span, end);
                    assertTrue(Math.abs(atEnd) <= 0.1 * span.f0At(end), "seed " + seed + " rep at " + rep.startS()
                            + ": within 10 % of F0 at its end, breathing aside");
                    for (double t = end + 0.002; t < end + 0.9; t += 0.01) {
                        assertEquals(baseline(span, t), p.load(t), 1e-6, "seed " + seed + " rep at " + rep.startS()
                                + ": back at baseline " + (t - end) + " s after its end");
                    }
                    reps++;
                }
            }
        }
        assertTrue(reps > 200, "reps checked " + reps);
    }

    @Test
    void decodedLoadAtRepEndsIsBackAtBaselineAsInTheSamples() throws IOException {
        List<double[]> sim = new ArrayList<>();
        for (long seed = 21; seed <= 24; seed++) {
            GeneratedCapture capture = Simulator.generate(seed, GenerateOptions.defaults().withLink(LinkKind.CLEAN));
            sim.addAll(endOverBase(Decoded.of(capture.rlr()), capture.labels()));
        }
        double simMean = mean(sim);
        assertTrue(sim.size() > 40, "reps " + sim.size());
        // 1.1 would be the first crossing of 10 % of F0, on the return's slope.
        assertEquals(1.0, simMean, 0.04, "decoded load at labelled rep ends over the pre-rep baseline");

        Path samples = Path.of(System.getProperty("roller.shared.dir", "../../shared"), "samples");
        if (Files.isDirectory(samples)) {
            List<double[]> shared = new ArrayList<>();
            try (var files = Files.list(samples)) {
                for (Path json : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    Path rlr = json.resolveSibling(json.getFileName().toString().replace(".json", ".rlr"));
                    shared.addAll(endOverBase(Decoded.of(Files.readAllBytes(rlr)), LabelsJson.read(json)));
                }
            }
            assertTrue(shared.size() > 40, "sample reps " + shared.size());
            assertEquals(mean(shared), simMean, 0.04, "load at rep ends: samples vs simulator");
        }
    }

    /** The noise-free load of someone lying in neutral at {@code t}. */
    private static double baseline(BodyTimeline.SessionSpan span, double t) {
        return span.f0At(t) + span.breathAt(t);
    }

    /** For each rep: the decoded load around its labelled end over the load in the second before its start. */
    private static List<double[]> endOverBase(Decoded d, Labels labels) {
        List<double[]> out = new ArrayList<>();
        double from = 0;
        for (Labels.Session s : labels.sessions()) {
            double unloaded = d.meanLoad(from, from + 1.0);
            double start = d.firstAbove(from, 80 + unloaded);
            from = d.firstBelow(start + 10, 40 + unloaded) + 1;
            for (Labels.Rep rep : s.reps()) {
                double base = d.meanLoad(start + rep.startS() - 1.0, start + rep.startS() - 0.05) - unloaded;
                double atEnd = d.meanLoad(start + rep.endS() - 0.06, start + rep.endS() + 0.06) - unloaded;
                if (!Double.isNaN(atEnd) && !Double.isNaN(base)) {
                    out.add(new double[] {atEnd / base});
                }
            }
        }
        return out;
    }

    private static double mean(List<double[]> xs) {
        return xs.stream().mapToDouble(x -> x[0]).average().orElse(Double.NaN);
    }
}
