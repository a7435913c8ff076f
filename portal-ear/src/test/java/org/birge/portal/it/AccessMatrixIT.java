package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every page of the web module as every role, anonymous, and a mayor and governor of another region
 * (akim.ekibastuz, governor.pavlodar). The pages come from the web module's files, so a page added
 * without a row here fails the build.
 */
class AccessMatrixIT {

    /** The people of the workflow: /work/ pages, whose records the services narrow to each one's place. */
    static final String WORK = "mayor,governor,project-manager,admin";

    /** Everyone in the training programme: the /training/ pages. */
    static final String TRAINING = "mayor,governor,project-manager,trainer,admin";

    /**
     * Who may open each page: role names separated by commas, AUTHENTICATED for anyone signed in, PUBLIC
     * for everyone, START for the public start page.
     */
    static final Map<String, String> MATRIX = new TreeMap<>(Map.ofEntries(
            Map.entry("/index.xhtml", "START"),
            Map.entry("/mayor/index.xhtml", "mayor"),
            Map.entry("/governor/index.xhtml", "governor"),
            Map.entry("/pm/index.xhtml", "project-manager"),
            Map.entry("/trainer/index.xhtml", "trainer"),
            Map.entry("/resident/index.xhtml", "resident"),
            Map.entry("/admin/index.xhtml", "admin"),
            Map.entry("/admin/regions.xhtml", "admin"),
            Map.entry("/admin/districts.xhtml", "admin"),
            Map.entry("/admin/officials.xhtml", "admin"),
            Map.entry("/admin/audit.xhtml", "admin"),
            Map.entry("/admin/outbox.xhtml", "admin"),
            Map.entry("/admin/calendar.xhtml", "admin"),
            Map.entry("/mayor/calls.xhtml", "mayor"),
            Map.entry("/mayor/proposal.xhtml", "mayor"),
            Map.entry("/pm/calls.xhtml", "project-manager"),
            Map.entry("/pm/call.xhtml", "project-manager"),
            Map.entry("/pm/audit.xhtml", "project-manager"),
            Map.entry("/work/projects.xhtml", WORK),
            Map.entry("/work/project.xhtml", WORK),
            Map.entry("/work/tasks.xhtml", WORK),
            Map.entry("/work/workflows.xhtml", "project-manager,admin"),
            Map.entry("/governor/training.xhtml", "governor"),
            Map.entry("/pm/training.xhtml", "project-manager"),
            Map.entry("/notifications.xhtml", "AUTHENTICATED"),
            Map.entry("/notifications-settings.xhtml", "AUTHENTICATED"),
            Map.entry("/trainer/courses.xhtml", "trainer"),
            Map.entry("/trainer/course.xhtml", "trainer"),
            Map.entry("/trainer/session.xhtml", "trainer"),
            Map.entry("/training/courses.xhtml", "mayor,governor,project-manager,trainer,admin"),
            Map.entry("/training/course.xhtml", "mayor,governor,project-manager,trainer,admin"),
            Map.entry("/public/projects.xhtml", "PUBLIC"),
            Map.entry("/public/project.xhtml", "PUBLIC"),
            Map.entry("/trainer/attendance.xhtml", "trainer"),
            Map.entry("/trainer/evaluations.xhtml", "trainer"),
            Map.entry("/training/evaluate.xhtml", TRAINING),
            Map.entry("/verify.xhtml", "PUBLIC"),
            Map.entry("/error/403.xhtml", "PUBLIC"),
            Map.entry("/error/404.xhtml", "PUBLIC"),
            Map.entry("/error/500.xhtml", "PUBLIC"),
            Map.entry("/error/503.xhtml", "PUBLIC"),
            Map.entry("/error/expired.xhtml", "PUBLIC"),
            Map.entry("/error/signin-unavailable.xhtml", "PUBLIC"),
            // Enrolment: a session's page and the calendar for everyone in training, a trainer's roster,
            // a mayor's own training.
            Map.entry("/training/session.xhtml", TRAINING),
            Map.entry("/training/calendar.xhtml", TRAINING),
            Map.entry("/trainer/roster.xhtml", "trainer"),
            Map.entry("/mayor/training.xhtml", "mayor"),
            // Residents' appeals: a resident's own, the mayor's inbox, the governor's region.
            Map.entry("/resident/appeals.xhtml", "resident"),
            Map.entry("/resident/appeal.xhtml", "resident"),
            Map.entry("/mayor/appeals.xhtml", "mayor"),
            Map.entry("/mayor/appeal.xhtml", "mayor"),
            Map.entry("/governor/appeals.xhtml", "governor"),
            Map.entry("/governor/appeal.xhtml", "governor"),
            // Community polls: the mayor's, the residents' and the governor's lists and poll pages.
            Map.entry("/mayor/polls.xhtml", "mayor"),
            Map.entry("/mayor/poll.xhtml", "mayor"),
            Map.entry("/resident/polls.xhtml", "resident"),
            Map.entry("/resident/poll.xhtml", "resident"),
            Map.entry("/governor/polls.xhtml", "governor"),
            Map.entry("/governor/poll.xhtml", "governor"),
            // Officials' threads (trainers write to the project managers) and announcements.
            Map.entry("/work/threads.xhtml", "mayor,governor,project-manager,trainer"),
            Map.entry("/work/thread.xhtml", "mayor,governor,project-manager,trainer"),
            Map.entry("/work/announcements.xhtml", "mayor,governor,project-manager"),
            Map.entry("/work/announcement.xhtml", "mayor,governor,project-manager"),
            // Trust: anyone reads a district's "You said, we did" page and the list; a governor compares their
            // region's districts, a project manager the regions.
            Map.entry("/public/districts.xhtml", "PUBLIC"),
            Map.entry("/public/district.xhtml", "PUBLIC"),
            Map.entry("/governor/trust.xhtml", "governor"),
            Map.entry("/pm/trust.xhtml", "project-manager"),
            Map.entry("/pm/report.xhtml", "project-manager")));

