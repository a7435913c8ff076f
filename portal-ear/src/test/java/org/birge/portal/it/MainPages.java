package org.birge.portal.it;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The main pages of each role, of visitors not signed in, and the error pages, as the language and
 * accessibility tests visit them: each role's home, its main lists and a record of each kind from the demo
 * data (project 510 and appeal 601 of the Zaisan district, course 300, the Zaisan district's public page).
 */
final class MainPages {

    /** The demo project of the Zaisan district in implementation, with money, milestones and reports. */
    static final long PROJECT = 510;
    /** An appeal of resident.zaisan to akim.zaisan, received and not yet answered. */
    static final long APPEAL = 601;
    static final long COURSE = 300;
    static final long ZAISAN = 11;

    private MainPages() {
    }

    /** Per account: the pages it opens, its home first. */
    static Map<DemoAccount, List<String>> signedIn() {
        Map<DemoAccount, List<String>> pages = new LinkedHashMap<>();
        pages.put(DemoAccount.AKIM_ZAISAN, List.of("/mayor/", "/work/projects.xhtml", "/work/project.xhtml?id=" + PROJECT,
                "/work/tasks.xhtml", "/mayor/appeals.xhtml", "/mayor/appeal.xhtml?id=" + APPEAL, "/mayor/polls.xhtml",
                "/training/courses.xhtml", "/notifications.xhtml"));
        pages.put(DemoAccount.GOVERNOR_EAST, List.of("/governor/", "/work/projects.xhtml",
                "/work/project.xhtml?id=" + PROJECT, "/work/tasks.xhtml", "/governor/appeals.xhtml", "/governor/trust.xhtml"));
        pages.put(DemoAccount.PM_ALIYA, List.of("/pm/", "/work/projects.xhtml", "/work/project.xhtml?id=" + PROJECT,
                "/work/tasks.xhtml", "/pm/calls.xhtml", "/pm/audit.xhtml"));
        pages.put(DemoAccount.TRAINER_SAULE, List.of("/trainer/", "/trainer/courses.xhtml", "/training/courses.xhtml",
                "/training/course.xhtml?id=" + COURSE));
        pages.put(DemoAccount.ADMIN, List.of("/admin/", "/admin/audit.xhtml", "/admin/districts.xhtml",
                "/admin/regions.xhtml", "/admin/officials.xhtml"));
        pages.put(DemoAccount.RESIDENT_ZAISAN, List.of("/resident/", "/resident/appeal.xhtml", "/resident/appeals.xhtml",
                "/resident/polls.xhtml", "/notifications.xhtml"));
        return pages;
    }

    /** What anyone sees without signing in, and the error pages (a missing page shows the 404 page). */
    static List<String> anonymous() {
        return List.of("/", "/public/projects.xhtml", "/public/project.xhtml?id=" + PROJECT, "/public/districts.xhtml",
                "/public/district.xhtml?id=" + ZAISAN, "/verify.xhtml", "/no-such-page.xhtml", "/error/403.xhtml",
                "/error/500.xhtml", "/error/503.xhtml", "/error/expired.xhtml", "/error/signin-unavailable.xhtml");
    }
}
