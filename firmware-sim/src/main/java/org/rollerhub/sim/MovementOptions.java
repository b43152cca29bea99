package org.rollerhub.sim;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The command-line options that set a simulated capture's {@link MovementStyle}, shared by the
 * commands that simulate ({@code generate}, {@code serve}, the hub's {@code evaluate}).
 */
public final class MovementOptions {
    @Option(names = "--ramp-shape", paramLabel = "SHAPE",
            description = "Shape of every movement: smoothstep (default), cosine or min-jerk.")
    String rampShape;

    @Option(names = "--breath-wander", paramLabel = "FRACTION",
            description = "Breathing that strays from a steady sine, 0..0.5: its rate wanders by this fraction "
                    + "and its swing by 1.5 times it (default 0: steady).")
    Double breathWander;

    /** Whether either option was given. */
    public boolean given() {
        return rampShape != null || breathWander != null;
    }

    /** {@code options} with the style these options give; a bad value is a usage error of {@code spec}. */
    public GenerateOptions applyTo(GenerateOptions options, CommandSpec spec) {
        MovementStyle style = options.style();
        try {
            if (rampShape != null) {
                style = style.withRampShape(RampShape.parse(rampShape));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--ramp-shape: " + e.getMessage());
        }
        try {
            if (breathWander != null) {
                style = style.withBreathWander(breathWander);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--breath-wander: " + e.getMessage());
        }
        return options.withStyle(style);
    }
}
