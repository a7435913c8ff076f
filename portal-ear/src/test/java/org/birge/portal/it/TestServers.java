package org.birge.portal.it;

import java.nio.file.Path;

/** Where the servers that the build started for the integration tests answer. */
public final class TestServers {

    private TestServers() {
    }

    public static String baseUrl() {
        return System.getProperty("it.baseUrl", "http://localhost:18080");
    }

    public static String keycloakUrl() {
        return System.getProperty("it.keycloakUrl", "http://localhost:18180");
    }

    public static Path webapp() {
        return Path.of(System.getProperty("it.webapp", "../portal-web/src/main/webapp"));
    }

    public static Path screenshots() {
        return Path.of(System.getProperty("it.screenshots", "target/screenshots"));
    }

    public static boolean browserRequired() {
        return Boolean.getBoolean("it.browser.required");
    }
}
