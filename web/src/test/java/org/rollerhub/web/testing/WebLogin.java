package org.rollerhub.web.testing;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Logging a browser in, as a person does: the login page, the password, the button. */
public final class WebLogin {
    private WebLogin() {
    }

    /** Opens {@code baseUrl}login, types the password and waits for the live page. */
    public static void logIn(Browser b, String baseUrl, String password) {
        b.driver().get(baseUrl + "login");
        b.driver().findElement(By.id("password")).sendKeys(password);
        b.driver().findElement(By.id("login")).click();
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/live"));
    }

    /** On a clinic's UI: forgets any login, types {@code username} and {@code password}, waits for the patient list. */
    public static void logIn(Browser b, String baseUrl, String username, String password) {
        b.driver().manage().deleteAllCookies();
        b.driver().get(baseUrl + "login");
        b.driver().findElement(By.id("username")).sendKeys(username);
        b.driver().findElement(By.id("password")).sendKeys(password);
        b.driver().findElement(By.id("login")).click();
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/patients"));
    }
}
