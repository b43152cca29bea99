package org.rollerhub.hub.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks an MQTT broker URL: {@code tcp://HOST:PORT} or {@code ssl://HOST:PORT}, with no path and
 * no {@code user:password@} part. Credentials belong in the {@code username} and
 * {@code passwordFile} settings (or {@code ROLLER_MQTT_PASSWORD}), where they are never logged;
 * a URL is logged and shown as it is. Messages never repeat the user part of the URL.
 */
public final class BrokerUrl {
    private BrokerUrl() {
    }

    /**
     * @param url the URL as given
     * @param source where it came from, for the message ({@code option --broker}, {@code default})
     * @throws ConfigException when it is not a usable broker URL
     */
    public static void check(String url, String source) throws ConfigException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw notAUrl(url, source);
        }
        if (uri.getRawUserInfo() != null) {
            throw new ConfigException("bad value for " + ConfigKeys.BROKER + " (from " + source + "): '"
                    + withoutUserInfo(uri) + "' holds a user name or password before '@': give them as the "
                    + ConfigKeys.USERNAME + " and " + ConfigKeys.PASSWORD_FILE + " settings (or "
                    + ConfigKeys.PASSWORD_ENV + "), not in the URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("tcp") || scheme.equals("ssl")) || uri.getHost() == null || uri.getHost().isEmpty()
                || uri.getPort() > 65535 || (uri.getPath() != null && !uri.getPath().isEmpty())) {
            throw notAUrl(url, source);
        }
    }

    private static ConfigException notAUrl(String url, String source) {
        String shown = url.contains("@") ? "(not shown: it holds an '@')" : "'" + url + "'";
        return new ConfigException("bad value for " + ConfigKeys.BROKER + " (from " + source + "): " + shown
                + " is not a broker URL: expected tcp://HOST:PORT or ssl://HOST:PORT");
    }

    private static String withoutUserInfo(URI uri) {
        return uri.getScheme() + "://***@" + uri.getRawAuthority().substring(uri.getRawAuthority().lastIndexOf('@') + 1)
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }
}
