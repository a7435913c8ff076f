package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The database goes away and comes back: the readiness check and the pages answer 503 while it is gone,
 * and the portal serves again when it returns, without a restart. Only on PostgreSQL (CI), where the
 * test can close the portal's database to connections; the embedded H2 lives inside Payara.
 */
class DatabaseOutageIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theReadinessCheckAndThePagesSay503WhileTheDatabaseIsGoneAndRecoverAfter() throws Exception {
        String url = System.getProperty("it.db.url", "");
        assumeTrue(url.startsWith("jdbc:postgresql:"), "Database outage test skipped: it needs PostgreSQL (-Dit.db.url)");
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String adminUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        String user = System.getProperty("it.db.user", "postgres");

        try (PortalClient client = new PortalClient()) {
            client.login(DemoAccount.PM_ALIYA);
            assertEquals(200, client.page("/pm/").getWebResponse().getStatusCode());
            try (Connection admin = DriverManager.getConnection(adminUrl, user, System.getProperty("it.db.password", ""))) {
                try {
                    closeToConnections(admin, database);
                    awaitReadiness(503);
                    HtmlPage page = client.page("/pm/");
                    assertEquals(503, page.getWebResponse().getStatusCode());
                    assertEquals("503", page.getElementById("errorPage").getAttribute("data-error"));
                } finally {
                    execute(admin, "alter database " + database + " allow_connections true");
                }
                awaitReadiness(200);
                assertEquals(200, client.page("/pm/").getWebResponse().getStatusCode());
            }
        }
    }

    private static void closeToConnections(Connection admin, String database) throws SQLException {
        execute(admin, "alter database " + database + " allow_connections false");
        execute(admin, "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                + "' and pid <> pg_backend_pid()");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void awaitReadiness(int status) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = HTTP.send(HttpRequest.newBuilder(URI.create(TestServers.baseUrl() + "/api/health/ready"))
                        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (last == status) {
                    return;
                }
            } catch (IOException e) {
                last = -1;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("readiness answered " + last + " instead of " + status + " within 60 s");
    }
}
