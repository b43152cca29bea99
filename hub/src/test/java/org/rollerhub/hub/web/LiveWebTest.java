package org.rollerhub.hub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.hub.delivery.MemoryPublisher;
import org.rollerhub.hub.live.HubOutput;
import org.rollerhub.hub.live.LiveHub;
import org.rollerhub.hub.transport.Backoff;
import org.rollerhub.hub.transport.tcp.TcpTransport;
import org.rollerhub.sim.Labels;
import org.rollerhub.sim.live.LiveRoller;
import org.rollerhub.sim.live.TcpRollerServer;
import org.rollerhub.web.WebSettings;
import org.rollerhub.web.testing.Browser;
import org.rollerhub.web.testing.WebLogin;

/**
 * The whole live path into a real browser: a simulated roller over TCP, the live hub, the web UI
 * on 127.0.0.1, headless Chromium logged in on the live page. Every rep the hub detects appears on
 * the page at its level, the compensation as a warning; how long each took from the hub's event to
 * the page is printed (a figure, not an assertion). Screenshots of the live page at desktop and
 * phone widths go to {@code hub/target/screenshots/}.
 */
class LiveWebTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PASSWORD = "live-web-test";

    @Test
    void repsAndCompensationsAppearOnTheLivePageAsTheHubDetectsThem() throws Exception {
        assumeTrue(Browser.available(), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        BlockingQueue<JsonNode> seen = new LinkedBlockingQueue<>();
        HubOutput recorder = new HubOutput() {
            @Override
            public void event(String deviceId, String eventJson) {
                try {
                    JsonNode e = MAPPER.readTree(eventJson);
                    ((com.fasterxml.jackson.databind.node.ObjectNode) e).put("hubMs", System.currentTimeMillis());
                    seen.add(e);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        LiveRoller roller = new LiveRoller(7, 10, null);
        Labels labels = roller.labels();
        AnalyticsSettings user = new AnalyticsSettings(labels.meta().statureCm(), Level.parse(labels.meta().startLevel()));
        try (HubWeb web = HubWeb.start(WebSettings.DEFAULT.withBind("127.0.0.1").withPort(0).withPassword(PASSWORD));
                Browser browser = Browser.start()) {
            WebLogin.logIn(browser, web.url(), PASSWORD);
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10), Duration.ofMillis(20));
            wait.until(d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));
            List<Long> delaysMs = new ArrayList<>();
            int reps = 0;
            boolean compensationShown = false;
            boolean screenshots = false;
            try (TcpRollerServer sim = new TcpRollerServer(roller, InetAddress.getLoopbackAddress(), 0);
                    LiveHub hub = new LiveHub(List.of(new TcpTransport("127.0.0.1", sim.port(), 5000, 10_000)), user,
                            Clock.systemUTC(), new MemoryPublisher(), null, web.output(recorder), Backoff.DEFAULT)) {
                hub.start();
                int ended = 0;
                while (ended < labels.sessions().size()) {
                    JsonNode e = seen.poll(120, TimeUnit.SECONDS);
                    assertNotNull(e, "the hub went quiet before the sessions ended");
                    switch (e.get("event").asText()) {
                        case "rep-ended" -> {
                            reps++;
                            String at = e.get("atS").asText();
                            WebElement li = wait.until(d -> d.findElements(By.cssSelector("li.ev-rep-ended[data-at='" + at + "']"))
                                    .stream().findFirst().orElse(null));
                            assertEquals(e.get("level").asText(), li.getAttribute("data-level"), "the rep's level on the page");
                            delaysMs.add(Long.parseLong(li.getAttribute("data-shown-ms")) - e.get("hubMs").asLong());
                            if (!screenshots && reps >= 2) {
                                screenshots = true;
                                browser.screenshot("live-desktop");
                                browser.size(390, 844);
                                browser.screenshot("live-phone");
                                browser.size(1280, 900);
                            }
                        }
                        case "compensation" -> {
                            wait.until(d -> d.findElement(By.id("alert")).isDisplayed());
                            assertTrue(browser.driver().findElement(By.id("alert")).getText().contains("Compensation at "
                                    + e.get("level").asText()));
                            WebElement li = wait.until(d -> d.findElements(By.cssSelector("li.ev-compensation")).stream()
                                    .findFirst().orElse(null));
                            assertTrue(li.getAttribute("class").contains("warn"), "shown as a warning");
                            compensationShown = true;
                        }
                        case "session-ended" -> {
                            ended++;
                            String count = Integer.toString(e.get("reps").asInt());
                            wait.until(d -> d.findElement(By.id("session-state")).getText().contains("Session ended: " + count + " reps"));
                        }
                        default -> {
                        }
                    }
                }
                String firmware = browser.driver().findElement(By.cssSelector(".roller .firmware")).getText();
                assertTrue(firmware.matches("\\d+\\.\\d+\\.\\d+"), "the roller's firmware on its card: " + firmware);
                assertFalse(browser.driver().findElement(By.cssSelector(".roller .battery")).getText().equals("–"),
                        "the roller's battery on its card");
            }
            assertTrue(reps > 0, "the simulated sessions have reps");
            assertTrue(compensationShown, "seed 7 plays a compensated rep");
            assertFalse(delaysMs.isEmpty());
            long max = delaysMs.stream().mapToLong(Long::longValue).max().orElseThrow();
            double mean = delaysMs.stream().mapToLong(Long::longValue).average().orElseThrow();
            System.out.printf("LiveWebTest: %d reps; hub event to page: mean %.0f ms, max %d ms (goal: within 1 s)%n",
                    delaysMs.size(), mean, max);
        }
    }
}
