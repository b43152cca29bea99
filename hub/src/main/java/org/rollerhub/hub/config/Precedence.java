package org.rollerhub.hub.config;

import java.util.List;

/**
 * Sources in falling precedence: a key takes its value from the first source that gives one, the
 * rollers from the first source that lists any. Defaults are the caller's, when none gives a value.
 */
final class Precedence {
    private final List<ConfigSource> sources;

    /** @param sources highest precedence first */
    Precedence(List<ConfigSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The winning value of {@code key}, or null when no source gives one. */
    SourcedValue value(String key) {
        for (ConfigSource s : sources) {
            SourcedValue v = s.value(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The rollers of the first source that lists any; empty if none does. */
    List<RollerSpec> rollers() throws ConfigException {
        for (ConfigSource s : sources) {
            List<RollerSpec> r = s.rollers();
            if (r != null) {
                return r;
            }
        }
        return List.of();
    }
}
