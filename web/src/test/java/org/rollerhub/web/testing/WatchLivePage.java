package org.rollerhub.web.testing;

import org.openqa.selenium.By;

/**
 * A person watching the live page, for benchmarks: headless Chromium logs in at {@code URL} with
 * {@code PASSWORD}, opens the live page and keeps it open until killed (or {@code SECONDS}).
 * Retries the login while the server is not up yet.
 *
 * <pre>java -cp ... org.rollerhub.web.testing.WatchLivePage http://127.0.0.1:18080/ PASSWORD [SECONDS]</pre>
 */
public final class WatchLivePage {
    private WatchLivePage() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String password = args[1];
        long seconds = args.length > 2 ? Long.parseLong(args[2]) : 3600;
        try (Browser b = Browser.start()) {
            Runtime.getRuntime().addShutdownHook(new Thread(b::close));
            for (int attempt = 0;; attempt++) {
                try {
                    WebLogin.logIn(b, url, password);
                    break;
                } catch (RuntimeException notYet) {
                    if (attempt > 120) {
                        throw notYet;
                    }
                    Thread.sleep(1000);
                }
            }
            System.out.println("watching " + b.driver().getCurrentUrl() + " (" + b.driver().findElement(By.tagName("h1")).getText() + ")");
            Thread.sleep(seconds * 1000);
        }
    }
}
