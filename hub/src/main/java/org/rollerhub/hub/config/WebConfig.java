package org.rollerhub.hub.config;

import java.nio.file.Path;
import java.util.Map;
import org.rollerhub.web.WebSettings;

/**
 * The web UI's configuration: whether it is served, and how ({@code web.*} keys,
 * {@code ROLLER_WEB_PASSWORD}).
 */
public record WebConfig(boolean enabled, WebSettings settings) {

    /** The {@code web.*} keys, checked. */
    static WebConfig resolve(CheckedValues values, Map<String, String> env, Path dataDir) throws ConfigException {
        boolean enabled = values.bool(ConfigKeys.WEB_ENABLED, true);
        String bind = values.string(ConfigKeys.WEB_BIND, WebSettings.DEFAULT.bind());
        if (!bind.matches("[A-Za-z0-9.:_-]+")) {
            throw CheckedValues.bad(ConfigKeys.WEB_BIND, values.value(ConfigKeys.WEB_BIND),
                    "is not an address (such as 0.0.0.0, 127.0.0.1 or a host name)");
        }
        int port = values.integer(ConfigKeys.WEB_PORT, WebSettings.DEFAULT_PORT, 1, 65535);
        Path passwordFile = values.existingFile(ConfigKeys.WEB_PASSWORD_FILE);
        String password = env.get(ConfigKeys.WEB_PASSWORD_ENV);
        if (password != null && password.isEmpty()) {
            password = null; // an empty variable counts as unset, as for every ROLLER_* variable
        }
        Path cert = values.existingFile(ConfigKeys.WEB_CERT_FILE);
        Path key = values.existingFile(ConfigKeys.WEB_KEY_FILE);
        if ((cert == null) != (key == null)) {
            String missing = cert == null ? ConfigKeys.WEB_CERT_FILE : ConfigKeys.WEB_KEY_FILE;
            throw new ConfigException("missing value for " + missing + " (" + ConfigKeys.envName(missing)
                    + "): HTTPS needs both web.certFile and web.keyFile");
        }
        WebSettings d = WebSettings.DEFAULT;
        return new WebConfig(enabled, new WebSettings(bind, port, passwordFile, password,
                dataDir.resolve("web-password.bcrypt"), cert, key, d.sessionIdleMinutes(), d.loginFailuresPerMinute()));
    }
}
