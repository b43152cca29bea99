package org.rollerhub.hub.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rollerhub.hub.config.CommandLineOverrides;

/** Collects the configuration values given as options, for {@link CommandLineOverrides}. */
final class ConfigOverrides {
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> options = new HashMap<>();
    private final List<String[]> links = new ArrayList<>();

    /** Sets {@code key} from {@code option} when it was given ({@code value} not null). */
    void put(String key, String value, String option) {
        if (value != null) {
            values.put(key, value);
            options.put(key, option);
        }
    }

    /** A roller link of {@code kind} ({@code serial}, {@code tcp}...) given as an option. */
    void link(String kind, String value) {
        links.add(new String[] {kind, value});
    }

    CommandLineOverrides build() {
        return new CommandLineOverrides(values, options, links);
    }
}
