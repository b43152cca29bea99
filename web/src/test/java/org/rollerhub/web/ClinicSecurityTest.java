package org.rollerhub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rollerhub.web.SecurityTest.enc;
import static org.rollerhub.web.SecurityTest.field;
import static org.rollerhub.web.SecurityTest.loginForm;
import static org.rollerhub.web.SecurityTest.send;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.store.JdbcSessionStore;
import org.rollerhub.store.SqliteStore;
import org.rollerhub.store.clinic.Account;
import org.rollerhub.store.clinic.ClinicStore;
import org.rollerhub.store.clinic.Role;
import org.rollerhub.web.clinic.ClinicAccounts;
import org.rollerhub.web.testing.ClinicData;

/** The clinic's UI over real HTTP (on an SQLite file: the security does not depend on the database). */
class ClinicSecurityTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    @TempDir
    Path dir;
    private JdbcSessionStore store;
    private ClinicStore clinic;
    private ClinicWebServer web;

    @BeforeEach
    void start() throws Exception {
        store = SqliteStore.open(dir.resolve("clinic.db"));
        clinic = ClinicStore.on(store);
        clinic.addAccount(new Account("ann", "Ann", Role.PHYSIO, ClinicAccounts.hash(ClinicData.PASSWORD), ClinicData.NOW));
        web = ClinicWebServer.start(store, clinic, WebSettings.DEFAULT.withBind("127.0.0.1").withPort(0), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        web.close();
        store.close();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(web.localUrl() + path));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> logIn(String username, String password) throws Exception {
        SecurityTest.Form f = loginForm(web.localUrl());
        return send(web.localUrl(), "login", f.cookie(), "_csrf=" + f.csrf() + "&username=" + enc(username)
                + "&password=" + enc(password));
    }

    private static String sessionCookie(HttpResponse<String> login) {
        return login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("rh_session="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    @Test
    void withoutLoginOnlyTheLoginPageAndAssetsAreReachable() throws Exception {
        for (String page : new String[] {"patients", "history?person=x", "admin/audit", "sessions/x/report.pdf"}) {
            HttpResponse<String> r = get(page, null);
            assertEquals(303, r.statusCode(), page);
            assertEquals("/login", r.headers().firstValue("Location").orElseThrow());
        }
        assertEquals(401, send(web.localUrl(), "admin/accounts", null, "username=eve").statusCode());
        assertEquals(200, get("login", null).statusCode());
        assertTrue(get("login", null).body().contains("id=\"username\""));
        assertEquals(200, get("assets/site.css", null).statusCode());
        assertEquals(303, get("patients", "rh_session=made-up").statusCode());
    }

    @Test
    void aLoginSetsAStrictHttpOnlyCookieAndAWrongNameOrPasswordIsRefusedAlike() throws Exception {
        HttpResponse<String> ok = logIn("ann", ClinicData.PASSWORD);
        assertEquals(303, ok.statusCode());
        assertEquals("/patients", ok.headers().firstValue("Location").orElseThrow());
        String set = ok.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("rh_session=")).findFirst().orElseThrow();
        assertTrue(set.contains("HttpOnly") && set.contains("SameSite=Strict"), set);
        assertEquals(200, get("patients", sessionCookie(ok)).statusCode());
        HttpResponse<String> wrongPassword = logIn("ann", "not it at all");
        HttpResponse<String> wrongName = logIn("nobody", ClinicData.PASSWORD);
        assertEquals(401, wrongPassword.statusCode());
        assertEquals(401, wrongName.statusCode());
        assertTrue(wrongPassword.body().contains("Wrong username or password.") && wrongName.body().contains("Wrong username or password."));
        assertEquals(2, clinic.audit(10).stream().filter(e -> e.action().equals("login-failed")).count());
    }

    @Test
    void aLoginWithoutItsCsrfTokenIsRefused() throws Exception {
        SecurityTest.Form f = loginForm(web.localUrl());
        assertEquals(403, send(web.localUrl(), "login", f.cookie(), "username=ann&password=" + enc(ClinicData.PASSWORD)).statusCode());
    }

    @Test
    void loginIsRateLimitedPerAddress() throws Exception {
        int last = 0;
        for (int i = 0; i < 6; i++) {
            last = logIn("ann", "nope" + i).statusCode();
        }
        assertEquals(429, last);
        assertEquals(429, logIn("ann", ClinicData.PASSWORD).statusCode(), "even the right password waits out the minute");
    }

    @Test
    void aPhysioCannotAddAccountsEvenWithTheirToken() throws Exception {
        String session = sessionCookie(logIn("ann", ClinicData.PASSWORD));
        String csrf = field(get("patients", session).body(), "_csrf");
        HttpResponse<String> r = send(web.localUrl(), "admin/accounts", session, "_csrf=" + csrf
                + "&username=eve&name=Eve&role=admin&password=" + enc("a long enough password"));
        assertEquals(403, r.statusCode());
        assertFalse(clinic.account("eve").isPresent());
        assertEquals("refused", clinic.audit(1).get(0).action());
        assertEquals(403, send(web.localUrl(), "admin/accounts", session, "username=eve").statusCode(), "and without it");
    }

    @Test
    void aPhysioCannotTellAnotherPhysiosSessionFromOneThatIsNotThere() throws Exception {
        web.close(); // this one needs the prepared clinic: two physios, their patients and sessions
        store.close();
        store = SqliteStore.open(dir.resolve("seeded.db"));
        clinic = ClinicStore.on(store);
        ClinicData.seed(store, clinic);
        web = ClinicWebServer.start(store, clinic, WebSettings.DEFAULT.withBind("127.0.0.1").withPort(0), Clock.systemUTC());
        String ann = sessionCookie(logIn("ann", ClinicData.PASSWORD));
        assertEquals(200, get("sessions/" + ClinicData.ANNS_SESSION, ann).statusCode());
        assertEquals(403, get("sessions/" + ClinicData.BOBS_SESSION, ann).statusCode());
        assertEquals(403, get("sessions/aa01-no-such-session", ann).statusCode());
        assertEquals(403, get("sessions/aa01-no-such-session/report.pdf", ann).statusCode());
        assertEquals("refused", clinic.audit(1).get(0).action());
        assertTrue(clinic.audit(1).get(0).detail().contains("aa01-no-such-session"), clinic.audit(1).get(0).detail());
        String root = sessionCookie(logIn("root", ClinicData.PASSWORD));
        assertEquals(404, get("sessions/aa01-no-such-session", root).statusCode(), "an admin is told it is not there");
        assertEquals(200, get("sessions/" + ClinicData.BOBS_SESSION, root).statusCode());
    }
}
