package org.rollerhub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rollerhub.hub.testing.MosquittoBroker;
import org.rollerhub.sim.fleet.FleetHub;
import org.rollerhub.sim.fleet.FleetPlan;
import org.rollerhub.sim.fleet.FleetPublisher;
import org.rollerhub.store.SessionIntake;
import org.rollerhub.web.WebSettings;

/**
 * The server wired whole: sessions a fleet publishes are ingested and show in the physio web UI
 * it serves, where the first administrator (made at the first start) logs in. Real mosquitto,
 * PostgreSQL and HTTP on loopback.
 */
class ServerWebTest {
    private static final String ADMIN_PASSWORD = "first admin password";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void ingestedPatientsShowInTheWebUiItServes() throws Exception {
        FleetPlan plan = FleetPlan.make(5, 6, 60, 600, 0, 0, 0.5);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (MosquittoBroker broker = MosquittoBroker.start(MosquittoBroker.AS_TEST_USER);
                TestDatabase db = new TestDatabase("web")) {
            ServerSettings settings = new ServerSettings(broker.url(), null, null, "web-1", "clinic", "roller",
                    db.url(), TestDatabase.USER, null, 2, 50);
            WebPart web = new WebPart(WebSettings.DEFAULT.withBind("127.0.0.1").withPort(port), "root", ADMIN_PASSWORD, null);
            try (ClinicServer server = new ClinicServer(settings, web)) {
                server.start();
                try (FleetPublisher fleet = new FleetPublisher(broker.url(), "roller", 2, "web-fleet")) {
                    fleet.publish(plan, 0);
                    assertEquals(60, db.awaitSessions(60, 30_000));
                }
                String base = "http://127.0.0.1:" + port + "/";
                HttpResponse<String> anonymous = get(base + "patients", null);
                assertEquals(303, anonymous.statusCode());
                assertEquals(401, logIn(base, "root", "not the password").statusCode());
                HttpResponse<String> ok = logIn(base, "root", ADMIN_PASSWORD);
                assertEquals(303, ok.statusCode(), ok.body());
                String cookie = ok.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("rh_session="))
                        .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
                String patients = get(base + "patients", cookie).body();
                for (FleetHub h : plan.hubs()) {
                    String person = h.personId() != null ? h.personId() : SessionIntake.unassigned(h.deviceId());
                    assertTrue(patients.contains(person), person + " missing from the patient list:\n" + patients);
                }
            }
        }
    }

    private static HttpResponse<String> logIn(String base, String user, String password) throws Exception {
        HttpResponse<String> form = get(base + "login", null);
        String cookie = form.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElse(null);
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(m.find(), form.body());
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + m.group(1) + "&username=" + enc(user)
                        + "&password=" + enc(password)));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
