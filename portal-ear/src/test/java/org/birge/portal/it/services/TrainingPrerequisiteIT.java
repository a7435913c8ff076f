package org.birge.portal.it.services;

import static org.birge.portal.it.services.ProjectJourney.MAYOR;
import static org.birge.portal.it.services.ProjectJourney.PM;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.domain.DefinitionStatus;
import org.birge.portal.project.domain.StepDefinition;
import org.birge.portal.project.domain.WorkflowAction;
import org.birge.portal.project.domain.WorkflowDefinition;
import org.birge.portal.project.service.DefinitionRow;
import org.birge.portal.project.service.ProjectService;
import org.birge.portal.project.service.ProjectView;
import org.birge.portal.project.service.TaskRow;
import org.birge.portal.project.service.WorkflowDefinitionService;
import org.birge.portal.project.service.WorkflowService;
import org.birge.portal.project.service.WorkflowService.Outcome;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Training where it is needed: a step of a workflow version can require that the project's district mayor
 * completed a course. Approving is refused, with the course and the district named, until a current mayor
 * of the district holds a valid certificate; it is refused again once the certificate is revoked; returning
 * and commenting stay open; the requirement is data of the version, so a project on the version before is
 * not held. The test publishes versions of the default workflow and restores the one in force at the end.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingPrerequisiteIT {

    private static final int DECISION = 3;

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("training-prerequisite-it");
    }

    @EJB
    private WorkflowService workflow;
    @EJB
    private WorkflowDefinitionService definitions;
    @EJB
    private ProjectService projects;
    @EJB
    private Fixtures fixtures;
    @EJB
    private ProjectSetup setup;
    @EJB
    private PastTraining training;
    @Inject
    private TestSignIn signIn;

    private Region region;
    private District district;
    private String mayor;
    private String admin;
    private String pm1;
    private String pm2;
    private String course;
    private long courseId;
    private long call;

    @BeforeEach
    void people() {
        region = fixtures.region(Fixtures.unique("R"));
        district = fixtures.district(Fixtures.unique("D"), region);
        mayor = fixtures.newPerson(district, null, Role.MAYOR);
        admin = fixtures.newAdmin();
        pm1 = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
        pm2 = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
        course = Fixtures.unique("ZT");
        courseId = training.course(course, Role.MAYOR);
        call = setup.openCall(5_000_000, 20, region);
    }

    private DefinitionRow published() throws Exception {
        return signIn.as(admin, "admin", () -> definitions.definitions()).stream()
                .filter(d -> d.code().equals(WorkflowDefinition.LOCAL_INITIATIVE)
                        && d.status() == DefinitionStatus.PUBLISHED).findFirst().orElseThrow();
    }

    /** The steps of {@code definition} as they are, with {@code courseAtDecision} required at the grant decision. */
    private static List<StepDefinition.Change> requiring(DefinitionRow definition, String courseAtDecision) {
        List<StepDefinition.Change> changes = new ArrayList<>(kept(definition));
        DefinitionRow.StepRow decision = definition.steps().get(DECISION);
        changes.set(DECISION, new StepDefinition.Change(decision.slaDays(), decision.requiredApprovals(),
                courseAtDecision));
        return changes;
    }

    private static List<StepDefinition.Change> kept(DefinitionRow definition) {
        return definition.steps().stream().map(s -> new StepDefinition.Change(s.slaDays(), s.requiredApprovals(),
                s.requiredCourse())).toList();
    }

    private DefinitionRow publish(List<StepDefinition.Change> changes) throws Exception {
        DefinitionRow current = published();
        return signIn.as(admin, "admin",
                () -> definitions.publishNextVersion(current.id(), current.version(), changes));
    }

    private ProjectSetup.Placed atDecision(String title) {
        return setup.placed(district, call, title + " " + Fixtures.unique("P"), DECISION, PortalClock.today(), null);
    }

    private Outcome act(String pm, ProjectSetup.Placed placed, WorkflowAction action, String comment)
            throws Exception {
        long version = setup.task(placed.taskId()).version();
        return signIn.as(pm, PM, () -> workflow.act(placed.taskId(), version, action, comment, null));
    }

    /** The caller's open task of the placed project, as their task list shows it (looked for on every page). */
    private TaskRow inMyTasks(String pm, ProjectSetup.Placed placed) throws Exception {
        for (int first = 0; ; first += PageRequest.MAX_SIZE) {
            int from = first;
            Page<TaskRow> page = signIn.as(pm, PM,
                    () -> workflow.myTasks(PageRequest.of(from, PageRequest.MAX_SIZE)));
            for (TaskRow row : page.rows()) {
                if (row.id() == placed.taskId()) {
                    return row;
                }
            }
            if (first + PageRequest.MAX_SIZE >= page.total()) {
                throw new AssertionError("task " + placed.taskId() + " is not in the task list of " + pm);
            }
        }
    }

    private DomainException refused(String pm, ProjectSetup.Placed placed) {
        return assertThrows(DomainException.class, () -> act(pm, placed, WorkflowAction.APPROVE, null),
                "approval refused");
    }

    @Test
    void approvalWaitsForTheMayorsCertificateOnTheVersionThatRequiresIt() throws Exception {
        DefinitionRow original = published();
        try {
            // A version requiring no course, and a project started on it.
            publish(requiring(original, null));
            ProjectSetup.Placed before = atDecision("Before");

            // The version requiring the course at the grant decision, and a project started on it.
            DefinitionRow requiring = publish(requiring(published(), course));
            assertEquals(course, requiring.steps().get(DECISION).requiredCourse());
            DefinitionRow.StepRow decision = requiring.steps().get(DECISION);
            assertTrue(training.audited("workflow_definition", requiring.id(), "workflow.published").get(0)
                    .contains("grant-decision(" + decision.slaDays() + "d," + decision.requiredApprovals()
                            + ",course=" + course + ")"), "the requirement is audited");
            ProjectSetup.Placed held = atDecision("Held");
            ProjectSetup.Placed returned = atDecision("Returned");

            // The project on the version before is not held: its first approval goes through.
            assertEquals(Outcome.WAITING_FOR_SECOND_APPROVAL, act(pm1, before, WorkflowAction.APPROVE, null));

            // The held project: approval refused, naming the district and the course; the page says why.
            DomainException refusal = refused(pm1, held);
            assertEquals("project.step.courseRequired", refusal.getMessageKey());
            assertEquals(List.of(district.getName().getRu(), "Course " + course, course), refusal.getArguments());
            assertEquals(0, setup.countAudited(held.projectId(), "project.approvedFirst"), "nothing recorded");
            ProjectView.CourseWait seenByPm = signIn.as(pm1, PM, () -> projects.view(held.projectId())).courseWait();
            ProjectView.CourseWait seenByMayor = signIn.as(mayor, MAYOR, () -> projects.view(held.projectId()))
                    .courseWait();
            assertAll("the page of the held project",
                    () -> assertEquals(new ProjectView.CourseWait(course, "Course " + course, courseId, false),
                            seenByPm, "a project manager reads why"),
                    () -> assertEquals(new ProjectView.CourseWait(course, "Course " + course, courseId, true),
                            seenByMayor, "the mayor is shown the course"),
                    () -> assertNull(signIn.as(pm1, PM, () -> projects.view(before.projectId())).courseWait(),
                            "nothing awaited on the version before"),
                    () -> assertTrue(inMyTasks(pm1, held).awaitingCourse(), "the task list says training is needed"),
                    () -> assertFalse(inMyTasks(pm2, before).awaitingCourse(), "and not for the version before"));

            // Commenting and returning stay open while approval waits.
            assertEquals(Outcome.COMMENTED, act(pm1, held, WorkflowAction.COMMENT, "Waiting for the course"));
            assertEquals(Outcome.RETURNED, act(pm1, returned, WorkflowAction.RETURN, "Please revise the budget"));

            // Certificates of others do not count: another district's mayor, a resident of this district.
            District elsewhere = fixtures.district(Fixtures.unique("D"), region);
            String otherMayor = fixtures.newPerson(elsewhere, null, Role.MAYOR);
            String resident = fixtures.newPerson(district, null, Role.RESIDENT);
            training.certify(otherMayor, elsewhere, course);
            training.certify(resident, district, course);
            assertEquals("project.step.courseRequired", refused(pm1, held).getMessageKey());

            // The mayor completes the course: the first approval goes through and the page no longer waits.
            long certificate = training.certify(mayor, district, course);
            assertNull(signIn.as(pm1, PM, () -> projects.view(held.projectId())).courseWait());
            assertEquals(Outcome.WAITING_FOR_SECOND_APPROVAL, act(pm1, held, WorkflowAction.APPROVE, null));

            // The certificate is revoked: the second approval is refused again.
            training.revoke(certificate);
            assertEquals("project.step.courseRequired", refused(pm2, held).getMessageKey());
            assertNotNull(signIn.as(pm2, PM, () -> projects.view(held.projectId())).courseWait());
            assertEquals("grant-decision", setup.project(held.projectId()).stepCode());

            // Certified again (a new session): the decision is taken.
            training.certify(mayor, district, course);
            assertEquals(Outcome.APPROVED, act(pm2, held, WorkflowAction.APPROVE, null));
            assertEquals("implementation", setup.project(held.projectId()).stepCode());
        } finally {
            DefinitionRow now = published();
            if (!kept(now).equals(kept(original))) {
                signIn.as(admin, "admin", () -> definitions.publishNextVersion(now.id(), now.version(),
                        kept(original)));
            }
            assertEquals(kept(original), kept(published()), "the version in force before is back");
        }
    }

    @Test
    void aVersionCanOnlyRequireAPublishedCourseAtAStepSomeoneApproves() throws Exception {
        DefinitionRow current = published();
        String draft = Fixtures.unique("ZT");
        training.draftCourse(draft);
        List<StepDefinition.Change> atImplementation = new ArrayList<>(kept(current));
        DefinitionRow.StepRow implementation = current.steps().get(4);
        atImplementation.set(4, new StepDefinition.Change(implementation.slaDays(),
                implementation.requiredApprovals(), course));
        List<Map.Entry<String, List<StepDefinition.Change>>> refusedChanges = List.of(
                Map.entry("project.workflow.courseNotPublished", requiring(current, Fixtures.unique("ZZ"))),
                Map.entry("project.workflow.courseNotPublished", requiring(current, draft)),
                Map.entry("project.workflow.courseCode", requiring(current, "not a code")),
                Map.entry("project.workflow.courseNeedsApproval", atImplementation));
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        refusedChanges.forEach(refusal -> checks.add(() -> assertEquals(refusal.getKey(), assertThrows(
                DomainException.class, () -> signIn.as(admin, "admin", () -> definitions.publishNextVersion(
                        current.id(), current.version(), refusal.getValue()))).getMessageKey())));
        assertAll("refused requirements", checks);
        assertEquals(current.id(), published().id(), "nothing was published");
        assertFalse(signIn.as(admin, "admin", () -> definitions.courseChoices()).stream()
                .anyMatch(c -> c.code().equals(draft)), "a draft course is not offered");
        assertFalse(signIn.as(admin, "admin", () -> definitions.courseChoices()).isEmpty(),
                "the published courses are offered");
    }

    @Test
    void aCourseArchivedWhileTheVersionInForceRequiresItIsStillOfferedAndPublishingItAgainIsRefusedByName()
            throws Exception {
        DefinitionRow original = published();
        String archived = Fixtures.unique("ZT");
        training.course(archived, Role.MAYOR);
        signIn.as(admin, "admin", () -> definitions.publishNextVersion(original.id(), original.version(),
                requiring(original, archived)));
        try {
            training.archive(archived);
            assertTrue(signIn.as(admin, "admin", () -> definitions.courseChoices()).stream()
                    .anyMatch(c -> c.code().equals(archived)), "the form shows the requirement as it is");
            DefinitionRow inForce = published();
            DomainException refused = assertThrows(DomainException.class, () -> signIn.as(admin, "admin",
                    () -> definitions.publishNextVersion(inForce.id(), inForce.version(), kept(inForce))));
            assertEquals("project.workflow.courseNotPublished", refused.getMessageKey());
            assertEquals(inForce.id(), published().id(), "nothing was published");
        } finally {
            DefinitionRow inForce = published();
            signIn.as(admin, "admin", () -> definitions.publishNextVersion(inForce.id(), inForce.version(),
                    kept(original)));
        }
    }
}
