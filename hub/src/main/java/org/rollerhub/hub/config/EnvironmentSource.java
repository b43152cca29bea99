package org.rollerhub.hub.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Configuration from {@code ROLLER_*} environment variables ({@link ConfigKeys#envName}); an
 * empty variable counts as unset. Rollers are a comma-separated list in {@code ROLLER_ROLLERS}.
 */
final class EnvironmentSource implements ConfigSource {
    private final Map<String, String> env;

    /** @param env the environment ({@code System.getenv()}) */
    EnvironmentSource(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public SourcedValue value(String key) {
        String name = ConfigKeys.envName(key);
        String text = env.get(name);
        return text == null || text.isEmpty() ? null : new SourcedValue(text, "environment variable " + name);
    }

    @Override
    public List<RollerSpec> rollers() throws ConfigException {
        String name = ConfigKeys.envName(ConfigKeys.ROLLERS);
        String list = env.get(name);
        if (list == null || list.isBlank()) {
            return null;
        }
        List<RollerSpec> rollers = new ArrayList<>();
        for (String item : list.split(",")) {
            try {
                rollers.add(RollerSpec.parse(item.trim()));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("bad value for rollers (from environment variable " + name + "): "
                        + e.getMessage());
            }
        }
        return rollers;
    }
}
