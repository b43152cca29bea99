package org.rollerhub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rollerhub.store.SessionStore;
import org.rollerhub.store.SqliteStore;
import org.rollerhub.web.live.LiveBroadcaster;
import org.rollerhub.web.security.LoginPassword;
import org.rollerhub.web.testing.Browser;
import org.rollerhub.web.testing.TestServer;
import org.rollerhub.web.testing.WebLogin;

/** The people pages in headless Chromium on a real SQLite history: field messages, then saved people and plans. */
class PeopleBrowserTest {
    @TempDir
    static Path dir;
    private static SessionStore store;
    private static WebServer server;
    private static LiveBroadcaster live;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Browser.available(), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        store = SqliteStore.open(dir.resolve("history.db"));
        live = new LiveBroadcaster();
        server = WebServer.start(WebSettings.DEFAULT.withBind("127.0.0.1").withPort(0),
                LoginPassword.resolve(TestServer.PASSWORD, null, null), live, store, "test");
        browser = Browser.start();
        WebLogin.logIn(browser, server.localUrl(), TestServer.PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
            server.close();
            live.close();
            store.close();
        }
    }

    private static void type(String id, String text) {
        WebElement e = browser.driver().findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    private static String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    @Test
    void wrongFieldsAreNamedBesideThemAndRightOnesAreSaved() {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        browser.driver().get(server.localUrl() + "people");
        type("f-id", "anna lena");
        type("f-name", "Anna");
        type("f-stature", "300");
        type("f-level", "L3");
        type("f-zone", "Mars/Olympus");
        browser.driver().findElement(By.id("save-person")).click();
        wait.until(d -> !d.findElements(By.id("err-id")).isEmpty());
        assertTrue(text("err-id").contains("not an id"), text("err-id"));
        assertTrue(text("err-statureCm").contains("100 to 250 cm"), text("err-statureCm"));
        assertTrue(text("err-startLevel").contains("T1 to T12"), text("err-startLevel"));
        assertTrue(text("err-zone").contains("not a time zone"), text("err-zone"));
        assertEquals("Anna", browser.driver().findElement(By.id("f-name")).getAttribute("value"), "what was typed stays");

        type("f-id", "anna");
        type("f-stature", "168");
        type("f-level", "T7");
        type("f-zone", "Europe/Berlin");
        browser.driver().findElement(By.id("save-person")).click();
        wait.until(d -> d.getCurrentUrl().contains("/people/anna"));
        assertEquals("Saved.", text("saved"));
        assertEquals(168.0, store.person("anna").orElseThrow().statureCm());

        type("p-days", "9");
        type("p-lfrom", "T8");
        type("p-lto", "T4");
        browser.driver().findElement(By.id("save-plan")).click();
        wait.until(d -> !d.findElements(By.id("err-daysPerWeek")).isEmpty());
        assertTrue(text("err-daysPerWeek").contains("1 to 7"), text("err-daysPerWeek"));
        assertTrue(text("err-levelTo").contains("head end first"), text("err-levelTo"));

        type("p-days", "4");
        type("p-lfrom", "T4");
        type("p-lto", "T8");
        browser.driver().findElement(By.id("save-plan")).click();
        wait.until(d -> !d.findElements(By.id("plans")).isEmpty());
        assertEquals(4, store.plans("anna").get(0).daysPerWeek());
        assertTrue(text("plans").contains("4 days a week"), text("plans"));
    }
}