    /**
     * Pages about one record are opened with a record of the demo data: the Zaisan swimming pool (project
     * 510, in implementation), the Zaisan draft (550), the open call (500).
     */
    static final Map<String, String> QUERY = Map.ofEntries(
            Map.entry("/work/project.xhtml", "?id=510"),
            Map.entry("/mayor/proposal.xhtml", "?id=550"),
            Map.entry("/pm/call.xhtml", "?id=500"),
            Map.entry("/public/project.xhtml", "?id=510"),
            Map.entry("/trainer/course.xhtml", "?id=301"),
            Map.entry("/trainer/session.xhtml", "?id=312"),
            Map.entry("/training/course.xhtml", "?id=301"),
            Map.entry("/training/session.xhtml", "?id=312"),
            Map.entry("/trainer/roster.xhtml", "?session=312"),
            // Assessment: the completed session 310, akim.zaisan's enrolment in it, his certificate's code.
            Map.entry("/trainer/attendance.xhtml", "?session=310"),
            Map.entry("/trainer/evaluations.xhtml", "?session=310"),
            Map.entry("/training/evaluate.xhtml", "?enrolment=320"),
            Map.entry("/verify.xhtml", "?code=ZSN4-PME2-K7QA"),
            // resident.zaisan's appeal 600 to Zaisan (demo V5).
            Map.entry("/resident/appeal.xhtml", "?id=600"),
            Map.entry("/mayor/appeal.xhtml", "?id=600"),
            Map.entry("/governor/appeal.xhtml", "?id=600"),
            // Polls: the closed Zaisan poll 100 (the swimming pool).
            Map.entry("/mayor/poll.xhtml", "?id=100"),
            Map.entry("/resident/poll.xhtml", "?id=100"),
            Map.entry("/governor/poll.xhtml", "?id=100"),
            // akim.zaisan's thread with governor.east about the pool; governor.east's announcement to East
            // Kazakhstan's mayors.
            Map.entry("/work/thread.xhtml", "?id=200"),
            Map.entry("/work/announcement.xhtml", "?id=220"),
            Map.entry("/public/district.xhtml", "?code=ZAISAN"));

