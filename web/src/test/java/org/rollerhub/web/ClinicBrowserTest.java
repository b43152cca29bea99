package org.rollerhub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rollerhub.store.clinic.AuditEntry;
import org.rollerhub.store.clinic.ClinicStore;
import org.rollerhub.web.security.Guard;
import org.rollerhub.web.testing.Browser;
import org.rollerhub.web.testing.ClinicData;
import org.rollerhub.web.testing.TestDatabase;
import org.rollerhub.web.testing.WebLogin;

/**
 * The clinic's UI in headless Chromium on a real PostgreSQL with {@link ClinicData}: a physio sees
 * exactly their patients with the right flags (read from the DOM), opens a patient's history and a
 * session, downloads its PDF (audited); another physio's patient asked for by URL is refused (403,
 * audited); a wrong password and a form without its CSRF token are refused; the admin adds an
 * account (field messages first), assigns a patient and reads the audit log.
 */
class ClinicBrowserTest {
    private static TestDatabase db;
    private static ClinicStore clinic;
    private static ClinicWebServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Browser.available(), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        db = TestDatabase.create("roller_clinicweb_test");
        clinic = ClinicStore.on(db.store);
        ClinicData.seed(db.store, clinic);
        server = ClinicWebServer.start(db.store, clinic, WebSettings.DEFAULT.withBind("127.0.0.1").withPort(0),
                Clock.fixed(ClinicData.NOW, ZoneOffset.UTC));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private static String url() {
        return server.localUrl();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
    }

