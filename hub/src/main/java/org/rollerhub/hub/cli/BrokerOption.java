package org.rollerhub.hub.cli;

import org.rollerhub.hub.config.BrokerUrl;
import org.rollerhub.hub.config.ConfigException;
import org.rollerhub.hub.config.ConfigKeys;
import picocli.CommandLine.Option;

/** {@code --broker URL}, shared by {@code run} and {@code demo}. */
public final class BrokerOption {
    @Option(names = "--broker", paramLabel = "URL",
            description = "MQTT broker, tcp://HOST:PORT or ssl://HOST:PORT")
    String url;

    /** The URL given, or null. */
    String url() {
        return url;
    }

    /** For {@code run}: the configuration checks it with the other sources. */
    void addTo(ConfigOverrides overrides) {
        overrides.put(ConfigKeys.BROKER, url, "--broker");
    }

    /**
     * For commands without a configuration: the URL, checked, or null when not given.
     *
     * @throws ConfigException when it is not a usable broker URL (or holds a password)
     */
    String checked() throws ConfigException {
        if (url != null) {
            BrokerUrl.check(url, "option --broker");
        }
        return url;
    }
}
