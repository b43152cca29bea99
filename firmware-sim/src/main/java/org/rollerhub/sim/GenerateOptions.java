package org.rollerhub.sim;

import java.util.OptionalInt;

/**
 * Overrides for a generated capture; anything left empty comes from the seed (or the scenario).
 *
 * @param scenario a scripted scenario to play instead of a random one, or null
 * @param link the link to simulate, or null for the seed's (or the scenario's) choice
 * @param imuHz IMU rate override, Hz
 * @param pressureHz pressure rate override, Hz
 */
public record GenerateOptions(Scenario scenario, LinkKind link, OptionalInt imuHz, OptionalInt pressureHz) {

    /** Everything from the seed. */
    public static GenerateOptions defaults() {
        return new GenerateOptions(null, null, OptionalInt.empty(), OptionalInt.empty());
    }

    public GenerateOptions withScenario(Scenario s) {
        return new GenerateOptions(s, link, imuHz, pressureHz);
    }

    public GenerateOptions withLink(LinkKind l) {
        return new GenerateOptions(scenario, l, imuHz, pressureHz);
    }

    public GenerateOptions withRates(Integer imu, Integer pressure) {
        return new GenerateOptions(scenario, link,
                imu == null ? OptionalInt.empty() : OptionalInt.of(imu),
                pressure == null ? OptionalInt.empty() : OptionalInt.of(pressure));
    }
}
