package org.rollerhub.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * A scenario turned into motion over time: the roller's angle, the person's presence, the extra
 * load of reps, shifts and fidgets, and the load's lateral position, as {@link Channel}s; plus
 * what happened when (sessions, reps, shifts), from which the labels are made. Times are seconds
 * from the capture's start. Immutable but for the {@link #corrections()} a live roller's user makes
 * in answer to cues (none in a generated capture); small (a few ramps per rep), so an hour-long capture's
 * timeline fits easily in memory while its samples are streamed.
 */
public final class BodyTimeline {
    private final Scenario scenario;
    private final Channel theta;
    private final Channel presence;
    private final Channel extraLoad;
    private final Channel lateral;
    private final List<SessionSpan> sessions;
    private final List<RepSpan> reps;
    private final List<ShiftSpan> shifts;
    private final double endS;
    private final RampShape shape;
    private final ThetaCorrections corrections;

    /** One session's times and body constants. */
    public record SessionSpan(int index, double lieDownStartS, double lieDownEndS, double getOffStartS,
                              double getOffEndS, double thetaRefRad, double f0N, double f0DriftFraction,
                              double breathHz, double breathAmplitudeN, double breathWanderFraction,
                              double lateralMm) {
        /** Baseline load at time t (drifts linearly over the session as the user settles), N. */
        public double f0At(double tS) {
            double span = Math.max(1e-9, getOffStartS - lieDownEndS);
            double u = Math.min(1, Math.max(0, (tS - lieDownEndS) / span));
            return f0N * (1 + f0DriftFraction * u);
        }

        /**
         * Breathing's load swing at time t, N: a sine from lying down, whose rate and swing wander
         * slowly by {@link MovementStyle#breathWanderFraction} (none by default).
         */
        public double breathAt(double tS) {
            double t = tS - lieDownStartS;
            // with no wander, wander = 0 and swing = 1 exactly: the steady sine, bit for bit
            // the phase's rate is 2π·breathHz·(1 + w·sin(2πt/P)): the integral of that, from 0 at t = 0
            double ratePeriod = MovementStyle.RATE_WANDER_PERIOD_S;
            double wander = breathWanderFraction * ratePeriod / (2 * Math.PI)
                    * (1 - Math.cos(2 * Math.PI * t / ratePeriod));
            double phase = 2 * Math.PI * breathHz * (t + wander);
            double swing = 1 + MovementStyle.SWING_WANDER_RATIO * breathWanderFraction
                    * Math.sin(2 * Math.PI * t / MovementStyle.SWING_WANDER_PERIOD_S + 1);
            return breathAmplitudeN * swing * Math.sin(phase);
        }
    }

    /** One rep's times (capture seconds) and size. */
    public record RepSpan(int session, double riseStartS, double riseEndS, double returnStartS,
                          double returnEndS, double liftN, double moveCm) {
    }

    /** One shift's times (capture seconds) and distance. */
    public record ShiftSpan(int session, double startS, double endS, double distanceCm) {
    }

    private BodyTimeline(Scenario scenario, Channel theta, Channel presence, Channel extraLoad, Channel lateral,
                         List<SessionSpan> sessions, List<RepSpan> reps, List<ShiftSpan> shifts, double endS,
                         RampShape shape) {
        this.scenario = scenario;
        this.shape = shape;
        this.corrections = new ThetaCorrections(shape);
        this.theta = theta;
        this.presence = presence;
        this.extraLoad = extraLoad;
        this.lateral = lateral;
        this.sessions = List.copyOf(sessions);
        this.reps = List.copyOf(reps);
        this.shifts = List.copyOf(shifts);
        this.endS = endS;
    }

    /** Lays out {@code scenario} in time, moving and breathing {@link MovementStyle#STEADY steadily}. */
    public static BodyTimeline of(Scenario scenario) {
        return of(scenario, MovementStyle.STEADY);
    }

