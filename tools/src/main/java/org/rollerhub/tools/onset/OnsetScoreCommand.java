package org.rollerhub.tools.onset;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.analytics.SessionEvent;
import org.rollerhub.pipeline.RollerPipeline;
import org.rollerhub.protocol.SerialStreamDecoder;
import org.rollerhub.sim.BodyTimeline;
import org.rollerhub.sim.GenerateOptions;
import org.rollerhub.sim.GeneratedCapture;
import org.rollerhub.sim.LinkKind;
import org.rollerhub.sim.MovementOptions;
import org.rollerhub.sim.Scenario;
import org.rollerhub.sim.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate-onsets}: how well the live {@code compensation-onset} finds compensated reps
 * while their rise is still going on, on simulated captures fed to the pipeline frame by frame as
 * a live link delivers them. The truth comes from the simulator's body timeline (each rep's rise
 * and slide), not the labels, which do not say when a rise ends. A scorecard: it prints figures
 * and asserts nothing.
 */
@Command(name = "evaluate-onsets", mixinStandardHelpOptions = true,
        description = "Score the live compensation-onset on simulated captures: compensated reps found before "
                + "their rise ended, false onsets per 100 uncompensated reps, delay after the true 1.0 cm.")
public final class OnsetScoreCommand implements Callable<Integer> {
    /** The slide that makes a rep compensated, cm (the session model's). */
    private static final double SLIDE_CM = 1.0;

    @Spec
    CommandSpec spec;

    @Option(names = "--seeds", defaultValue = "1-200", paramLabel = "A-B", description = "seeds to simulate (default ${DEFAULT-VALUE})")
    String seeds;

    @Option(names = "--link", paramLabel = "KIND", description = "ble, serial or clean (default: the simulator's choice)")
    String link;

    @Option(names = "--imu-hz", paramLabel = "HZ", description = "IMU rate (default: the seed's)")
    Integer imuHz;

    @Option(names = {"-v", "--verbose"}, description = "list every miss and false onset")
    boolean verbose;

    @Mixin
    MovementOptions movement = new MovementOptions();

    @Override
    public Integer call() {
        long[] range = parseSeeds(seeds);
        GenerateOptions options = movement.applyTo(GenerateOptions.defaults(), spec);
        if (link != null) {
            try {
                options = options.withLink(LinkKind.parse(link));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        if (imuHz != null) {
            options = options.withRates(imuHz, null);
        }
        OnsetScore score = new OnsetScore();
        for (long seed = range[0]; seed <= range[1]; seed++) {
            score(seed, options, score);
        }
        System.out.printf("evaluate-onsets: seeds %d-%d%s%n", range[0], range[1], link == null ? "" : ", link " + link);
        System.out.print(score.report());
        if (verbose) {
            score.misses().forEach(m -> System.out.println("  " + m));
        }
        return 0;
    }

    /** Scores one simulated capture into {@code score}. */
    static void score(long seed, GenerateOptions options, OnsetScore score) {
        GeneratedCapture capture = Simulator.generate(seed, options);
        Scenario scenario = Simulator.scenario(seed, options);
        BodyTimeline timeline = BodyTimeline.of(scenario, options.style());
        long t0 = capture.labels().meta().t0();
        AnalyticsSettings settings = new AnalyticsSettings(capture.labels().meta().statureCm(),
                Level.parse(capture.labels().meta().startLevel()));
        List<Long> onsets = new ArrayList<>();
        SerialStreamDecoder decoder = RollerPipeline.decoding(settings, null, new RollerPipeline.Listener() {
            @Override
            public void onEvent(String deviceId, SessionEvent event, String eventJson) {
                if (event instanceof SessionEvent.CompensationOnset) {
                    onsets.add(event.tUs());
                }
            }
        }).decoder();
        byte[] rlr = capture.rlr();
        int start = 0;
        for (int i = 0; i < rlr.length; i++) { // frame by frame, as a serial link delivers them
            if (rlr[i] == 0) {
                decoder.feed(rlr, start, i + 1 - start);
                start = i + 1;
            }
        }
        decoder.feed(rlr, start, rlr.length - start);
        score.capture();
        boolean[] used = new boolean[onsets.size()];
        for (BodyTimeline.RepSpan rep : timeline.reps()) {
            long riseStart = t0 + Math.round(rep.riseStartS() * 1e6);
            long riseEnd = t0 + Math.round(rep.riseEndS() * 1e6);
            long repEnd = t0 + Math.round(rep.returnEndS() * 1e6);
            if (rep.moveCm() > -SLIDE_CM) {
                score.uncompensatedRep();
                continue;
            }
            int inRise = -1;
            int late = -1;
            for (int k = 0; k < onsets.size(); k++) {
                long t = onsets.get(k);
                if (t >= riseStart && t <= riseEnd && inRise < 0) {
                    inRise = k;
                } else if (t > riseEnd && t <= repEnd && late < 0) {
                    late = k;
                }
            }
            if (inRise >= 0) {
                used[inRise] = true;
            }
            if (late >= 0) {
                used[late] = true;
            }
            double u = crossing(timeline, SLIDE_CM / -rep.moveCm());
            long trueUs = riseStart + Math.round(u * (riseEnd - riseStart));
            score.compensatedRep(inRise >= 0, late >= 0, inRise >= 0 ? (onsets.get(inRise) - trueUs) / 1e3 : 0,
                    String.format("seed %d rep at %.1f s (slide %.1f cm)", seed, rep.riseStartS(), -rep.moveCm()));
        }
        for (int k = 0; k < onsets.size(); k++) {
            if (!used[k]) {
                double atS = (onsets.get(k) - t0) / 1e6;
                score.falseOnset(String.format("seed %d at %.1f s%s", seed, atS, during(timeline, atS)));
            }
        }
    }

    /** What the body was doing around {@code atS}: a shift or a rep under way, for the verbose list. */
    private static String during(BodyTimeline timeline, double atS) {
        for (BodyTimeline.ShiftSpan s : timeline.shifts()) {
            if (atS >= s.startS() - 0.5 && atS <= s.endS() + 0.5) {
                return String.format(" (during a shift of %+.1f cm over %.1f s)", s.distanceCm(), s.endS() - s.startS());
            }
        }
        for (BodyTimeline.RepSpan r : timeline.reps()) {
            if (atS >= r.riseStartS() && atS <= r.returnEndS() + 0.5) {
                return String.format(" (during a rep moving %+.1f cm)", r.moveCm());
            }
        }
        return "";
    }

    /** Progress u at which the timeline's movement shape has done {@code share} of its change. */
    private static double crossing(BodyTimeline timeline, double share) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 50; i++) {
            double mid = (lo + hi) / 2;
            if (timeline.shape().share(mid) < share) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private long[] parseSeeds(String text) {
        try {
            String[] p = text.split("-", 2);
            long a = Long.parseLong(p[0].trim());
            long b = p.length > 1 ? Long.parseLong(p[1].trim()) : a;
            if (b < a) {
                throw new NumberFormatException();
            }
            return new long[] {a, b};
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--seeds must be A-B or N, not '" + text + "'");
        }
    }
}