    /** Accounts whose role may open the page but whose district or region does not hold its record: 403. */
    static final Map<String, Set<String>> OUT_OF_SCOPE = Map.ofEntries(
            Map.entry("/work/project.xhtml", Set.of("akim.tavriya", "akim.ekibastuz", "governor.pavlodar")),
            Map.entry("/mayor/proposal.xhtml", Set.of("akim.tavriya", "akim.ekibastuz")),
            // akim.zaisan's enrolment in session 310: only he evaluates it.
            Map.entry("/training/evaluate.xhtml", Set.of("akim.tavriya", "akim.ekibastuz", "governor.east",
                    "governor.pavlodar", "pm.aliya", "pm.daniyar", "trainer.saule", "admin")),
            // A Zaisan appeal: not for the mayors of other districts nor the governor of another region.
            Map.entry("/mayor/appeal.xhtml", Set.of("akim.tavriya", "akim.ekibastuz")),
            Map.entry("/governor/appeal.xhtml", Set.of("governor.pavlodar")),
            // Zaisan's poll 100: not for the mayors of other districts nor the governor of another region.
            Map.entry("/mayor/poll.xhtml", Set.of("akim.tavriya", "akim.ekibastuz")),
            Map.entry("/governor/poll.xhtml", Set.of("governor.pavlodar")),
            // Thread 200 is akim.zaisan's and governor.east's only: not the managers', not another mayor's.
            Map.entry("/work/thread.xhtml", Set.of("akim.tavriya", "akim.ekibastuz", "governor.pavlodar", "pm.aliya",
                    "pm.daniyar", "trainer.saule")),
            // Announcement 220 is for East Kazakhstan's mayors and its governor's side.
            Map.entry("/work/announcement.xhtml", Set.of("akim.ekibastuz", "governor.pavlodar", "pm.aliya",
                    "pm.daniyar")));

    /**
     * The servlets of issue 6 with who may have them: a project's fact sheet (as its page, project 510 of
     * Zaisan), a published project's public fact sheet, and an exported file (only its owner: no one owns
     * job 1, so a signed-in user gets 404, never a file).
     */
    static final Map<String, String> SERVLETS = Map.of(
            "/work/factsheet/510", WORK,
            "/public/factsheet/510", "PUBLIC",
            "/exports/1", "AUTHENTICATED");

    static final Map<String, Set<String>> SERVLETS_OUT_OF_SCOPE = Map.of(
            "/work/factsheet/510", Set.of("akim.tavriya", "akim.ekibastuz", "governor.pavlodar"));

    static String url(String page) {
        return page + QUERY.getOrDefault(page, "");
    }

    static boolean opens(String access, DemoAccount account) {
        return access.equals("PUBLIC") || access.equals("AUTHENTICATED")
                || Set.of(access.split(",")).contains(account.role());
    }

