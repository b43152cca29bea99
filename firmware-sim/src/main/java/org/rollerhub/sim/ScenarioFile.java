package org.rollerhub.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Scripted scenarios (placeholder). */
public final class ScenarioFile {
    private ScenarioFile() {
    }

    public static Scenario read(Path file) throws IOException {
        throw new IllegalArgumentException("scenario files not yet supported: " + file + Files.exists(file));
    }
}
