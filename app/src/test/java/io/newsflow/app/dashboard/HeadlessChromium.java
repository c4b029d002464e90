package io.newsflow.app.dashboard;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and its chromedriver, driven by Selenium, headless and offline. Both paths
 * are given to Selenium explicitly, so Selenium Manager never looks for (or downloads) a driver
 * or a browser; the switches keep Chromium from calling home (updates, sync, field trials).
 * Without the two programs a test is skipped, except under {@code CI=true}, where it fails.
 */
final class HeadlessChromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> SWITCHES = List.of("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
        "--disable-quic", "--window-size=1440,1200");

    private HeadlessChromium() {
    }

    /** Skips the calling test (or fails it when {@code CI=true}) unless Chromium and chromedriver are installed. */
    static void require() {
        List<String> missing = new ArrayList<>();
        for (Path program : List.of(BROWSER, DRIVER)) {
            if (!Files.isExecutable(program)) {
                missing.add(program.toString());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String howTo = String.join(" and ", missing) + " missing. Install Debian's packages: apt-get install chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but " + howTo);
        }
        Assumptions.abort("Skipping the dashboard browser test: " + howTo);
    }

    /** Starts chromedriver and a fresh headless Chromium whose profile lives in {@code profileDir}. */
    static ChromeDriver start(Path profileDir) {
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(SWITCHES);
        options.addArguments("--user-data-dir=" + profileDir.toAbsolutePath());
        return new ChromeDriver(service, options);
    }
}
