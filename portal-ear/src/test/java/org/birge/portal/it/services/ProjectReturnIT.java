package org.birge.portal.it.services;

import static org.birge.portal.it.services.ProjectJourney.GOVERNOR;
import static org.birge.portal.it.services.ProjectJourney.MAYOR;
import static org.birge.portal.it.services.ProjectJourney.PM;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.birge.portal.notify.service.NotificationRow;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.domain.AttachmentPurpose;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.project.domain.Responsible;
import org.birge.portal.project.domain.TaskStatus;
import org.birge.portal.project.domain.WorkflowAction;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.project.service.CallRow;
import org.birge.portal.project.service.GrantCallService;
import org.birge.portal.project.service.ProposalDraft;
import org.birge.portal.project.service.ProposalService;
import org.birge.portal.project.service.PublicProjectService;
import org.birge.portal.project.service.TaskRow;
import org.birge.portal.project.service.WorkflowService;
import org.birge.portal.project.service.WorkflowService.Outcome;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.CalendarService;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.PortalClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Sending a proposal back and turning it down. A return needs a comment and gives the mayor a new round
 * with a task of their own; the mayor edits and submits again. A rejection needs a reason, is final,
 * cancels every open task, and nothing can be done on the project afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectReturnIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("project-return-it");
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
    private PublicProjectService publicProjects;

    @EJB
    private NotificationService notifications;

    @EJB
    private CalendarService calendar;

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
    private String pm;
    private String pm2;
    private long call;

    @BeforeEach
    void people() {
        journey = new ProjectJourney(signIn, proposals, attachments, workflow, notifications);
        region = fixtures.region(Fixtures.unique("R"));
        district = fixtures.district(Fixtures.unique("D"), region);
        mayor = fixtures.newPerson(district, null, Role.MAYOR);
        // The course the grant decision may require of the district's mayor (TrainingPrerequisiteIT tests it).
        training.certifyForCurrentWorkflow(mayor, district);
        governor = fixtures.newPerson(null, region, Role.GOVERNOR);
        pm = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
        pm2 = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
        call = setup.openCall(5_000_000, 20, region);
    }

    private static void assertKey(String key, Throwable thrown) {
        DomainException refusal = assertInstanceOf(DomainException.class, thrown, () -> "refused: " + thrown);
        assertEquals(key, refusal.getMessageKey(), () -> "refused with " + refusal.getMessageKey());
    }

    @Test
    void aReturnNeedsACommentAndGivesTheMayorASecondRoundToEditAndResubmit() throws Exception {
        String title = "Water pipe " + Fixtures.unique("P");
        long id = journey.submitted(mayor, call, title);
        TaskRow endorsement = journey.myTask(governor, GOVERNOR, id);

        for (String blank : Arrays.asList(null, "", "   ")) {
            assertKey("project.action.commentRequired", assertThrows(DomainException.class, () -> journey.act(
                    governor, GOVERNOR, endorsement.id(), endorsement.version(), WorkflowAction.RETURN, blank, null)));
        }
        assertEquals(endorsement.version(), setup.task(endorsement.id()).version(), "the task is unchanged");
        assertEquals(ProjectStatus.IN_REVIEW, setup.project(id).status());
        assertEquals(0, setup.countAudited(id, "project.returned"));

        String comment = "Please add the letter of the school";
        assertEquals(Outcome.RETURNED, journey.act(governor, GOVERNOR, endorsement.id(), endorsement.version(),
                WorkflowAction.RETURN, comment, null));
        LocalDate today = PortalClock.today();
        ProjectSetup.ProjectState returned = setup.project(id);
        ProjectSetup.TaskState done = setup.task(endorsement.id());
        List<ProjectSetup.TaskState> open = setup.openTasks(id);
        assertAll("returned for a second round",
                () -> assertEquals(ProjectStatus.RETURNED, returned.status()),
                () -> assertEquals(2, returned.round()),
                () -> assertEquals("submission", returned.stepCode()),
                () -> assertEquals(TaskStatus.DONE, done.status(), "the governor's task is done"),
                () -> assertEquals(WorkflowAction.RETURN, done.outcome()),
                () -> assertEquals(governor, done.completedBy()),
                () -> assertEquals(1, open.size(), () -> "one open task: " + open),
                () -> assertEquals(Responsible.DISTRICT_MAYOR, open.get(0).responsible()),
                () -> assertEquals("submission", open.get(0).stepCode()),
                () -> assertEquals(calendar.dueDate(today, 10), open.get(0).dueOn(), "the submission's 10 days"),
                () -> assertEquals(1, setup.countAudited(id, "project.returned")));
        TaskRow mayorsTask = journey.myTask(mayor, MAYOR, id);
        assertEquals("submission", mayorsTask.stepCode());
        assertTrue(journey.myTasks(governor, GOVERNOR, id).isEmpty());
        NotificationRow told = journey.notes(mayor, MAYOR, id).stream()
                .filter(n -> n.kind().equals("proposal.returned")).findFirst().orElseThrow();
        assertEquals("notify.project.returned", told.messageKey());
        assertEquals(List.of(title, comment), told.arguments(), "the mayor is told why");
        assertEquals(List.of(comment), setup.auditedComments(id, "project.returned"), "the audit keeps the comment");

        // The mayor edits the proposal and submits it again, even after the call stopped taking new ones.
        ProposalDraft form = journey.draft(mayor, id);
        form.setSolution("A playground next to the school, with the school's letter of support");
        assertTrue(journey.save(mayor, form).problems().isEmpty(), "nothing is missing");
        CallRow callNow = signIn.as(pm, PM, () -> calls.call(call)).row();
        signIn.as(pm, PM, () -> calls.close(call, callNow.version()));
        journey.submit(mayor, id);
        ProjectSetup.ProjectState resubmitted = setup.project(id);
        List<ProjectSetup.TaskState> tasks = setup.tasks(id);
        assertAll("resubmitted in round 2",
                () -> assertEquals(ProjectStatus.IN_REVIEW, resubmitted.status()),
                () -> assertEquals(2, resubmitted.round()),
                () -> assertEquals("endorsement", resubmitted.stepCode()),
                () -> assertEquals(3, tasks.size(), () -> "endorsement, submission, endorsement: " + tasks),
                () -> assertEquals(TaskStatus.DONE, tasks.get(1).status(), "the mayor's task is done"),
                () -> assertEquals(WorkflowAction.SUBMIT, tasks.get(1).outcome()),
                () -> assertEquals(mayor, tasks.get(1).completedBy()),
                () -> assertEquals(1, setup.openTasks(id).size()),
                () -> assertEquals("endorsement", setup.openTasks(id).get(0).stepCode()),
                () -> assertEquals(2, setup.countAudited(id, "project.submitted")));
        assertEquals("A playground next to the school, with the school's letter of support",
                journey.draft(mayor, id).getSolution());
        assertEquals(2, journey.notes(governor, GOVERNOR, id).size(), "the governor is told of both rounds");

        // Endorsed, then returned from the appraisal by a project manager: round 3, the mayor's again.
        assertEquals(Outcome.APPROVED, journey.actOnMyTask(governor, GOVERNOR, id, WorkflowAction.APPROVE, null,
                null));
        assertEquals(Outcome.RETURNED, journey.actOnMyTask(pm, PM, id, WorkflowAction.RETURN, "The budget is vague",
                null));
        assertEquals(ProjectStatus.RETURNED, setup.project(id).status());
        assertEquals(3, setup.project(id).round());
        assertEquals("submission", journey.myTask(mayor, MAYOR, id).stepCode());
    }

    @Test
    void aRejectionNeedsAReasonIsFinalAndCancelsTheOpenTasks() throws Exception {
        String title = "Street lights " + Fixtures.unique("P");
        long id = journey.submitted(mayor, call, title);
        long extra = setup.extraTask(id);
        TaskRow endorsement = journey.myTasks(governor, GOVERNOR, id).stream()
                .filter(t -> t.id() != extra).findFirst().orElseThrow();

        for (String blank : Arrays.asList(null, "", "  ")) {
            assertKey("project.action.reasonRequired", assertThrows(DomainException.class, () -> journey.act(
                    governor, GOVERNOR, endorsement.id(), endorsement.version(), WorkflowAction.REJECT, blank, null)));
        }
        assertEquals(ProjectStatus.IN_REVIEW, setup.project(id).status());
        assertEquals(2, setup.openTasks(id).size());

        String reason = "The land belongs to a private owner";
        assertEquals(Outcome.REJECTED, journey.act(governor, GOVERNOR, endorsement.id(), endorsement.version(),
                WorkflowAction.REJECT, reason, null));
        ProjectSetup.ProjectState rejected = setup.project(id);
        ProjectSetup.TaskState acted = setup.task(endorsement.id());
        ProjectSetup.TaskState other = setup.task(extra);
        assertAll("rejected",
                () -> assertEquals(ProjectStatus.REJECTED, rejected.status()),
                () -> assertEquals(TaskStatus.DONE, acted.status()),
                () -> assertEquals(WorkflowAction.REJECT, acted.outcome()),
                () -> assertEquals(TaskStatus.CANCELLED, other.status(), "the other open task is cancelled"),
                () -> assertEquals(List.of(), setup.openTasks(id), "no open task is left"),
                () -> assertTrue(journey.myTasks(governor, GOVERNOR, id).isEmpty()),
                () -> assertTrue(journey.myTasks(mayor, MAYOR, id).isEmpty()),
                () -> assertEquals(1, setup.countAudited(id, "project.rejected")));
        NotificationRow told = journey.notes(mayor, MAYOR, id).stream()
                .filter(n -> n.messageKey().equals("notify.project.rejected")).findFirst().orElseThrow();
        assertEquals(List.of(title, reason), told.arguments(), "the mayor is told why");

        assertNothingCanBeDoneOn(id, List.of(endorsement.id(), extra));
    }

    /** A rejection at the grant decision, after a first approval: the second project manager's no is final. */
    @Test
    void aRejectionAtTheGrantDecisionAfterAFirstApprovalIsFinal() throws Exception {
        ProjectSetup.Placed decision = setup.placed(district, call, "Bridge " + Fixtures.unique("P"), 3,
                PortalClock.today(), null);
        assertEquals(Outcome.WAITING_FOR_SECOND_APPROVAL, journey.act(pm, PM, decision.taskId(),
                decision.taskVersion(), WorkflowAction.APPROVE, null, null));
        TaskRow waiting = journey.myTask(pm2, PM, decision.projectId());
        assertEquals(Outcome.REJECTED, journey.act(pm2, PM, waiting.id(), waiting.version(), WorkflowAction.REJECT,
                "The envelope is spent", null));
        assertEquals(ProjectStatus.REJECTED, setup.project(decision.projectId()).status());
        assertEquals(0, setup.project(decision.projectId()).grantApproved(), "no grant");
        assertNothingCanBeDoneOn(decision.projectId(), List.of(decision.taskId()));
    }

    /**
     * Nobody can act on a finished project: no action on any of its tasks at their current version, no
     * change of the proposal, no new minutes; the public does not see it; nothing is audited.
     */
    private void assertNothingCanBeDoneOn(long id, List<Long> taskIds) throws Exception {
        List<String> audited = setup.auditedActions(id);
        ProjectSetup.ProjectState before = setup.project(id);
        List<Executable> checks = new ArrayList<>();
        for (long taskId : taskIds) {
            ProjectSetup.TaskState task = setup.task(taskId);
            String who = task.responsible() == Responsible.PROJECT_MANAGER ? pm2 : governor;
            String role = task.responsible() == Responsible.PROJECT_MANAGER ? PM : GOVERNOR;
            for (WorkflowAction action : WorkflowAction.values()) {
                checks.add(() -> {
                    Exception refused = assertThrows(Exception.class, () -> journey.act(who, role, taskId,
                            task.version(), action, "Once more", Map.of("Need", 1, "Feasibility", 1,
                                    "Community", 1)), action + " on task " + taskId + " of a finished project");
                    assertInstanceOf(DomainException.class, refused, () -> action + ": " + refused);
                });
            }
        }
        ProposalDraft form = journey.draft(mayor, id);
        form.setTitle("Rejected, but changed");
        checks.add(() -> assertKey("project.notEditable", assertThrows(DomainException.class,
                () -> journey.save(mayor, form))));
        checks.add(() -> assertKey("project.notEditable", assertThrows(DomainException.class,
                () -> signIn.as(mayor, MAYOR, () -> proposals.submit(id, before.version())))));
        checks.add(() -> assertKey("project.notEditable", assertThrows(DomainException.class,
                () -> journey.attach(mayor, id, AttachmentPurpose.MINUTES, "minutes.pdf", ProjectJourney.pdf()))));
        checks.add(() -> assertThrows(NotFoundException.class, () -> publicProjects.project(id)));
        assertAll("a finished project", checks);
        assertEquals(before, setup.project(id), "the project is unchanged");
        assertEquals(List.of(), setup.openTasks(id));
        assertEquals(audited, setup.auditedActions(id), "nothing more was audited");
    }
}
