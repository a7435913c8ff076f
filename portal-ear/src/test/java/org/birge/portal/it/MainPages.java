package org.birge.portal.it;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The main pages of each role, of visitors not signed in, and the error pages, as the language and
 * accessibility tests visit them: each role's home, its main lists and a record of each kind from the demo
 * data of the Zaisan district (a project, appeals, a poll), a grant call, a course and its session, and the
 * district's public page.
 */
final class MainPages {

    /** The demo project of the Zaisan district in implementation, with money, milestones and reports. */
    static final long PROJECT = 510;
    /** An appeal of resident.zaisan to akim.zaisan, received and not yet answered. */
    static final long APPEAL = 601;
    /** The same resident's appeal, answered and rated. */
    static final long ANSWERED_APPEAL = 600;
    static final long CALL = 501;
    static final long COURSE = 300;
    static final long SESSION = 310;
    static final long POLL = 100;

    private MainPages() {
    }

    /** Per account: the pages it opens, its home first. */
    static Map<DemoAccount, List<String>> signedIn() {
        Map<DemoAccount, List<String>> pages = new LinkedHashMap<>();
        pages.put(DemoAccount.AKIM_ZAISAN, List.of("/mayor/", "/work/projects.xhtml", "/work/project.xhtml?id=" + PROJECT,
                "/work/tasks.xhtml", "/mayor/calls.xhtml", "/mayor/appeals.xhtml", "/mayor/appeal.xhtml?id=" + APPEAL,
                "/mayor/polls.xhtml", "/mayor/poll.xhtml?id=" + POLL, "/mayor/training.xhtml", "/training/courses.xhtml",
                "/training/session.xhtml?id=" + SESSION, "/work/threads.xhtml", "/work/announcements.xhtml",
                "/notifications.xhtml"));
        pages.put(DemoAccount.GOVERNOR_EAST, List.of("/governor/", "/work/projects.xhtml",
                "/work/project.xhtml?id=" + PROJECT, "/work/tasks.xhtml", "/governor/appeals.xhtml",
                "/governor/appeal.xhtml?id=" + APPEAL, "/governor/polls.xhtml", "/governor/trust.xhtml",
                "/governor/training.xhtml"));
        pages.put(DemoAccount.PM_ALIYA, List.of("/pm/", "/work/projects.xhtml", "/work/project.xhtml?id=" + PROJECT,
                "/work/tasks.xhtml", "/pm/calls.xhtml", "/pm/call.xhtml?id=" + CALL, "/pm/call.xhtml", "/pm/training.xhtml",
                "/pm/trust.xhtml", "/pm/audit.xhtml", "/work/workflows.xhtml"));
        pages.put(DemoAccount.TRAINER_SAULE, List.of("/trainer/", "/trainer/courses.xhtml", "/trainer/course.xhtml?id=" + COURSE,
                "/trainer/session.xhtml?id=" + SESSION, "/trainer/roster.xhtml?session=" + SESSION,
                "/trainer/attendance.xhtml?session=" + SESSION, "/trainer/evaluations.xhtml?session=" + SESSION, "/training/courses.xhtml",
                "/training/course.xhtml?id=" + COURSE));
        pages.put(DemoAccount.ADMIN, List.of("/admin/", "/admin/audit.xhtml", "/admin/districts.xhtml",
                "/admin/regions.xhtml", "/admin/officials.xhtml", "/admin/calendar.xhtml"));
        pages.put(DemoAccount.RESIDENT_ZAISAN, List.of("/resident/", "/resident/appeal.xhtml", "/resident/appeals.xhtml",
                "/resident/appeal.xhtml?id=" + ANSWERED_APPEAL, "/resident/polls.xhtml", "/resident/poll.xhtml?id=" + POLL,
                "/notifications.xhtml"));
        return pages;
    }

    /** What anyone sees without signing in, and the error pages (a missing page shows the 404 page). */
    static List<String> anonymous() {
        return List.of("/", "/public/projects.xhtml", "/public/project.xhtml?id=" + PROJECT, "/public/districts.xhtml",
                "/public/district.xhtml?code=ZAISAN", "/verify.xhtml", "/no-such-page.xhtml", "/error/403.xhtml",
                "/error/500.xhtml", "/error/503.xhtml", "/error/expired.xhtml", "/error/signin-unavailable.xhtml");
    }

    /** Whether the page is meant to be an error page (the others must not answer with one). */
    static boolean isErrorPage(String path) {
        return path.startsWith("/error/") || path.equals("/no-such-page.xhtml");
    }
}
