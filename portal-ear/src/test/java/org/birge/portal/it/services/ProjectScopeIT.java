package org.birge.portal.it.services;

import static org.birge.portal.it.services.ProjectJourney.GOVERNOR;
import static org.birge.portal.it.services.ProjectJourney.MAYOR;
import static org.birge.portal.it.services.ProjectJourney.PM;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.domain.AttachmentPurpose;
import org.birge.portal.project.domain.CallStatus;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.project.domain.WorkflowAction;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.project.service.CallRow;
import org.birge.portal.project.service.CallTerms;
import org.birge.portal.project.service.FileDownload;
import org.birge.portal.project.service.GrantCallService;
import org.birge.portal.project.service.ProjectRow;
import org.birge.portal.project.service.ProjectService;
import org.birge.portal.project.service.ProjectView;
import org.birge.portal.project.service.ProposalDraft;
import org.birge.portal.project.service.ProposalService;
import org.birge.portal.project.service.PublicProjectRow;
import org.birge.portal.project.service.PublicProjectService;
import org.birge.portal.project.service.TaskRow;
import org.birge.portal.project.service.WorkflowService;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Who may see and change which project, call, task and file. Two regions, A with the districts A1 and A2
 * and B with B1; a mayor of each district, a governor of each region, a project manager, a resident of A1
 * and a trainer. A mayor reads and edits only their district's proposals, a governor acts and reads only in
 * their region, residents and trainers get nothing from the officials' services, and the public sees only
 * published projects and their photos.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectScopeIT {

    private static final PageRequest ALL = PageRequest.of(0, PageRequest.MAX_SIZE);

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("project-scope-it");
    }

    @EJB
    private GrantCallService calls;

    @EJB
    private ProposalService proposals;

    @EJB
    private AttachmentService attachments;

    @EJB
    private WorkflowService workflow;

    @EJB
    private ProjectService projects;

    @EJB
    private PublicProjectService publicProjects;

    @EJB
    private NotificationService notifications;

    @EJB
    private Fixtures fixtures;

    @EJB
    private ProjectSetup setup;

    @Inject
    private TestSignIn signIn;

    private ProjectJourney journey;
    private Region regionA;
    private Region regionB;
    private District a1;
    private District a2;
    private District b1;
    private String mayorA1;
    private String mayorA2;
    private String mayorB1;
    private String governorA;
    private String governorB;
    private String pm;
    private String residentA1;
    private String trainer;
    private long callAB;
    private long draftA1;
    private long draftB1;
    private ProjectSetup.Placed reviewA1;
    private ProjectSetup.Placed reviewB1;
    private ProjectSetup.Placed publishedA1;

    @BeforeEach
    void twoRegions() {
        journey = new ProjectJourney(signIn, proposals, attachments, workflow, notifications);
        regionA = fixtures.region(Fixtures.unique("RA"));
        regionB = fixtures.region(Fixtures.unique("RB"));
        a1 = fixtures.district(Fixtures.unique("DA1"), regionA);
        a2 = fixtures.district(Fixtures.unique("DA2"), regionA);
        b1 = fixtures.district(Fixtures.unique("DB1"), regionB);
        mayorA1 = fixtures.newPerson(a1, null, Role.MAYOR);
        mayorA2 = fixtures.newPerson(a2, null, Role.MAYOR);
        mayorB1 = fixtures.newPerson(b1, null, Role.MAYOR);
        governorA = fixtures.newPerson(null, regionA, Role.GOVERNOR);
        governorB = fixtures.newPerson(null, regionB, Role.GOVERNOR);
        pm = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
        residentA1 = fixtures.newPerson(a1, null, Role.RESIDENT);
        trainer = fixtures.newPerson(null, null, Role.TRAINER);
        callAB = setup.openCall(5_000_000, 20, regionA, regionB);
        LocalDate today = PortalClock.today();
        draftA1 = setup.draft(a1, callAB, "Draft of A1 " + Fixtures.unique("P"));
        draftB1 = setup.draft(b1, callAB, "Draft of B1 " + Fixtures.unique("P"));
        reviewA1 = setup.placed(a1, callAB, "Endorsement in A1 " + Fixtures.unique("P"), 1, today, null);
        reviewB1 = setup.placed(b1, callAB, "Endorsement in B1 " + Fixtures.unique("P"), 1, today, null);
        publishedA1 = setup.placed(a1, callAB, "Published in A1 " + Fixtures.unique("P"), 4, today, null);
    }

    private static List<Long> sorted(Long... ids) {
        return java.util.Arrays.stream(ids).sorted().toList();
    }

    private List<Long> listed(String username, String role) throws Exception {
        return signIn.as(username, role, () -> projects.projects(ALL, null)).rows().stream().map(ProjectRow::id)
                .sorted().toList();
    }

    private Executable denied(String what, String username, String role, Callable<?> call) {
        return () -> assertThrows(AccessDeniedException.class, () -> signIn.as(username, role, call),
                role + " " + username + ": " + what);
    }

    private Executable refusedByRole(String what, String username, String role, Callable<?> call) {
        return () -> assertThrows(EJBAccessException.class, () -> signIn.as(username, role, call),
                role + ": " + what);
    }

    @Test
    void aMayorSeesAndEditsOnlyTheirOwnDistrictsProposals() throws Exception {
        assertEquals(sorted(draftA1, reviewA1.projectId(), publishedA1.projectId()), listed(mayorA1, MAYOR),
                "A1's mayor lists A1's projects");
        assertEquals(3, signIn.as(mayorA1, MAYOR, () -> projects.projects(ALL, null)).total(), "and counts them");
        assertEquals(List.of(), listed(mayorA2, MAYOR), "A2's mayor lists nothing of A1");
        assertEquals(sorted(draftB1, reviewB1.projectId()), listed(mayorB1, MAYOR));
        assertEquals(List.of(draftA1), signIn.as(mayorA1, MAYOR, () -> projects.projects(ALL, ProjectStatus.DRAFT))
                .rows().stream().map(ProjectRow::id).toList(), "narrowed by status as well");

        ProposalDraft own = journey.draft(mayorA1, draftA1);
        long version = own.getVersion();
        ProposalDraft changed = journey.draft(mayorA1, draftA1);
        changed.setTitle("Taken over");
        long publishedId = publishedA1.projectId();
        ProjectView published = signIn.as(mayorA1, MAYOR, () -> projects.view(publishedId));
        long line = published.budget().get(0).id();
        long indicator = published.indicators().get(0).id();
        ProjectView.Step milestone = published.milestones().get(0);
        long publishedVersion = published.header().version();
        long otherCall = setup.openCall(5_000_000, 20, regionB);
        List<String> before = setup.auditedActions(draftA1);

        List<Executable> checks = new ArrayList<>();
        for (String other : List.of(mayorA2, mayorB1)) {
            checks.add(denied("view", other, MAYOR, () -> projects.view(draftA1)));
            checks.add(denied("view of a published project", other, MAYOR, () -> projects.view(publishedId)));
            checks.add(denied("timeline", other, MAYOR, () -> projects.timeline(draftA1, ALL)));
            checks.add(denied("expenditures", other, MAYOR, () -> projects.expenditures(publishedId, ALL)));
            checks.add(denied("draft", other, MAYOR, () -> proposals.draft(draftA1)));
            checks.add(denied("save", other, MAYOR, () -> proposals.save(changed)));
            checks.add(denied("submit", other, MAYOR, () -> proposals.submit(draftA1, version)));
            checks.add(denied("attach", other, MAYOR, () -> attachments.attach(draftA1, AttachmentPurpose.MINUTES,
                    null, "minutes.pdf", ProjectJourney.pdf())));
            checks.add(denied("spend", other, MAYOR,
                    () -> run(() -> projects.spend(publishedId, line, 1000, PortalClock.today(), "Invoice"))));
            checks.add(denied("measure", other, MAYOR, () -> run(() -> projects.measure(publishedId, indicator,
                    2026, 1, BigDecimal.ONE))));
            checks.add(denied("reach a milestone", other, MAYOR, () -> run(() -> projects.reachMilestone(
                    milestone.id(), milestone.version(), PortalClock.today()))));
            checks.add(denied("report", other, MAYOR, () -> projects.report(publishedId, publishedVersion, 2026, 1,
                    "Done", null)));
            checks.add(denied("evaluate", other, MAYOR, () -> run(() -> projects.evaluate(publishedId,
                    publishedVersion, Map.of(indicator, BigDecimal.ONE), 1, "Lessons"))));
        }
        checks.add(denied("start a proposal for a call not open to their region", mayorA1, MAYOR,
                () -> proposals.start(otherCall, "Not for A")));
        checks.add(refusedByRole("a governor opening a mayor's form", governorA, GOVERNOR,
                () -> proposals.draft(draftA1)));
        checks.add(refusedByRole("a governor submitting", governorA, GOVERNOR,
                () -> proposals.submit(draftA1, version)));
        checks.add(refusedByRole("a project manager saving", pm, PM, () -> proposals.save(changed)));
        checks.add(refusedByRole("a governor spending", governorA, GOVERNOR,
                () -> run(() -> projects.spend(publishedId, line, 1000, PortalClock.today(), "Invoice"))));
        assertAll("another district's proposals and projects", checks);

        ProposalDraft after = journey.draft(mayorA1, draftA1);
        assertEquals(version, after.getVersion(), "the draft is unchanged");
        assertEquals(own.getTitle(), after.getTitle());
        assertEquals(before, setup.auditedActions(draftA1), "nothing was audited");
        assertEquals(0, signIn.as(mayorA1, MAYOR, () -> projects.expenditures(publishedId, ALL)).total(),
                "nothing was spent");
        journey.save(mayorA1, changed);
        assertEquals("Taken over", journey.draft(mayorA1, draftA1).getTitle(), "the district's own mayor may save it");
    }

    @Test
    void aGovernorActsOnlyOnTheirRegionsEndorsementsAndListsOnlyTheirRegionsProjects() throws Exception {
        assertEquals(sorted(draftA1, reviewA1.projectId(), publishedA1.projectId()), listed(governorA, GOVERNOR),
                "the governor lists the projects of the region's districts");
        assertEquals(sorted(draftB1, reviewB1.projectId()), listed(governorB, GOVERNOR));
        List<TaskRow> tasksA = journey.myTasks(governorA, GOVERNOR);
        assertEquals(List.of(reviewA1.taskId()), tasksA.stream().map(TaskRow::id).toList(),
                "governor A's tasks: A1's endorsement only");
        assertEquals(List.of(reviewB1.taskId()), journey.myTasks(governorB, GOVERNOR).stream().map(TaskRow::id)
                .toList());
        assertTrue(journey.myTasks(mayorA1, MAYOR, reviewA1.projectId()).isEmpty(), "not the mayor's task");

        long task = reviewA1.taskId();
        long version = reviewA1.taskVersion();
        long reviewB = reviewB1.projectId();
        List<Executable> checks = new ArrayList<>();
        for (WorkflowAction action : WorkflowAction.values()) {
            checks.add(denied(action + " on another region's task", governorB, GOVERNOR,
                    () -> workflow.act(task, version, action, "A comment", null)));
            checks.add(denied(action + " on a task of the governor", mayorA1, MAYOR,
                    () -> workflow.act(task, version, action, "A comment", null)));
            checks.add(denied(action + " on a task of the governor", pm, PM,
                    () -> workflow.act(task, version, action, "A comment", null)));
        }
        checks.add(denied("view of another region's project", governorA, GOVERNOR, () -> projects.view(reviewB)));
        checks.add(denied("timeline of another region's project", governorA, GOVERNOR,
                () -> projects.timeline(reviewB, ALL)));
        assertAll("the endorsement of A1's proposal", checks);

        ProjectSetup.TaskState unchanged = setup.task(task);
        assertEquals(version, unchanged.version(), "the task is unchanged");
        assertEquals(ProjectStatus.IN_REVIEW, setup.project(reviewA1.projectId()).status());
        assertEquals(List.of(), setup.auditedActions(reviewA1.projectId()), "nothing was audited");

        assertEquals(WorkflowService.Outcome.APPROVED, journey.act(governorA, GOVERNOR, task, version,
                WorkflowAction.APPROVE, null, null), "the region's own governor may endorse it");
    }

    @Test
    void residentsAndTrainersGetNothingFromTheOfficialsServicesAndThePublicOnlyPublishedProjects()
            throws Exception {
        long task = reviewA1.taskId();
        long version = reviewA1.taskVersion();
        long publishedId = publishedA1.projectId();
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, String> who : Map.of(residentA1, "resident", trainer, "trainer").entrySet()) {
            String username = who.getKey();
            String role = who.getValue();
            Map<String, Callable<?>> methods = new LinkedHashMap<>();
            methods.put("projects", () -> projects.projects(ALL, null));
            methods.put("view", () -> projects.view(publishedId));
            methods.put("timeline", () -> projects.timeline(publishedId, ALL));
            methods.put("expenditures", () -> projects.expenditures(publishedId, ALL));
            methods.put("start", () -> proposals.start(callAB, "Mine"));
            methods.put("draft", () -> proposals.draft(draftA1));
            methods.put("myTasks", () -> workflow.myTasks(ALL));
            methods.put("act", () -> workflow.act(task, version, WorkflowAction.APPROVE, null, null));
            methods.put("attach", () -> attachments.attach(draftA1, AttachmentPurpose.MINUTES, null, "m.pdf",
                    ProjectJourney.pdf()));
            methods.put("openCalls", () -> calls.openCalls(ALL));
            methods.put("call", () -> calls.call(callAB));
            methods.put("calls", () -> calls.calls(ALL, null));
            methods.forEach((name, call) -> checks.add(refusedByRole(name, username, role, call)));
        }
        assertAll("resident and trainer x project services", checks);
        assertEquals(version, setup.task(task).version(), "the task is unchanged");

        // The public: without signing in, and as a resident.
        List<Executable> publicChecks = new ArrayList<>();
        for (long hidden : List.of(draftA1, reviewA1.projectId(), draftB1)) {
            publicChecks.add(() -> assertThrows(NotFoundException.class, () -> publicProjects.project(hidden),
                    "a project without a grant does not exist for the public"));
            publicChecks.add(() -> assertThrows(NotFoundException.class,
                    () -> signIn.as(residentA1, "resident", () -> publicProjects.project(hidden))));
        }
        publicChecks.add(() -> assertThrows(NotFoundException.class, () -> publicProjects.project(-1)));
        publicChecks.add(() -> {
            ProjectView shown = publicProjects.project(publishedId);
            assertEquals(ProjectStatus.IN_IMPLEMENTATION, shown.header().status());
            assertTrue(shown.tasks().isEmpty() && shown.reports().isEmpty(), "no tasks or reports in public");
        });
        publicChecks.add(() -> assertEquals(List.of(publishedId), publicProjects.published(ALL, a1.getId()).rows()
                .stream().map(PublicProjectRow::id).toList(), "A1's published projects only"));
        publicChecks.add(() -> assertEquals(List.of(), publicProjects.published(ALL, b1.getId()).rows()));
        publicChecks.add(() -> assertEquals(List.of(publishedId), signIn.as(residentA1, "resident",
                () -> publicProjects.published(ALL, a1.getId())).rows().stream().map(PublicProjectRow::id).toList()));
        assertAll("the public side", publicChecks);
    }

    @Test
    void mayorsSeeOnlyTheOpenCallsOfTheirRegionAndNotADraftCall() throws Exception {
        LocalDate today = PortalClock.today();
        long callA = setup.openCall(5_000_000, 20, regionA);
        long callB = setup.openCall(5_000_000, 20, regionB);
        long draftA = setup.call(CallStatus.DRAFT, today.minusDays(1), today.plusDays(30), 5_000_000, 20, regionA);
        long futureA = setup.call(CallStatus.PUBLISHED, today.plusDays(10), today.plusDays(40), 5_000_000, 20,
                regionA);
        long pastA = setup.call(CallStatus.PUBLISHED, today.minusDays(40), today.minusDays(1), 5_000_000, 20,
                regionA);
        long closedA = setup.call(CallStatus.CLOSED, today.minusDays(1), today.plusDays(30), 5_000_000, 20, regionA);

        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(sorted(callAB, callA), openCalls(mayorA1, MAYOR), "A1's mayor"));
        checks.add(() -> assertEquals(sorted(callAB, callA), openCalls(mayorA2, MAYOR), "A2's mayor"));
        checks.add(() -> assertEquals(sorted(callAB, callB), openCalls(mayorB1, MAYOR), "B1's mayor"));
        checks.add(() -> assertEquals(sorted(callAB, callA), openCalls(governorA, GOVERNOR), "A's governor"));
        checks.add(() -> assertEquals(2, signIn.as(mayorA1, MAYOR, () -> calls.openCalls(ALL)).total()));
        checks.add(denied("a draft call's page", mayorA1, MAYOR, () -> calls.call(draftA)));
        checks.add(denied("a draft call's page", governorA, GOVERNOR, () -> calls.call(draftA)));
        checks.add(denied("another region's call", mayorA1, MAYOR, () -> calls.call(callB)));
        checks.add(denied("another region's call", governorB, GOVERNOR, () -> calls.call(callA)));
        checks.add(() -> assertEquals(callA, signIn.as(mayorA1, MAYOR, () -> calls.call(callA)).row().id(),
                "their region's open call"));
        checks.add(() -> assertEquals(pastA, signIn.as(mayorA1, MAYOR, () -> calls.call(pastA)).row().id(),
                "a published call of their region, even when closed for proposals"));
        checks.add(() -> assertEquals(draftA, signIn.as(pm, PM, () -> calls.call(draftA)).row().id(),
                "the project manager sees a draft"));
        checks.add(denied("a proposal for another region's call", mayorA1, MAYOR,
                () -> proposals.start(callB, "Not mine")));
        for (long notOpen : List.of(draftA, futureA, pastA, closedA)) {
            checks.add(() -> assertEquals("project.call.notOpen", assertThrows(
                    org.birge.portal.shared.domain.DomainException.class, () -> signIn.as(mayorA1, MAYOR,
                            () -> proposals.start(notOpen, "Too early or too late"))).getMessageKey()));
        }
        checks.add(refusedByRole("create a call", mayorA1, MAYOR, () -> calls.create(new CallTerms())));
        checks.add(refusedByRole("the list of every call", governorA, GOVERNOR, () -> calls.calls(ALL, null)));
        checks.add(refusedByRole("publish a call", governorA, GOVERNOR, () -> calls.publish(draftA, 0)));
        assertAll("calls by region and status", checks);
    }

    private List<Long> openCalls(String username, String role) throws Exception {
        return signIn.as(username, role, () -> calls.openCalls(ALL)).rows().stream().map(CallRow::id).sorted()
                .toList();
    }

    @Test
    void anotherDistrictsMayorCannotDownloadTheMinutesButAnyoneCanDownloadAPublishedProjectsPhoto()
            throws Exception {
        byte[] minutesBytes = ProjectJourney.pdf();
        long minutes = journey.attach(mayorA1, draftA1, AttachmentPurpose.MINUTES, "minutes.pdf", minutesBytes);
        byte[] photoBytes = ProjectJourney.jpeg();
        long photo = journey.attach(mayorA1, publishedA1.projectId(), AttachmentPurpose.PHOTO, "site.jpg",
                photoBytes);
        long document = journey.attach(mayorA1, publishedA1.projectId(), AttachmentPurpose.DOCUMENT, "contract.pdf",
                minutesBytes);
        long draftPhoto = journey.attach(mayorA1, draftA1, AttachmentPurpose.PHOTO, "plan.jpg", photoBytes);
        List<Long> files = List.of(minutes, document, draftPhoto, photo);

        List<Executable> checks = new ArrayList<>();
        // Officials of another district or region: refused for every file of A1's projects.
        for (Map.Entry<String, String> who : Map.of(mayorA2, MAYOR, mayorB1, MAYOR, governorB, GOVERNOR).entrySet()) {
            for (long file : files) {
                checks.add(denied("download of file " + file, who.getKey(), who.getValue(),
                        () -> attachments.download(file)));
            }
        }
        // Residents, trainers and the public have no download of officials' files at all.
        for (Map.Entry<String, String> who : Map.of(residentA1, "resident", trainer, "trainer").entrySet()) {
            for (long file : files) {
                checks.add(refusedByRole("download of file " + file, who.getKey(), who.getValue(),
                        () -> attachments.download(file)));
            }
        }
        for (long file : files) {
            checks.add(() -> assertThrows(EJBAccessException.class, () -> attachments.download(file),
                    "anonymous download of file " + file));
        }
        // The district's mayor, the region's governor and a project manager read the minutes.
        for (Map.Entry<String, String> who : Map.of(mayorA1, MAYOR, governorA, GOVERNOR, pm, PM).entrySet()) {
            checks.add(() -> {
                FileDownload file = signIn.as(who.getKey(), who.getValue(), () -> attachments.download(minutes));
                assertEquals("application/pdf", file.mediaType());
                assertEquals("minutes.pdf", file.fileName());
                assertArrayEquals(minutesBytes, Files.readAllBytes(file.path()), who.getValue() + " reads them");
            });
        }
        // A published project's photo, for anyone: signed in as anyone, or not at all.
        for (Map.Entry<String, String> who : Map.of(mayorA2, MAYOR, mayorB1, MAYOR, governorB, GOVERNOR,
                residentA1, "resident", trainer, "trainer").entrySet()) {
            checks.add(() -> {
                FileDownload file = signIn.as(who.getKey(), who.getValue(), () -> attachments.publicPhoto(photo));
                assertEquals("image/jpeg", file.mediaType());
                assertEquals("site.jpg", file.fileName());
                assertArrayEquals(photoBytes, Files.readAllBytes(file.path()), who.getValue());
            });
        }
        checks.add(() -> assertArrayEquals(photoBytes, Files.readAllBytes(attachments.publicPhoto(photo).path()),
                "anonymous"));
        // Nothing else is public: the minutes, a document of a published project, a photo of a draft.
        for (long hidden : List.of(minutes, document, draftPhoto, -1L)) {
            checks.add(() -> assertThrows(NotFoundException.class, () -> attachments.publicPhoto(hidden),
                    "public download of file " + hidden));
            checks.add(() -> assertThrows(NotFoundException.class,
                    () -> signIn.as(mayorA1, MAYOR, () -> attachments.publicPhoto(hidden)),
                    "public download of file " + hidden + " by its own mayor"));
        }
        checks.add(() -> assertThrows(NotFoundException.class,
                () -> signIn.as(pm, PM, () -> attachments.download(-1))));
        checks.add(() -> assertEquals(List.of(photo), publicProjects.project(publishedA1.projectId()).attachments()
                .stream().map(ProjectView.File::id).toList(), "the public page shows the photo, not the document"));
        assertAll("downloads", checks);
    }

    private static Object run(ThrowingRunnable work) throws Exception {
        work.run();
        return null;
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
