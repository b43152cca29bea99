package org.rollerhub.hub.config;

/**
 * A bad or missing configuration value. The message names the key and where the value came from
 * (command-line option, environment variable, config file), and is meant for the user as it is:
 * commands print it without a stack trace and exit with code 2.
 */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