    static Set<String> pagesOfTheWebModule() throws IOException {
        Path webapp = TestServers.webapp();
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> "/" + webapp.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void everyPageOfTheWebModuleHasARow() throws IOException {
        Set<String> pages = pagesOfTheWebModule();
        Set<String> missing = new TreeSet<>(pages);
        missing.removeAll(MATRIX.keySet());
        Set<String> stale = new TreeSet<>(MATRIX.keySet());
        stale.removeAll(pages);
        assertTrue(missing.isEmpty(), "Pages without a row in the access matrix: " + missing);
        assertTrue(stale.isEmpty(), "Rows for pages that do not exist: " + stale);
    }

    @Test
    void anonymousVisitorsAreSentToSignInForEveryRolePage() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (PortalClient client = new PortalClient()) {
            for (Map.Entry<String, String> row : MATRIX.entrySet()) {
                PortalClient.Response response = client.get(url(row.getKey()));
                boolean open = row.getValue().equals("PUBLIC") || row.getValue().equals("START");
                if (open && (response.status() != 200 || response.onKeycloakLogin())) {
                    wrong.add(row.getKey() + " should be open but answered " + response.status() + " at " + response.url());
                }
                if (!open && !response.onKeycloakLogin()) {
                    wrong.add(row.getKey() + " should send to Keycloak but answered " + response.status() + " at "
                            + response.url());
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void eachRoleOpensItsOwnPagesAndGets403OnEveryOtherRolesPages(DemoAccount account) throws IOException {
        List<String> wrong = new ArrayList<>();
        try (PortalClient client = new PortalClient()) {
            PortalClient.Response landed = client.login(account);
            assertEquals(TestServers.baseUrl() + account.home(), landed.url(), "home of " + account.username());
            for (Map.Entry<String, String> row : MATRIX.entrySet()) {
                PortalClient.Response response = client.get(url(row.getKey()));
                String access = row.getValue();
                boolean outOfScope = OUT_OF_SCOPE.getOrDefault(row.getKey(), Set.of()).contains(account.username());
                if (access.equals("START")) {
                    expect(wrong, row.getKey(), response, 200, TestServers.baseUrl() + account.home());
                } else if (opens(access, account) && !outOfScope) {
                    expect(wrong, row.getKey(), response, 200, null);
                } else {
                    expect(wrong, row.getKey(), response, 403, null);
                    if (response.status() == 403 && !response.text().contains("403")) {
                        wrong.add(row.getKey() + ": the 403 answer is not the portal's error page");
                    }
                }
            }
        }
        if (!wrong.isEmpty()) {
            fail(account.username() + ":\n" + String.join("\n", wrong));
        }
    }

    /** The quarterly report's files (the servlet beside pm/report.xhtml): a project manager's, 403 to others. */
    @ParameterizedTest
    @EnumSource(value = DemoAccount.class, names = {"PM_ALIYA", "AKIM_ZAISAN", "GOVERNOR_EAST", "TRAINER_SAULE",
        "ADMIN", "RESIDENT_ZAISAN"})
    void theQuarterlyReportFilesAreForProjectManagersOnly(DemoAccount account) throws IOException {
        try (PortalClient client = new PortalClient()) {
            client.login(account);
            PortalClient.Download pdf = client.download("/pm/report-file/programme-report-2026-Q1.pdf");
            PortalClient.Download xlsx = client.download("/pm/report-file/programme-report-2026-Q1.xlsx");
            if (account.role().equals("project-manager")) {
                assertEquals(200, pdf.status());
                assertEquals("application/pdf", pdf.contentType());
                assertTrue(pdf.disposition().contains("programme-report-2026-Q1.pdf"), pdf.disposition());
                assertEquals(200, xlsx.status());
                assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats"), xlsx.contentType());
                assertEquals(404, client.download("/pm/report-file/programme-report-2026-Q5.pdf").status());
            } else {
                assertEquals(403, pdf.status(), account.username());
                assertEquals(403, xlsx.status(), account.username());
            }
        }
    }

    @Test
    void anonymousVisitorsGetOnlyThePublicFactSheet() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (PortalClient client = new PortalClient()) {
            for (Map.Entry<String, String> row : SERVLETS.entrySet()) {
                if (row.getValue().equals("PUBLIC")) {
                    PortalClient.Download file = client.download(row.getKey());
                    if (file.status() != 200 || !"application/pdf".equals(file.contentType())) {
                        wrong.add(row.getKey() + " should send a PDF but answered " + file.status() + " "
                                + file.contentType());
                    }
                } else if (!client.get(row.getKey()).onKeycloakLogin()) {
                    wrong.add(row.getKey() + " should send to Keycloak");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void eachRoleGetsTheFactSheetsAndExportsItMay(DemoAccount account) throws IOException {
        List<String> wrong = new ArrayList<>();
        try (PortalClient client = new PortalClient()) {
            client.login(account);
            for (Map.Entry<String, String> row : SERVLETS.entrySet()) {
                PortalClient.Download file = client.download(row.getKey());
                String access = row.getValue();
                boolean outOfScope = SERVLETS_OUT_OF_SCOPE.getOrDefault(row.getKey(), Set.of())
                        .contains(account.username());
                int expected = row.getKey().startsWith("/exports/") ? 404
                        : opens(access, account) && !outOfScope ? 200 : 403;
                if (file.status() != expected) {
                    wrong.add(row.getKey() + " answered " + file.status() + ", expected " + expected);
                } else if (expected == 200 && !"application/pdf".equals(file.contentType())) {
                    wrong.add(row.getKey() + " sent " + file.contentType());
                }
            }
        }
        if (!wrong.isEmpty()) {
            fail(account.username() + ":\n" + String.join("\n", wrong));
        }
    }

    private static void expect(List<String> wrong, String page, PortalClient.Response response, int status,
                               String url) {
        if (response.status() != status || url != null && !url.equals(response.url())) {
            wrong.add(page + " answered " + response.status() + " at " + response.url() + ", expected " + status
                    + (url == null ? "" : " at " + url));
        }
    }
}