    /** Lays out {@code scenario} in time, moving and breathing in {@code style}. */
    public static BodyTimeline of(Scenario scenario, MovementStyle style) {
        SimSetup setup = scenario.setup();
        double r = setup.radiusCm();
        double bw = setup.weightN();
        RampShape shape = style.rampShape();
        Channel.Builder theta = new Channel.Builder(scenario.thetaStartRad(), shape);
        Channel.Builder presence = new Channel.Builder(0, shape);
        Channel.Builder extra = new Channel.Builder(0, shape);
        Channel.Builder lateral = new Channel.Builder(0, shape);
        List<SessionSpan> sessions = new ArrayList<>();
        List<RepSpan> reps = new ArrayList<>();
        List<ShiftSpan> shifts = new ArrayList<>();
        double t = scenario.leadInS();
        for (int i = 0; i < scenario.sessions().size(); i++) {
            SessionPlan plan = scenario.sessions().get(i);
            double lieDownStart = t;
            double thetaRef = theta.value();
            double f0 = plan.f0FractionBw() * bw;
            presence.ramp(t, plan.lieDownS(), 1);
            t += plan.lieDownS();
            double lieDownEnd = t;
            for (Action a : plan.actions()) {
                if (a instanceof Action.Rest rest) {
                    t += rest.seconds();
                } else if (a instanceof Action.Rep rep) {
                    double lift = rep.liftFractionBw() * bw;
                    double move = rep.moveCm() / r;
                    double riseStart = t;
                    extra.ramp(t, rep.riseS(), lift);
                    theta.ramp(t, rep.riseS(), move);
                    t += rep.riseS();
                    double riseEnd = t;
                    t += rep.plateauS();
                    double returnStart = t;
                    extra.ramp(t, rep.returnS(), -lift);
                    theta.ramp(t, rep.returnS(), -move * rep.moveBackShare());
                    t += rep.returnS();
                    reps.add(new RepSpan(i, riseStart, riseEnd, returnStart, t, lift, rep.moveCm()));
                } else if (a instanceof Action.Shift shift) {
                    double bump = shift.loadBumpFractionBw() * bw;
                    theta.ramp(t, shift.seconds(), shift.distanceCm() / r);
                    extra.ramp(t, shift.seconds() / 2, bump);
                    extra.ramp(t + shift.seconds() / 2, shift.seconds() / 2, -bump);
                    shifts.add(new ShiftSpan(i, t, t + shift.seconds(), shift.distanceCm()));
                    t += shift.seconds();
                } else if (a instanceof Action.Fidget fidget) {
                    double half = fidget.seconds() / 2;
                    double roll = fidget.rollCm() / r;
                    double wobble = fidget.wobbleFractionF0() * f0;
                    theta.ramp(t, half, roll);
                    theta.ramp(t + half, half, -roll);
                    extra.ramp(t, half, wobble);
                    extra.ramp(t + half, half, -wobble);
                    t += fidget.seconds();
                } else if (a instanceof Action.Lean lean) {
                    lateral.ramp(t, lean.seconds(), lean.offsetMm());
                    t += lean.seconds();
                }
            }
            double getOffStart = t;
            presence.ramp(t, plan.getOffS(), -1);
            t += plan.getOffS();
            double getOffEnd = t;
            // Back to the middle of the roller for the next person, or the same one coming back.
            lateral.ramp(t, 1.0, -lateral.value());
            sessions.add(new SessionSpan(i, lieDownStart, lieDownEnd, getOffStart, getOffEnd, thetaRef, f0,
                    plan.f0DriftFraction(), plan.breathHz(), plan.breathSwingFractionBw() * bw / 2,
                    style.breathWanderFraction(), plan.lateralOffsetMm()));
            if (plan.nudgeCm() != 0) {
                // The empty roller is nudged while away: its angle changes, nobody is on it.
                theta.ramp(t + 2, 1.0, plan.nudgeCm() / r);
            }
            t += plan.awayS();
        }
        return new BodyTimeline(scenario, theta.build(), presence.build(), extra.build(), lateral.build(),
                sessions, reps, shifts, t, shape);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** When the scripted capture ends, s from its start. */
    public double endS() {
        return endS;
    }

    /** The shape every movement follows. */
    public RampShape shape() {
        return shape;
    }

    /** Changes to the angle made live, in answer to cues; read by every probe made after or before. */
    ThetaCorrections corrections() {
        return corrections;
    }

    public List<SessionSpan> sessions() {
        return sessions;
    }

    public List<RepSpan> reps() {
        return reps;
    }

    public List<ShiftSpan> shifts() {
        return shifts;
    }

    /** A forward-only reader of the body's state; one per consumer (IMU, pressure, labels). */
    public Probe probe() {
        return new Probe();
    }

    /** The body's state at increasing times. */
    public final class Probe {
        private final Channel.Cursor thetaCursor = theta.cursor();
        private final Channel.Cursor presenceCursor = presence.cursor();
        private final Channel.Cursor extraCursor = extraLoad.cursor();
        private final Channel.Cursor lateralCursor = lateral.cursor();
        private final ThetaCorrections.Cursor correctionCursor = corrections.cursor();
        private int session;
        private double thetaRad;
        private double omega;
        private double alpha;

        private Probe() {
        }

        /** The session in force at {@code tS} (the latest one whose lying down has begun), or null. */
        public SessionSpan sessionAt(double tS) {
            while (session + 1 < sessions.size() && sessions.get(session + 1).lieDownStartS() <= tS) {
                session++;
            }
            SessionSpan s = sessions.get(session);
            return s.lieDownStartS() <= tS ? s : null;
        }

        /** Roller angle about X at {@code tS}, rad; also sets {@link #omega()} and {@link #alpha()}. */
        public double theta(double tS) {
            // with no corrections the sums add 0.0: the same bits as the scripted angle alone
            thetaRad = thetaCursor.value(tS) + correctionCursor.value(tS);
            omega = thetaCursor.rate() + correctionCursor.rate();
            alpha = thetaCursor.accel() + correctionCursor.accel();
            return thetaRad;
        }

        /** Angular rate at the last {@link #theta} time, rad/s. */
        public double omega() {
            return omega;
        }

        /** Angular acceleration at the last {@link #theta} time, rad/s². */
        public double alpha() {
            return alpha;
        }

        /** Total true load on the roller at {@code tS}, N. */
        public double load(double tS) {
            SessionSpan s = sessionAt(tS);
            double p = presenceCursor.value(tS);
            double extra = extraCursor.value(tS);
            if (s == null) {
                return 0;
            }
            return Math.max(0, p * (s.f0At(tS) + s.breathAt(tS)) + extra);
        }

        /** Where the load's centre lies along the roller at {@code tS}, mm from the middle, + toward L. */
        public double lateralMm(double tS) {
            SessionSpan s = sessionAt(tS);
            double base = s == null ? 0 : s.lateralMm();
            return base + lateralCursor.value(tS) + 8 * Math.sin(2 * Math.PI * tS / 31.0);
        }
    }
}
