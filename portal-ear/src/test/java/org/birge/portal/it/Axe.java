package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility engine, run in the page the browser shows. The engine comes from the npm
 * registry at the version of portal-ear/package-lock.json ({@code npm ci} before the integration tests);
 * the tests inject it into each page and run all its rules (WCAG 2.x A and AA and best practices).
 */
final class Axe {

    static final Path SCRIPT = Path.of(System.getProperty("it.axe", "node_modules/axe-core/axe.min.js"));

    /** One rule a page breaks: its impact (minor, moderate, serious, critical), and the elements that break it. */
    record Violation(String rule, String impact, String help, List<String> elements) {

        boolean blocking() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return "[" + impact + "] " + rule + ": " + help + " " + elements;
        }
    }

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
                .then(r => done(r.violations.map(v => ({rule: v.id, impact: v.impact || 'minor', help: v.help,
                        elements: v.nodes.slice(0, 6).map(n => n.target.join(' '))}))))
                .catch(e => done('axe failed: ' + e));
            """;

    private static String source;

    private Axe() {
    }

    /** Skips (or, when a browser is required, fails) the calling test when axe-core was not installed. */
    static void requireInstalled() {
        boolean installed = Files.isReadable(SCRIPT);
        if (!installed && TestServers.browserRequired()) {
            fail("axe-core is required but " + SCRIPT + " is missing: run 'npm ci' in portal-ear (needs npm)");
        }
        assumeTrue(installed, "Accessibility checks skipped: no axe-core at " + SCRIPT + " (npm ci in portal-ear)");
    }

    /** Every rule the page now shown breaks. */
    @SuppressWarnings("unchecked")
    static List<Violation> run(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        js.executeScript(source());
        Object result = js.executeAsyncScript(RUN);
        if (!(result instanceof List<?> violations)) {
            throw new IllegalStateException(String.valueOf(result));
        }
        return violations.stream().map(v -> (Map<String, Object>) v)
                .map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                        (List<String>) v.get("elements")))
                .toList();
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
