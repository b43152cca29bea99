package org.rollerhub.hub.cli;

import java.nio.file.Path;
import org.rollerhub.hub.config.ConfigKeys;
import picocli.CommandLine.Option;

/** {@code --data-dir DIR}, shared by {@code run} and {@code demo}. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "data folder: raw captures are recorded in DIR/captures")
    String dir;

    /** The folder given, or null. */
    Path path() {
        return dir == null ? null : Path.of(dir);
    }

    /** For {@code run}: the configuration resolves it with the other sources. */
    void addTo(ConfigOverrides overrides) {
        overrides.put(ConfigKeys.DATA_DIR, dir, "--data-dir");
    }
}
