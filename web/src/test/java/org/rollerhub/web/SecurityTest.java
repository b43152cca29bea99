package org.rollerhub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rollerhub.web.testing.TestServer;

/** Real HTTP on 127.0.0.1: what is refused, and how the cookies are set. */
class SecurityTest {
    private static TestServer web;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws IOException {
        web = new TestServer();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void withoutLoginOnlyTheLoginPageAndAssetsAreReachable() throws Exception {
        HttpResponse<String> live = get("live", null);
        assertEquals(303, live.statusCode());
        assertEquals("/login", live.headers().firstValue("Location").orElseThrow());
        assertEquals(401, get("live/events", null).statusCode());
        assertEquals(401, post("logout", null, "").statusCode());
        assertEquals(200, get("login", null).statusCode());
        assertEquals(200, get("assets/site.css", null).statusCode());
        assertEquals(200, get("webjars/uplot/1.6.30/dist/uPlot.iife.min.js", null).statusCode());
        HttpResponse<String> forged = get("live", "rh_session=made-up");
        assertEquals(303, forged.statusCode());
    }

    @Test
    void assetsComeWithTheirTypesAndNothingElseOfTheClassPathIsServed() throws Exception {
        HttpResponse<String> css = get("assets/site.css", null);
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(css.body().length() > 100, css.body());
        HttpResponse<String> uplot = get("webjars/uplot/1.6.30/dist/uPlot.iife.min.js", null);
        assertTrue(uplot.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
        assertTrue(uplot.body().contains("uPlot"));
        assertTrue(uplot.headers().firstValue("Cache-Control").orElseThrow().contains("immutable"));
        for (String path : new String[] {"assets/nothing.css", "assets/../org/rollerhub/web/WebServer.class",
                "assets/%2e%2e/org/rollerhub/web/WebServer.class", "assets/..%2forg/rollerhub/web/Routes.class",
                "webjars/../logback.xml", "webjars/..%2F..%2Flogback.xml", "assets/site.css.bak",
                "webjars/uplot/1.6.30/pom.xml"}) {
            HttpResponse<String> r = get(path, null);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400 || r.statusCode() == 303, path + ": " + r.statusCode());
            assertTrue(!r.body().contains("CAFEBABE") && !r.body().contains("<configuration"), path);
        }
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        Form f = loginForm();
        HttpResponse<String> r = post("login", f.cookie, "_csrf=" + f.csrf + "&password=wrong");
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("Wrong password."));
        assertTrue(r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("rh_session=")));
    }

    @Test
    void aLoginWithoutItsCsrfTokenIsRefused() throws Exception {
        Form f = loginForm();
        assertEquals(403, post("login", f.cookie, "password=" + enc(TestServer.PASSWORD)).statusCode());
        assertEquals(403, post("login", null, "_csrf=" + f.csrf + "&password=" + enc(TestServer.PASSWORD)).statusCode());
    }

    @Test
    void aLoggedInFormWithoutCsrfTokenIsRefused() throws Exception {
        String session = logIn();
        assertEquals(200, get("live", session).statusCode());
        HttpResponse<String> r = post("logout", session, "");
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("CSRF"));
        assertEquals(200, get("live", session).statusCode(), "still logged in: the forged logout did nothing");
        String csrf = field(get("live", session).body(), "_csrf");
        assertEquals(303, post("logout", session, "_csrf=" + csrf).statusCode());
        assertEquals(303, get("live", session).statusCode(), "logged out");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() throws Exception {
        Form f = loginForm();
        HttpResponse<String> r = post("login", f.cookie, "_csrf=" + f.csrf + "&password=" + enc(TestServer.PASSWORD));
        assertEquals(303, r.statusCode());
        String set = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("rh_session=")).findFirst().orElseThrow();
        assertTrue(set.contains("HttpOnly"), set);
        assertTrue(set.contains("SameSite=Strict"), set);
    }

    @Test
    void loginIsRateLimitedPerAddress() throws Exception {
        try (TestServer own = new TestServer()) {
            int last = 0;
            for (int i = 0; i < 6; i++) {
                Form f = loginForm(own.url());
                last = send(own.url(), "login", f.cookie, "_csrf=" + f.csrf + "&password=nope" + i).statusCode();
            }
            assertEquals(429, last);
            Form f = loginForm(own.url());
            HttpResponse<String> right = send(own.url(), "login", f.cookie, "_csrf=" + f.csrf + "&password=" + enc(TestServer.PASSWORD));
            assertEquals(429, right.statusCode(), "even the right password waits out the minute");
            assertNotNull(right.headers().firstValue("Retry-After").orElse(null));
        }
    }

    // ---- helpers ----

    record Form(String cookie, String csrf) {
    }

    static Form loginForm() throws Exception {
        return loginForm(web.url());
    }

    static Form loginForm(String base) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("rh_login="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        return new Form(cookie, field(r.body(), "_csrf"));
    }

    /** Logs in; returns the session cookie. */
    static String logIn() throws Exception {
        Form f = loginForm();
        HttpResponse<String> r = post("login", f.cookie, "_csrf=" + f.csrf + "&password=" + enc(TestServer.PASSWORD));
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("rh_session="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "no " + name + " field");
        return m.group(1);
    }

    static HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(web.url() + path));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String cookie, String form) throws Exception {
        return send(web.url(), path, cookie, form);
    }

    static HttpResponse<String> send(String base, String path, String cookie, String form) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
