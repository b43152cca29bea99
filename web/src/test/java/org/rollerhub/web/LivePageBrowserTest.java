package org.rollerhub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rollerhub.web.testing.Browser;
import org.rollerhub.web.testing.TestServer;
import org.rollerhub.web.testing.WebLogin;

/**
 * The live page in headless Chromium, fed event lines as the hub publishes them: roller card,
 * reps, the compensation warning, the lower-back alert, a page that joins mid-session.
 */
class LivePageBrowserTest {
    private static TestServer web;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Browser.available(), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        web = new TestServer();
        browser = Browser.start();
        WebLogin.logIn(browser, web.url(), TestServer.PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (web != null) {
            web.close();
        }
    }

    private static WebDriverWait await() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(5));
    }

    private static String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    @Test
    void showsTheRollerThenRepsCompensationsAndTheLowerBackAsTheyHappen() {
        browser.driver().get(web.url() + "live");
        await().until(d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));
        web.live.status("A1B2", "{\"deviceId\":\"A1B2\",\"link\":\"connected\",\"firmware\":\"1.2.0\","
                + "\"battery\":{\"mv\":3900,\"pct\":81,\"charging\":false,\"low\":false}}");
        await().until(d -> d.findElements(By.cssSelector(".roller[data-device='A1B2'] .battery")).size() == 1);
        assertEquals("81 %", browser.driver().findElement(By.cssSelector(".roller .battery")).getText());
        assertEquals("1.2.0", browser.driver().findElement(By.cssSelector(".roller .firmware")).getText());
        assertEquals("connected", browser.driver().findElement(By.cssSelector(".roller .link")).getText());

        web.live.event("A1B2", ev("session-started", 0, ""));
        web.live.event("A1B2", ev("rep-started", 3, ",\"level\":\"T7\""));
        await().until(d -> "T7".equals(d.findElement(By.id("contact-level")).getText()));
        assertTrue(browser.driver().findElement(By.cssSelector("#spine .seg[data-level='T7']")).getAttribute("class").contains("contact"));
        web.live.event("A1B2", ev("rep-ended", 9, ",\"level\":\"T7\",\"held\":true,\"holdS\":4.2,\"compensated\":false"));
        await().until(d -> "1".equals(d.findElement(By.id("rep-count")).getText()));

        web.live.event("A1B2", ev("compensation", 20, ",\"level\":\"T6\""));
        await().until(d -> d.findElement(By.id("alert")).isDisplayed());
        assertTrue(text("alert").contains("Compensation at T6"), text("alert"));
        assertEquals("1", text("comp-count"));
        assertTrue(browser.driver().findElement(By.cssSelector("#events li.ev-compensation")).getAttribute("class").contains("warn"));

        web.live.event("A1B2", ev("zone-entered", 25, ",\"zone\":\"L1\""));
        await().until(d -> d.findElement(By.id("alert")).getText().contains("Lower back"));
        assertTrue(browser.driver().findElement(By.id("alert")).getAttribute("class").contains("lumbar"));

        // a page opened now sees the session so far
        browser.driver().navigate().refresh();
        await().until(d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));
        await().until(d -> "1".equals(d.findElement(By.id("rep-count")).getText()));
        assertEquals("1", text("comp-count"));
        assertEquals("81 %", browser.driver().findElement(By.cssSelector(".roller .battery")).getText());
    }

    private static String ev(String name, double atS, String more) {
        return "{\"event\":\"" + name + "\",\"deviceId\":\"A1B2\",\"sessionId\":\"s1\",\"atS\":" + atS + more + "}";
    }
}