    /** Patient id → the flags on their row, from the page's DOM. */
    private static Map<String, List<String>> flagsOnPage() {
        Map<String, List<String>> out = new HashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#patients tbody tr"))) {
            out.put(row.getAttribute("data-person"), row.findElements(By.cssSelector("[data-flag]")).stream()
                    .map(e -> e.getAttribute("data-flag")).toList());
        }
        return out;
    }

    private static HttpResponse<byte[]> get(String path, String cookie) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url() + path.substring(1))).GET();
        if (cookie != null) {
            r.header("Cookie", Guard.COOKIE + "=" + cookie);
        }
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String browserCookie() {
        return browser.driver().manage().getCookieNamed(Guard.COOKIE).getValue();
    }

    private static long audited(String user, String action, String person) {
        return clinic.audit(1000).stream().filter(e -> e.username().equals(user) && e.action().equals(action)
                && (person == null || person.equals(e.personId()))).count();
    }

    @Test
    void aPhysioSeesExactlyTheirPatientsWithTheRightFlags() throws Exception {
        WebLogin.logIn(browser, url(), "ann", ClinicData.PASSWORD);
        assertEquals(ClinicData.ANNS_FLAGS, flagsOnPage());
        assertEquals("4", browser.driver().findElement(By.id("flagged-count")).getText());
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#patients tbody tr"));
        assertEquals("p-ok", rows.get(rows.size() - 1).getAttribute("data-person"), "the unflagged last");
        browser.screenshot("clinic-patients-desktop");
        browser.size(390, 844);
        browser.screenshot("clinic-patients-phone");
        browser.size(1280, 900);
    }

    @Test
    void aPhysioOpensAHistoryAndASessionAndItsPdfDownloadIsAudited() throws Exception {
        WebLogin.logIn(browser, url(), "ann", ClinicData.PASSWORD);
        browser.driver().findElement(By.cssSelector("tr[data-person='p-ok'] a.name")).click();
        waiting().until(d -> !d.findElements(By.id("sessions")).isEmpty());
        assertEquals(7, browser.driver().findElements(By.cssSelector("#sessions tbody tr")).size());
        List<String> choices = browser.driver().findElements(By.cssSelector("#person option")).stream()
                .map(e -> e.getAttribute("value")).sorted().toList();
        assertEquals(ClinicData.ANNS_FLAGS.keySet().stream().sorted().toList(), choices, "only Ann's patients to choose from");
        browser.driver().findElement(By.cssSelector("tr[data-session='" + ClinicData.ANNS_SESSION + "'] a")).click();
        waiting().until(d -> !d.findElements(By.id("download-pdf")).isEmpty());
        String pdf = browser.driver().findElement(By.id("download-pdf")).getAttribute("href");
        long before = audited("ann", "export", "p-ok");
        HttpResponse<byte[]> r = get(URI.create(pdf).getPath(), browserCookie());
        assertEquals(200, r.statusCode());
        assertEquals("%PDF", new String(r.body(), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(before + 1, audited("ann", "export", "p-ok"), "the export is audited");
        AuditEntry newest = clinic.audit(1).get(0);
        assertEquals("session " + ClinicData.ANNS_SESSION + " report.pdf", newest.detail());
        assertEquals(ClinicData.NOW, newest.at());
        assertEquals(303, get(URI.create(pdf).getPath(), null).statusCode(), "not without a login");
    }

    @Test
    void anotherPhysiosPatientIsRefusedAndAudited() throws Exception {
        WebLogin.logIn(browser, url(), "ann", ClinicData.PASSWORD);
        long before = audited("ann", "refused", ClinicData.BOBS_PATIENT);
        browser.driver().get(url() + "history?person=" + ClinicData.BOBS_PATIENT);
        assertEquals("Refused", browser.driver().findElement(By.tagName("h1")).getText());
        assertTrue(browser.driver().findElements(By.id("sessions")).isEmpty());
        assertEquals(403, get("/history?person=" + ClinicData.BOBS_PATIENT, browserCookie()).statusCode());
        assertEquals(403, get("/sessions/" + ClinicData.BOBS_SESSION, browserCookie()).statusCode());
        assertEquals(403, get("/sessions/" + ClinicData.BOBS_SESSION + "/report.pdf", browserCookie()).statusCode());
        assertEquals(403, get("/progress?person=" + ClinicData.BOBS_PATIENT, browserCookie()).statusCode());
        assertEquals(403, get("/progress/report.csv.zip?person=" + ClinicData.BOBS_PATIENT, browserCookie()).statusCode());
        assertEquals(before + 6, audited("ann", "refused", ClinicData.BOBS_PATIENT), "the page and the five requests");
        assertEquals(403, get("/admin/audit", browserCookie()).statusCode(), "a physio is no admin");
        assertEquals(0, audited("ann", "export", ClinicData.BOBS_PATIENT));
    }

    @Test
    void aWrongPasswordIsRefused() {
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(url() + "login");
        browser.driver().findElement(By.id("username")).sendKeys("ann");
        browser.driver().findElement(By.id("password")).sendKeys("not the password");
        browser.driver().findElement(By.id("login")).click();
        waiting().until(d -> !d.findElements(By.id("login-error")).isEmpty());
        assertEquals("Wrong username or password.", browser.driver().findElement(By.id("login-error")).getText());
        assertEquals("ann", browser.driver().findElement(By.id("username")).getAttribute("value"), "the name stays");
        assertTrue(audited("ann", "login-failed", null) >= 1);
    }

    @Test
    void aPostWithoutItsCsrfTokenIsRefused() throws Exception {
        WebLogin.logIn(browser, url(), "root", ClinicData.PASSWORD);
        HttpRequest post = HttpRequest.newBuilder(URI.create(url() + "admin/assignments"))
                .header("Cookie", Guard.COOKIE + "=" + browserCookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=ann&person=" + ClinicData.BOBS_PATIENT)).build();
        assertEquals(403, HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertTrue(!clinic.maySee("ann", ClinicData.BOBS_PATIENT), "nothing changed");
    }

    @Test
    void theAdminAddsAnAccountAssignsAPatientAndReadsTheAuditLog() throws Exception {
        WebLogin.logIn(browser, url(), "root", ClinicData.PASSWORD);
        assertEquals(6, browser.driver().findElements(By.cssSelector("#patients tbody tr")).size(), "an admin sees everyone");
        browser.driver().get(url() + "admin/accounts");
        browser.driver().findElement(By.id("f-username")).sendKeys("Cara Smith");
        browser.driver().findElement(By.id("f-password")).sendKeys("short");
        browser.driver().findElement(By.id("add-account")).click();
        waiting().until(d -> !d.findElements(By.id("err-username")).isEmpty());
        assertTrue(browser.driver().findElement(By.id("err-username")).getText().contains("not a username"));
        assertTrue(browser.driver().findElement(By.id("err-password")).getText().contains("at least 10 characters"));
        WebElement name = browser.driver().findElement(By.id("f-username"));
        assertEquals("Cara Smith", name.getAttribute("value"), "what was typed stays");
        name.clear();
        name.sendKeys("cara");
        browser.driver().findElement(By.id("f-name")).sendKeys("Cara Physio");
        browser.driver().findElement(By.id("f-password")).sendKeys("a long enough password");
        browser.driver().findElement(By.id("add-account")).click();
        waiting().until(d -> !d.findElements(By.id("saved")).isEmpty());
        assertTrue(clinic.account("cara").isPresent());

        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("a-username"))).selectByValue("cara");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("a-person"))).selectByValue("p-comp");
        browser.driver().findElement(By.id("assign")).click();
        waiting().until(d -> d.getCurrentUrl().contains("saved=assigned"));
        assertEquals(List.of("p-comp"), clinic.patientsOf("cara"));
        browser.screenshot("clinic-accounts-desktop");

        browser.driver().get(url() + "admin/audit");
        List<String> actions = browser.driver().findElements(By.cssSelector("#audit tbody tr")).stream()
                .map(e -> e.getAttribute("data-action")).toList();
        assertTrue(actions.contains("account-added") && actions.contains("patient-assigned"), actions.toString());
    }
}
