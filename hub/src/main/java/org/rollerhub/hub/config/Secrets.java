package org.rollerhub.hub.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads the MQTT password: {@code ROLLER_MQTT_PASSWORD} if set, else the first line of
 * {@code passwordFile}, trimmed. Never from the config file or the command line, where it would
 * be seen by others; never put in a message.
 */
final class Secrets {
    private Secrets() {
    }

    /**
     * @param env the environment
     * @param passwordFile the checked {@code passwordFile}, or null
     * @return the password, or null for none (unset or empty)
     * @throws ConfigException when the file cannot be read
     */
    static String mqttPassword(Map<String, String> env, Path passwordFile) throws ConfigException {
        String password = env.get(ConfigKeys.PASSWORD_ENV);
        if ((password == null || password.isEmpty()) && passwordFile != null) {
            try {
                List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
                password = lines.isEmpty() ? "" : lines.get(0).strip();
            } catch (IOException e) {
                throw new ConfigException("bad value for " + ConfigKeys.PASSWORD_FILE + ": cannot read "
                        + passwordFile + ": " + e.getMessage());
            }
        }
        return password == null || password.isEmpty() ? null : password;
    }
}
