package org.rollerhub.hub.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks an MQTT broker URL: {@code tcp://HOST:PORT} or {@code ssl://HOST:PORT}, with no path. */
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
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("tcp") || scheme.equals("ssl")) || uri.getHost() == null || uri.getHost().isEmpty()
                || uri.getPort() > 65535 || (uri.getPath() != null && !uri.getPath().isEmpty())) {
            throw notAUrl(url, source);
        }
    }

    private static ConfigException notAUrl(String url, String source) {
        return new ConfigException("bad value for " + ConfigKeys.BROKER + " (from " + source + "): '" + url + "'"
                + " is not a broker URL: expected tcp://HOST:PORT or ssl://HOST:PORT");
    }
}
