package org.rollerhub.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes the labels from the body timeline, applying the session model's definitions to the true
 * (noise-free) load and contact position:
 * <ul>
 *   <li>a session starts when the load rises above 80 N and ends when it falls below 40 N;</li>
 *   <li>a rep starts when its rise begins and ends when its return is over (the load is back at
 *       baseline, so well within the model's 10 % of F0); its hold is the plateau; it is held
 *       from 2.0 s; its level is the level at the contact when the rise begins; it is compensated
 *       if the contact moves toward the feet 1.0 cm or more during the rise, or it begins in the
 *       lumbar zone;</li>
 *   <li>a shift is at the moment its roll begins; its distance is r·Δθ; its levels are those
 *       at rest before and after;</li>
 *   <li>zone time is time loaded (over 80 N) with the contact in C or L.</li>
 * </ul>
 */
public final class LabelMaker {
    static final double LOADED_N = 80;
    static final double UNLOADED_N = 40;
    static final double HELD_S = 2.0;
    private static final double STEP_S = 0.0005;

    private LabelMaker() {
    }

    /** Session start and end, capture seconds. */
    public record Window(double startS, double endS) {
    }

    /** Where each session starts and ends on the true load, capture seconds. */
    public static List<Window> windows(BodyTimeline timeline) {
        List<Window> out = new ArrayList<>();
        for (BodyTimeline.SessionSpan s : timeline.sessions()) {
            BodyTimeline.Probe p = timeline.probe();
            double start = s.lieDownStartS();
            while (p.load(start) <= LOADED_N && start < s.getOffStartS()) {
                start += STEP_S;
            }
            BodyTimeline.Probe q = timeline.probe();
            double end = s.getOffStartS();
            while (q.load(end) >= UNLOADED_N && end < s.getOffEndS()) {
                end += STEP_S;
            }
            out.add(new Window(start, end));
        }
        return out;
    }

    /**
     * The labels.
     *
     * @param lostAtS for each packet the link lost, when its run of lost packets began (capture
     *     seconds), ascending: a session counts the runs that begin inside it
     */
    public static Labels make(long seed, BodyTimeline timeline, long packets, double[] lostAtS) {
        SimSetup setup = timeline.scenario().setup();
        SpineMap spine = new SpineMap(setup.statureCm(), setup.startLevel());
        double r = setup.radiusCm();
        List<Window> windows = windows(timeline);
        List<Labels.Session> sessions = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            Window w = windows.get(i);
            BodyTimeline.SessionSpan span = timeline.sessions().get(i);
            BodyTimeline.Probe probe = timeline.probe();
            List<Labels.Rep> reps = new ArrayList<>();
            int holds = 0;
            int compensations = 0;
            double holdSum = 0;
            List<BodyTimeline.RepSpan> spans = timeline.reps();
            for (int k = 0; k < spans.size(); k++) {
                BodyTimeline.RepSpan rep = spans.get(k);
                if (rep.session() != i) {
                    continue;
                }
                double s = r * (probe.theta(rep.riseStartS()) - span.thetaRefRad());
                String level = spine.levelAt(s);
                double end = repEnd(rep);
                double hold = rep.returnStartS() - rep.riseEndS();
                boolean held = hold >= HELD_S;
                boolean cued = timeline.corrections().cued(k);
                // a slide stopped after a cue is measured on the corrected angle
                double slide = cued ? slideCm(timeline, rep) : -rep.moveCm();
                boolean compensated = (cued ? slide >= 1.0 : rep.moveCm() <= -1.0) || "L".equals(level);
                holds += held ? 1 : 0;
                compensations += compensated ? 1 : 0;
                holdSum += round3(hold);
                reps.add(cued
                        ? new Labels.Rep(level, round3(rep.riseStartS() - w.startS()), round3(end - w.startS()),
                                round3(hold), held, compensated, true, timeline.corrections().corrected(k),
                                round3(slide))
                        : new Labels.Rep(level, round3(rep.riseStartS() - w.startS()), round3(end - w.startS()),
                                round3(hold), held, compensated));
            }
            List<Labels.Shift> shifts = new ArrayList<>();
            BodyTimeline.Probe shiftProbe = timeline.probe();
            for (BodyTimeline.ShiftSpan shift : timeline.shifts()) {
                if (shift.session() != i) {
                    continue;
                }
                double before = r * (shiftProbe.theta(shift.startS()) - span.thetaRefRad());
                double after = r * (shiftProbe.theta(shift.endS()) - span.thetaRefRad());
                shifts.add(new Labels.Shift(round3(shift.startS() - w.startS()), spine.levelAt(before),
                        spine.levelAt(after), round3(shift.distanceCm())));
            }
            double[] zones = zoneTimes(timeline, span, spine, w);
            long lost = 0;
            for (double t : lostAtS) {
                if (t >= w.startS() && t <= w.endS()) {
                    lost++;
                }
            }
            sessions.add(new Labels.Session(round2(w.endS() - w.startS()),
                    new Labels.Totals(reps.size(), holds, shifts.size(), compensations, round2(holdSum)),
                    reps, shifts, new Labels.Zones(round2(zones[0]), round2(zones[1])), new Labels.SessionLink(lost)));
        }
        Labels.Meta meta = new Labels.Meta(seed, setup.massKg(), setup.statureCm(), setup.startLevel(),
                setup.diameterMm(), setup.imuHz(), setup.pressureHz(), setup.cells(), setup.link().label(), packets,
                lostAtS.length, setup.deviceT0Us());
        return new Labels(meta, sessions);
    }

    /**
     * When the rep ends, capture seconds: the moment its return is over and the load is back at
     * baseline. The model's "comes back to within 10 % of F0" says which rises count as reps; the
     * moment the rep is timed to is the end of the return, as its start is the beginning of the
     * rise. That is the shared samples' convention: at their labelled rep ends the decoded load
     * is on average 1.02 F0 and flat, where the first 10 %-of-F0 crossing (labelled here before)
     * lies about 0.4 s earlier, still on the return's slope.
     */
    private static double repEnd(BodyTimeline.RepSpan rep) {
        return rep.returnEndS();
    }

    /** How far the contact slid toward the feet during the rise, cm: its lowest point from where the rise began. */
    private static double slideCm(BodyTimeline timeline, BodyTimeline.RepSpan rep) {
        BodyTimeline.Probe p = timeline.probe();
        double start = p.theta(rep.riseStartS());
        double lowest = start;
        for (double t = rep.riseStartS(); t <= rep.riseEndS(); t += STEP_S) {
            lowest = Math.min(lowest, p.theta(t));
        }
        lowest = Math.min(lowest, p.theta(rep.riseEndS()));
        return timeline.scenario().setup().radiusCm() * (start - lowest);
    }

    /** Seconds loaded with the contact in the neck zone [0] and the lumbar zone [1]. */
    private static double[] zoneTimes(BodyTimeline timeline, BodyTimeline.SessionSpan span, SpineMap spine, Window w) {
        BodyTimeline.Probe p = timeline.probe();
        double neck = 0;
        double lumbar = 0;
        double step = 0.001;
        for (double t = w.startS() + step / 2; t < w.endS(); t += step) {
            if (p.load(t) <= LOADED_N) {
                continue;
            }
            double s = timeline.scenario().setup().radiusCm() * (p.theta(t) - span.thetaRefRad());
            if (s > spine.neckEdgeCm()) {
                neck += step;
            } else if (s < spine.lumbarEdgeCm()) {
                lumbar += step;
            }
        }
        return new double[] {neck, lumbar};
    }

    static double round3(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
