package org.rollerhub.sim;

import java.util.OptionalInt;

/**
 * Overrides for a generated capture; anything left empty comes from the seed (or the scenario).
 *
 * @param scenario a scripted scenario to play instead of a random one, or null
 * @param link the link to simulate, or null for the seed's (or the scenario's) choice
 * @param imuHz IMU rate override, Hz
 * @param pressureHz pressure rate override, Hz
 * @param sessions how many sessions a random scenario holds (1..100), instead of the seed's 1–3;
 *     ignored with a scripted scenario
 * @param style how the body moves and breathes ({@link MovementStyle#STEADY} by default)
 */
public record GenerateOptions(Scenario scenario, LinkKind link, OptionalInt imuHz, OptionalInt pressureHz,
                              OptionalInt sessions, MovementStyle style) {

    public GenerateOptions {
        if (style == null) {
            throw new IllegalArgumentException("options need a movement style (MovementStyle.STEADY by default)");
        }
    }

    /** Everything from the seed. */
    public static GenerateOptions defaults() {
        return new GenerateOptions(null, null, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                MovementStyle.STEADY);
    }

    public GenerateOptions withStyle(MovementStyle s) {
        return new GenerateOptions(scenario, link, imuHz, pressureHz, sessions, s);
    }

    public GenerateOptions withScenario(Scenario s) {
        return new GenerateOptions(s, link, imuHz, pressureHz, sessions, style);
    }

    public GenerateOptions withLink(LinkKind l) {
        return new GenerateOptions(scenario, l, imuHz, pressureHz, sessions, style);
    }

    public GenerateOptions withRates(Integer imu, Integer pressure) {
        return new GenerateOptions(scenario, link,
                imu == null ? OptionalInt.empty() : OptionalInt.of(imu),
                pressure == null ? OptionalInt.empty() : OptionalInt.of(pressure), sessions, style);
    }

    /** A random scenario with {@code count} sessions (1..100), e.g. about an hour with 12 or so. */
    public GenerateOptions withSessions(int count) {
        if (count < 1 || count > 100) {
            throw new IllegalArgumentException("sessions must be 1..100, not " + count);
        }
        return new GenerateOptions(scenario, link, imuHz, pressureHz, OptionalInt.of(count), style);
    }
}
