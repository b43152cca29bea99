package org.rollerhub.hub.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Configuration given as command-line options, the highest precedence.
 *
 * @param values key → text, for keys given by an option
 * @param options key → the option's name, for messages
 * @param links links given as options, each {kind, value}, in order; non-empty replaces the configured rollers
 */
public record CommandLineOverrides(Map<String, String> values, Map<String, String> options, List<String[]> links)
        implements ConfigSource {

    /** No options given. */
    public static CommandLineOverrides none() {
        return new CommandLineOverrides(Map.of(), Map.of(), List.of());
    }

    @Override
    public SourcedValue value(String key) {
        String text = values.get(key);
        return text == null ? null : new SourcedValue(text, "option " + options.getOrDefault(key, key));
    }

    @Override
    public List<RollerSpec> rollers() throws ConfigException {
        if (links.isEmpty()) {
            return null;
        }
        List<RollerSpec> rollers = new ArrayList<>();
        for (String[] link : links) {
            try {
                rollers.add(RollerSpec.parse(link[0], link[1]));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("bad value for option --" + link[0] + ": " + e.getMessage());
            }
        }
        return rollers;
    }
}
