package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's headless Chromium (Debian's chromium and chromium-driver), driven by Selenium. Nothing is
 * downloaded: without the two binaries the browser tests are skipped, unless the build says a browser is
 * required (CI), when they fail.
 */
public final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /** Skips (or, when a browser is required, fails) the calling test when Chromium is not installed. */
    public static void requireInstalled() {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!installed && TestServers.browserRequired()) {
            fail("Chromium is required (it.browser.required=true) but " + BROWSER + " or " + DRIVER
                    + " is missing: install Debian's chromium and chromium-driver");
        }
        assumeTrue(installed, "Browser tests skipped: no Chromium at " + BROWSER + " and " + DRIVER
                + " (apt-get install chromium chromium-driver); the HtmlUnit tests still ran");
    }

    public static ChromeDriver start() {
        requireInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("birge-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--window-size=1366,900", "--lang=ru",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Path target = TestServers.screenshots().resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
