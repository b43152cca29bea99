package org.rollerhub.web;

import java.nio.file.Path;

/**
 * How the web UI is served. One default, {@link #DEFAULT}; the hub fills it from its configuration
 * ({@code web.*} keys).
 *
 * @param bind address to listen on ({@code 0.0.0.0} for every interface, {@code 127.0.0.1} for this machine only)
 * @param port TCP port; 0 picks a free one
 * @param passwordFile file whose first line is the login password, or null
 * @param password the login password itself ({@code ROLLER_WEB_PASSWORD}), or null; wins over {@code passwordFile}
 * @param generatedHashFile where a generated password's bcrypt hash is kept when neither is set
 * @param certFile PEM certificate chain for HTTPS, or null for plain HTTP
 * @param keyFile PEM private key (PKCS#8) for HTTPS, or null
 * @param sessionIdleMinutes a login lasts this long without a request, minutes
 * @param loginFailuresPerMinute wrong passwords allowed per client address per minute before refusing for a minute
 */
public record WebSettings(
        String bind,
        int port,
        Path passwordFile,
        String password,
        Path generatedHashFile,
        Path certFile,
        Path keyFile,
        int sessionIdleMinutes,
        int loginFailuresPerMinute) {

    public static final int DEFAULT_PORT = 8080;
    public static final WebSettings DEFAULT = new WebSettings("0.0.0.0", DEFAULT_PORT, null, null, null, null, null, 720, 5);

    public WebSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("web port must be 0..65535, not " + port);
        }
        if ((certFile == null) != (keyFile == null)) {
            throw new IllegalArgumentException("HTTPS needs both a certificate file and a key file");
        }
    }

    /** Whether the UI is served over HTTPS. */
    public boolean https() {
        return certFile != null;
    }

    public WebSettings withBind(String b) {
        return new WebSettings(b, port, passwordFile, password, generatedHashFile, certFile, keyFile, sessionIdleMinutes,
                loginFailuresPerMinute);
    }

    public WebSettings withPort(int p) {
        return new WebSettings(bind, p, passwordFile, password, generatedHashFile, certFile, keyFile, sessionIdleMinutes,
                loginFailuresPerMinute);
    }

    /** With HTTPS from these PEM files (both null: plain HTTP). */
    public WebSettings withHttps(Path cert, Path key) {
        return new WebSettings(bind, port, passwordFile, password, generatedHashFile, cert, key, sessionIdleMinutes,
                loginFailuresPerMinute);
    }

    public WebSettings withPassword(String pw) {
        return new WebSettings(bind, port, passwordFile, pw, generatedHashFile, certFile, keyFile, sessionIdleMinutes,
                loginFailuresPerMinute);
    }
}
