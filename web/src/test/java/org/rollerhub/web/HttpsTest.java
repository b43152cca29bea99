package org.rollerhub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.web.testing.TestServer;

/** HTTPS with a certificate made by openssl for this run: the UI answers over TLS only, and its cookie is Secure. */
class HttpsTest {
    @TempDir
    Path dir;

    @Test
    void servesOverTlsWithSecureCookies() throws Exception {
        Path cert = dir.resolve("web.crt");
        Path key = dir.resolve("web.key");
        Process p = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                "-keyout", key.toString(), "-out", cert.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor());
        WebSettings s = new WebSettings("127.0.0.1", 0, null, null, null, cert, key, 60, 5);
        try (TestServer web = new TestServer(s)) {
            assertTrue(web.url().startsWith("https://127.0.0.1:"), web.url());
            HttpClient tls = HttpClient.newBuilder().sslContext(trusting(cert)).build();
            HttpResponse<String> form = tls.send(HttpRequest.newBuilder(URI.create(web.url() + "login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, form.statusCode());
            String loginCookie = form.headers().allValues("Set-Cookie").get(0);
            assertTrue(loginCookie.contains("Secure"), loginCookie);
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
            assertTrue(m.find());
            HttpResponse<String> in = tls.send(HttpRequest.newBuilder(URI.create(web.url() + "login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", loginCookie.substring(0, loginCookie.indexOf(';')))
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + m.group(1) + "&password="
                            + java.net.URLEncoder.encode(TestServer.PASSWORD, java.nio.charset.StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(303, in.statusCode());
            String session = in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("rh_session=")).findFirst().orElseThrow();
            assertTrue(session.contains("Secure") && session.contains("HttpOnly") && session.contains("SameSite=Strict"), session);
            // plain HTTP to the HTTPS port gets no page
            String plain = web.url().replace("https://", "http://") + "login";
            assertThrows(IOException.class, () -> {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(plain)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
                throw new IOException("refused: " + r.statusCode());
            });
        }
    }

    @Test
    void aKeyThatIsNotPkcs8IsRefusedWithTheFix() throws Exception {
        Path cert = dir.resolve("c.crt");
        Path key = dir.resolve("c.key");
        Files.writeString(cert, "not a certificate");
        Files.writeString(key, "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
        IOException e = assertThrows(IOException.class, () -> new TestServer(new WebSettings("127.0.0.1", 0, null, null, null,
                cert, key, 60, 5)));
        assertTrue(e.getMessage().contains("web.certFile"), e.getMessage());
    }

    private static SSLContext trusting(Path cert) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        try (InputStream in = Files.newInputStream(cert)) {
            ks.setCertificateEntry("web", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext c = SSLContext.getInstance("TLS");
        c.init(null, tmf.getTrustManagers(), null);
        return c;
    }
}
