package org.birge.portal.it.services;

import static org.birge.portal.it.services.ProjectJourney.GOVERNOR;
import static org.birge.portal.it.services.ProjectJourney.MAYOR;
import static org.birge.portal.it.services.ProjectJourney.PM;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.notify.service.NotificationRow;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.domain.CallStatus;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.project.domain.ReportStatus;
import org.birge.portal.project.domain.Responsible;
import org.birge.portal.project.domain.TaskKind;
import org.birge.portal.project.domain.TaskStatus;
import org.birge.portal.project.domain.WorkflowAction;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.project.service.CallRow;
import org.birge.portal.project.service.CallTerms;
import org.birge.portal.project.service.DefinitionRow;
import org.birge.portal.project.service.GrantCallService;
import org.birge.portal.project.service.ProjectService;
import org.birge.portal.project.service.ProjectView;
import org.birge.portal.project.service.ProposalDraft;
import org.birge.portal.project.service.ProposalService;
import org.birge.portal.project.service.PublicProjectService;
import org.birge.portal.project.service.SaveResult;
import org.birge.portal.project.service.TaskRow;
import org.birge.portal.project.service.TimelineRow;
import org.birge.portal.project.service.WorkflowDefinitionService;
import org.birge.portal.project.service.WorkflowService;
import org.birge.portal.project.service.WorkflowService.Outcome;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.CalendarService;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A project's whole path through the services, each step by the person whose step it is: a project
 * manager's call, the mayor's proposal, the governor's endorsement, the appraisal, the grant decision by
 * two project managers (four eyes), implementation with spending, indicator values, a milestone and a
 * reviewed progress report, the evaluation and the close. After every step: the status, the open tasks,
 * who was notified, and what the audit trail holds for the project.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectLifecycleIT {

    private static final PageRequest ALL = PageRequest.of(0, PageRequest.MAX_SIZE);
    private static final java.time.format.DateTimeFormatter SHOWN =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("project-lifecycle-it");
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
    private WorkflowDefinitionService definitions;

    @EJB
    private NotificationService notifications;

    @EJB
    private CalendarService calendar;

    @EJB
    private AuditService auditService;

    @EJB
    private Fixtures fixtures;

    @EJB
    private ProjectSetup setup;

    @EJB
    private PastTraining training;

    @Inject
    private TestSignIn signIn;

    private ProjectJourney journey;
    private Region region;
    private District district;
    private String mayor;
    private String governor;
    private String otherGovernor;
    private String pm1;
    private String pm2;

    @BeforeEach
    void people() {
        journey = new ProjectJourney(signIn, proposals, attachments, workflow, notifications);
        region = fixtures.region(Fixtures.unique("R"));
        district = fixtures.district(Fixtures.unique("D"), region);
        mayor = fixtures.newPerson(district, null, Role.MAYOR);
        // The course the grant decision may require of the district's mayor (TrainingPrerequisiteIT tests it).
        training.certifyForCurrentWorkflow(mayor, district);
        governor = fixtures.newPerson(null, region, Role.GOVERNOR);
        otherGovernor = fixtures.newPerson(null, fixtures.region(Fixtures.unique("R")), Role.GOVERNOR);
        pm1 = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
        pm2 = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
    }

    private ProjectView view(String username, String role, long id) throws Exception {
        return signIn.as(username, role, () -> projects.view(id));
    }

    private List<String> openTasks(long projectId) {
        return setup.openTasks(projectId).stream()
                .map(t -> t.stepCode() + "/" + t.responsible() + "/" + t.kind()).toList();
    }

    /** The actions of the project's timeline as the project manager reads it, the oldest first. */
    private List<String> timeline(long projectId) throws Exception {
        List<TimelineRow> rows = signIn.as(pm1, PM, () -> projects.timeline(projectId, ALL).rows());
        List<String> actions = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0; i--) {
            actions.add(rows.get(i).action() + " by " + rows.get(i).actor());
        }
        return actions;
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    private void assertStep(long id, ProjectStatus status, String stepCode, List<String> openTasks,
                            List<String> timeline) throws Exception {
        ProjectView.Header header = view(pm1, PM, id).header();
        assertAll("after " + timeline.get(timeline.size() - 1),
                () -> assertEquals(status, header.status(), "status"),
                () -> assertEquals(stepCode, header.stepCode(), "step"),
                () -> assertEquals(openTasks, openTasks(id), "open tasks"),
                () -> assertEquals(timeline, timeline(id), "the project's timeline"),
                () -> assertEquals(timeline, setup.auditedActionsWithActors(id), "the audit rows of the project"));
    }

    @Test
    void aProjectGoesFromTheCallToItsCloseWithTheRightTasksNotificationsAndAuditAtEachStep() throws Exception {
        LocalDate today = PortalClock.today();
        DefinitionRow workflowNow = signIn.as(pm1, PM, () -> definitions.definitions()).stream()
                .filter(d -> d.status() == org.birge.portal.project.domain.DefinitionStatus.PUBLISHED
                        && d.code().equals("local-initiative-grant")).findFirst().orElseThrow();
        assertEquals(List.of(10, 5, 10, 10, 65, 10), workflowNow.steps().stream().map(DefinitionRow.StepRow::slaDays)
                .toList(), "the default workflow has its seeded working days (WorkflowDefinitionIT restores them)");
        assertEquals(2, workflowNow.steps().get(3).requiredApprovals(), "the grant decision needs two approvals");

        // The project manager prepares and publishes a call for the region.
        CallTerms terms = new CallTerms();
        terms.setTitle(Fixtures.unique("Call"));
        terms.setDescription("Small grants for playgrounds and water");
        terms.setEnvelope(50_000_000L);
        terms.setMaxGrant(5_000_000L);
        terms.setMinCofinancingPercent(20);
        terms.setOpensOn(today.minusDays(1));
        terms.setClosesOn(today.plusDays(30));
        terms.setRegionIds(List.of(region.getId()));
        terms.setCriteria(new ArrayList<>(List.of(new CallTerms.CriterionItem("Need", 40),
                new CallTerms.CriterionItem("Feasibility", 30), new CallTerms.CriterionItem("Community", 30))));
        CallRow draftCall = signIn.as(pm1, PM, () -> calls.create(terms));
        assertEquals(CallStatus.DRAFT, draftCall.status());
        assertTrue(signIn.as(mayor, MAYOR, () -> calls.openCalls(ALL)).rows().isEmpty(), "a draft call is not open");
        CallRow call = signIn.as(pm1, PM, () -> calls.publish(draftCall.id(), draftCall.version()));
        assertEquals(CallStatus.PUBLISHED, call.status());
        assertEquals(List.of(call.id()), signIn.as(mayor, MAYOR, () -> calls.openCalls(ALL)).rows().stream()
                .map(CallRow::id).toList(), "the mayor sees the call open to their region");

        // The mayor starts a proposal and saves it: the problems are told, the draft is kept.
        String title = "Playground " + Fixtures.unique("P");
        long id = journey.start(mayor, call.id(), title);
        ProposalDraft form = ProjectJourney.fill(journey.draft(mayor, id), 3_000_000);
        SaveResult saved = journey.save(mayor, form);
        assertEquals(List.of("project.rule.minutesRequired"), ProjectJourney.keys(saved.problems()),
                "the saved draft lacks only its minutes");
        ProposalDraft reloaded = journey.draft(mayor, id);
        assertAll("the saved draft",
                () -> assertEquals(saved.version(), reloaded.getVersion()),
                () -> assertEquals(title, reloaded.getTitle()),
                () -> assertEquals(ProjectSetup.COST, reloaded.budgetTotal()),
                () -> assertEquals(ProjectSetup.COST, reloaded.fundingTotal()),
                () -> assertEquals(25, reloaded.localSharePercent()));
        assertStep(id, ProjectStatus.DRAFT, "submission", List.of(),
                List.of("project.created by " + mayor, "project.saved by " + mayor));

        // The minutes, then the submission: the governor's task, due in the step's five working days.
        journey.attachMinutes(mayor, id);
        SaveResult submitted = journey.submit(mayor, id);
        assertTrue(submitted.problems().isEmpty());
        List<String> trail = new ArrayList<>(List.of("project.created by " + mayor, "project.saved by " + mayor,
                "attachment.added by " + mayor, "project.submitted by " + mayor));
        assertStep(id, ProjectStatus.IN_REVIEW, "endorsement", List.of("endorsement/REGION_GOVERNOR/STEP"), trail);
        TaskRow endorsement = journey.myTask(governor, GOVERNOR, id);
        LocalDate due = calendar.dueDate(today, 5);
        assertAll("the governor's task",
                () -> assertEquals("endorsement", endorsement.stepCode()),
                () -> assertEquals(today, endorsement.openedOn()),
                () -> assertEquals(due, endorsement.dueOn(), "five working days after today"),
                () -> assertEquals(title, endorsement.projectTitle()));
        assertTrue(journey.myTasks(otherGovernor, GOVERNOR, id).isEmpty(), "not the other region's governor's");
        assertTrue(journey.myTasks(mayor, MAYOR, id).isEmpty(), "nothing for the mayor now");
        List<NotificationRow> toGovernor = journey.notes(governor, GOVERNOR, id);
        assertEquals(1, toGovernor.size(), () -> "the governor is told once: " + toGovernor);
        assertAll("the governor's notification",
                () -> assertEquals("task.assigned", toGovernor.get(0).kind()),
                () -> assertEquals("notify.task.assigned", toGovernor.get(0).messageKey()),
                () -> assertEquals(title, toGovernor.get(0).arguments().get(0)),
                () -> assertTrue(toGovernor.get(0).arguments().get(1).endsWith("endorsement"),
                        () -> "names the step: " + toGovernor.get(0).arguments()),
                () -> assertTrue(List.of(due.toString(), SHOWN.format(due)).contains(
                        toGovernor.get(0).arguments().get(2)), () -> "the due date: " + toGovernor.get(0).arguments()),
                () -> assertFalse(toGovernor.get(0).read()));
        assertTrue(journey.notes(otherGovernor, GOVERNOR, id).isEmpty(), "the other governor is not told");

        // The governor endorses: the appraisal is the project managers'.
        assertEquals(Outcome.APPROVED, journey.actOnMyTask(governor, GOVERNOR, id, WorkflowAction.APPROVE,
                "Endorsed by the region", null));
        trail.add("project.approved by " + governor);
        assertStep(id, ProjectStatus.IN_REVIEW, "appraisal", List.of("appraisal/PROJECT_MANAGER/STEP"), trail);
        assertTrue(journey.myTasks(governor, GOVERNOR, id).isEmpty(), "the governor's task is done");
        for (String pm : List.of(pm1, pm2)) {
            assertEquals(List.of("task.assigned/notify.task.assigned"), journey.noteKinds(pm, PM, id),
                    pm + " is told of the appraisal");
            assertEquals("appraisal", journey.myTask(pm, PM, id).stepCode());
        }

        // The appraisal: points per criterion.
        assertEquals(Outcome.APPROVED, journey.actOnMyTask(pm1, PM, id, WorkflowAction.APPROVE, null,
                Map.of("Need", 35, "Feasibility", 25, "Community", 20)));
        trail.add("project.approved by " + pm1);
        assertStep(id, ProjectStatus.IN_REVIEW, "grant-decision", List.of("grant-decision/PROJECT_MANAGER/STEP"),
                trail);
        ProjectView appraised = view(pm1, PM, id);
        assertEquals(80, appraised.scoreTotal());
        assertEquals(100, appraised.scoreMaximum());
        assertEquals(List.of("task.assigned/notify.task.assigned", "task.assigned/notify.task.assigned"),
                journey.noteKinds(pm2, PM, id), "told of the appraisal and of the decision");

        // The grant decision: two different project managers.
        TaskRow decision = journey.myTask(pm1, PM, id);
        assertEquals(2, decision.requiredApprovals());
        assertEquals(Outcome.WAITING_FOR_SECOND_APPROVAL, journey.act(pm1, PM, decision.id(), decision.version(),
                WorkflowAction.APPROVE, null, null));
        trail.add("project.approvedFirst by " + pm1);
        assertStep(id, ProjectStatus.IN_REVIEW, "grant-decision", List.of("grant-decision/PROJECT_MANAGER/STEP"),
                trail);
        assertTrue(journey.myTasks(pm1, PM, id).isEmpty(), "the first approver no longer sees the task");
        TaskRow second = journey.myTask(pm2, PM, id);
        assertEquals(pm1, second.firstApprover());
        DomainException sameAgain = assertThrows(DomainException.class, () -> journey.act(pm1, PM, second.id(),
                second.version(), WorkflowAction.APPROVE, null, null), "the same person cannot approve twice");
        assertEquals("project.task.fourEyes", sameAgain.getMessageKey());
        assertStep(id, ProjectStatus.IN_REVIEW, "grant-decision", List.of("grant-decision/PROJECT_MANAGER/STEP"),
                trail);
        assertEquals(Outcome.APPROVED, journey.act(pm2, PM, second.id(), second.version(), WorkflowAction.APPROVE,
                null, null));
        trail.add("project.approved by " + pm2);
        assertStep(id, ProjectStatus.IN_IMPLEMENTATION, "implementation",
                List.of("implementation/DISTRICT_MAYOR/STEP"), trail);
        ProjectView granted = view(mayor, MAYOR, id);
        assertEquals(3_000_000, granted.header().grantRequested());
        assertEquals(granted.header().grantRequested(), granted.header().grantApproved(), "the grant as requested");
        assertEquals(List.of("grant.decided/notify.project.granted", "task.assigned/notify.task.assigned"),
                sorted(journey.noteKinds(mayor, MAYOR, id)), "the mayor is told of the grant and of their task");
        assertEquals(List.of(title, "3000000"), journey.notes(mayor, MAYOR, id).stream()
                .filter(n -> n.kind().equals("grant.decided")).findFirst().orElseThrow().arguments());
        assertEquals(id, publicProjects.project(id).header().id(), "a granted project is public");

        // Implementation: money spent, an indicator's value, a milestone reached, a progress report.
        long line = granted.budget().get(0).id();
        long indicator = granted.indicators().get(0).id();
        ProjectView.Step milestone = granted.milestones().get(0);
        signIn.as(mayor, MAYOR, () -> {
            projects.spend(id, line, 1_000_000, today, "Invoice 17");
            return null;
        });
        int year = today.getYear();
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        signIn.as(mayor, MAYOR, () -> {
            projects.measure(id, indicator, year, quarter, BigDecimal.valueOf(20));
            return null;
        });
        signIn.as(mayor, MAYOR, () -> {
            projects.reachMilestone(milestone.id(), milestone.version(), today);
            return null;
        });
        long version = view(mayor, MAYOR, id).header().version();
        long reportId = signIn.as(mayor, MAYOR, () -> projects.report(id, version, year, quarter,
                "The equipment is ordered and half paid", "Delivery may be late"));
        trail.addAll(List.of("expenditure.recorded by " + mayor, "indicator.measured by " + mayor,
                "milestone.reached by " + mayor, "report.submitted by " + mayor));
        assertStep(id, ProjectStatus.IN_IMPLEMENTATION, "implementation",
                List.of("implementation/DISTRICT_MAYOR/STEP", "report-review/PROJECT_MANAGER/REPORT_REVIEW"), trail);
        ProjectView implementing = view(mayor, MAYOR, id);
        assertAll("what the mayor recorded",
                () -> assertEquals(1_000_000, implementing.header().spent()),
                () -> assertEquals(0, BigDecimal.valueOf(20).compareTo(implementing.indicators().get(0).latest())),
                () -> assertEquals(today, implementing.milestones().get(0).reachedOn()),
                () -> assertEquals(ReportStatus.SUBMITTED, implementing.reports().get(0).status()),
                () -> assertEquals(1, signIn.as(mayor, MAYOR, () -> projects.expenditures(id, ALL)).total()));
        CallRow figures = signIn.as(pm1, PM, () -> calls.call(call.id())).row();
        assertAll("the call's figures",
                () -> assertEquals(3_000_000, figures.requested()),
                () -> assertEquals(3_000_000, figures.approved()),
                () -> assertEquals(750_000, figures.disbursed(), "the grant's share of the money spent"),
                () -> assertEquals(1, figures.projects()));

        // The project manager reviews the report.
        TaskRow review = journey.myTask(pm2, PM, id);
        assertEquals(TaskKind.REPORT_REVIEW, review.kind());
        assertTrue(journey.noteKinds(pm2, PM, id).contains("task.assigned/notify.task.reportReview"),
                "the project managers are told of the report");
        assertEquals(Outcome.APPROVED, journey.act(pm2, PM, review.id(), review.version(), WorkflowAction.APPROVE,
                "Thank you", null));
        trail.add("report.accepted by " + pm2);
        assertStep(id, ProjectStatus.IN_IMPLEMENTATION, "implementation",
                List.of("implementation/DISTRICT_MAYOR/STEP"), trail);
        assertEquals(ReportStatus.ACCEPTED, view(mayor, MAYOR, id).reports().get(0).status());
        assertEquals(reportId, view(mayor, MAYOR, id).reports().get(0).id());
        assertTrue(journey.noteKinds(mayor, MAYOR, id).contains("report.accepted/notify.report.accepted"));

        // The mayor's evaluation ends implementation; the project manager closes the project.
        long beforeEvaluation = view(mayor, MAYOR, id).header().version();
        signIn.as(mayor, MAYOR, () -> {
            projects.evaluate(id, beforeEvaluation, Map.of(indicator, BigDecimal.valueOf(55)), 450,
                    "Involve the school from the start");
            return null;
        });
        trail.add("project.evaluated by " + mayor);
        assertStep(id, ProjectStatus.IN_EVALUATION, "evaluation", List.of("evaluation/PROJECT_MANAGER/STEP"), trail);
        assertEquals(Responsible.DISTRICT_MAYOR, setup.tasks(id).stream()
                .filter(t -> t.stepCode().equals("implementation")).findFirst().orElseThrow().responsible());
        assertEquals(TaskStatus.DONE, setup.tasks(id).stream().filter(t -> t.stepCode().equals("implementation"))
                .findFirst().orElseThrow().status(), "the evaluation completes the mayor's implementation task");
        assertEquals(Outcome.APPROVED, journey.actOnMyTask(pm1, PM, id, WorkflowAction.APPROVE, "Well done", null));
        trail.add("project.approved by " + pm1);
        assertStep(id, ProjectStatus.CLOSED, "evaluation", List.of(), trail);
        ProjectView closed = view(mayor, MAYOR, id);
        assertAll("the closed project",
                () -> assertEquals(450, closed.header().peopleReached()),
                () -> assertEquals("Involve the school from the start", closed.header().lessonsLearned()),
                () -> assertEquals(0, BigDecimal.valueOf(55).compareTo(closed.indicators().get(0).finalValue())),
                () -> assertTrue(closed.tasks().isEmpty()),
                () -> assertTrue(journey.noteKinds(mayor, MAYOR, id).contains("project.closed/notify.project.closed")),
                () -> assertEquals(ProjectStatus.CLOSED, publicProjects.project(id).header().status()));
        assertTrue(setup.tasks(id).stream().allMatch(t -> t.status() == TaskStatus.DONE),
                () -> "every task was done by someone: " + setup.tasks(id));
        assertNull(setup.tasks(id).stream().filter(t -> t.stepCode().equals("grant-decision")).findFirst()
                .orElseThrow().escalatedOn());
        assertEquals(pm2, setup.tasks(id).stream().filter(t -> t.stepCode().equals("grant-decision")).findFirst()
                .orElseThrow().completedBy(), "the second approver completed the decision");
        new AuditTrail(auditService, signIn).assertIntact();
    }
}
