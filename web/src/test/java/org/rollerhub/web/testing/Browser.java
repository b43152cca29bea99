package org.rollerhub.web.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver through Selenium: no browser or
 * driver is downloaded (Selenium Manager is not asked: both paths are given). One per test class.
 * Screenshots go to {@code <module>/target/screenshots/}.
 */
public final class Browser implements AutoCloseable {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Whether the machine has Debian's chromium and chromium-driver (.ci/run installs them). */
    public static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    public static Browser start() throws IOException {
        Path profile = Files.createTempDirectory("roller-chromium");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-quic", "--no-first-run",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900",
                "--ignore-certificate-errors");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        return new Browser(d, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Sets the window's size in CSS pixels (a phone: 390 x 844). */
    public void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Writes a PNG of the page as {@code target/screenshots/NAME.png}; returns its path. */
    public Path screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("roller.target", "target"), "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var s = Files.walk(profile)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp profile left behind is harmless
            }
        }
    }
}
