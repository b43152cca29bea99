package org.rollerhub.protocol;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the shared contracts are: the {@code roller.shared.dir} system property (surefire sets it
 * from the parent pom), else {@code ../../shared} relative to the module folder (the checkout's
 * sibling), else {@code ../shared} (run from the checkout root). A set property that names no folder
 * falls back too: a build started inside the module folder computes it one level too shallow.
 */
final class SharedFiles {
    private SharedFiles() {
    }

    static Path dir() {
        String property = System.getProperty("roller.shared.dir");
        for (String candidate : new String[] {property, "../../shared", "../shared"}) {
            if (candidate != null && Files.isRegularFile(Paths.get(candidate, "protocol-vectors.json"))) {
                return Paths.get(candidate);
            }
        }
        throw new IllegalStateException("shared contracts not found (roller.shared.dir=" + property
                + ", working directory " + Paths.get("").toAbsolutePath() + ")");
    }

    static Path file(String name) {
        return dir().resolve(name);
    }
}
