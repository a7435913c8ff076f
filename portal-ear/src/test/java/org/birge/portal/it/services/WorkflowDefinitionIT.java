package org.birge.portal.it.services;

import static org.birge.portal.it.services.ProjectJourney.ADMIN;
import static org.birge.portal.it.services.ProjectJourney.GOVERNOR;
import static org.birge.portal.it.services.ProjectJourney.MAYOR;
import static org.birge.portal.it.services.ProjectJourney.PM;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.domain.DefinitionStatus;
import org.birge.portal.project.domain.StepDefinition;
import org.birge.portal.project.domain.WorkflowAction;
import org.birge.portal.project.domain.WorkflowDefinition;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.project.service.DefinitionRow;
import org.birge.portal.project.service.ProposalService;
import org.birge.portal.project.service.WorkflowDefinitionService;
import org.birge.portal.project.service.WorkflowService;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.CalendarService;
import org.birge.portal.shared.service.ConcurrentChangeException;
import org.birge.portal.shared.service.PortalClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Workflow definitions as data: project managers read them, only an administrator publishes a new
 * version; a project keeps the version it started on, new projects take the new one; a publication from a
 * version someone else replaced is refused. Publishing changes the default workflow of every later test
 * on the same database, so the test publishes the original working days and approver counts again at the
 * end, whatever happened: the default then has its original values under a higher revision.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowDefinitionIT {

    /** The new working days of the endorsement and the appraisal (positions 1 and 2). */
    private static final int ENDORSEMENT_DAYS = 8;
    private static final int APPRAISAL_DAYS = 12;

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("workflow-definition-it");
    }

    @EJB
    private WorkflowDefinitionService definitions;

    @EJB
    private ProposalService proposals;

    @EJB
    private AttachmentService attachments;

    @EJB
    private WorkflowService workflow;

    @EJB
    private NotificationService notifications;

    @EJB
    private CalendarService calendar;

    @EJB
    private Fixtures fixtures;

    @EJB
    private ProjectSetup setup;

    @Inject
    private TestSignIn signIn;

    private ProjectJourney journey;
    private String admin;
    private String pm;
    private String mayor;
    private String governor;
    private long call;

    @BeforeEach
    void people() {
        journey = new ProjectJourney(signIn, proposals, attachments, workflow, notifications);
        Region region = fixtures.region(Fixtures.unique("R"));
        District district = fixtures.district(Fixtures.unique("D"), region);
        admin = fixtures.newAdmin();
        pm = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
        mayor = fixtures.newPerson(district, null, Role.MAYOR);
        governor = fixtures.newPerson(null, region, Role.GOVERNOR);
        call = setup.openCall(5_000_000, 20, region);
    }

    /** The published version of the default workflow, as a project manager lists it. */
    private DefinitionRow published() throws Exception {
        List<DefinitionRow> rows = signIn.as(pm, PM, () -> definitions.definitions()).stream()
                .filter(d -> d.code().equals(WorkflowDefinition.LOCAL_INITIATIVE)
                        && d.status() == DefinitionStatus.PUBLISHED).toList();
        assertEquals(1, rows.size(), () -> "one published version: " + rows);
        return rows.get(0);
    }

    private static List<int[]> values(DefinitionRow definition) {
        return definition.steps().stream().map(s -> new int[] {s.slaDays(), s.requiredApprovals()}).toList();
    }

    /** The working days and approvers given, each step keeping the course it requires in {@code carrying}. */
    private static List<StepDefinition.Change> changes(List<int[]> values, DefinitionRow carrying) {
        return java.util.stream.IntStream.range(0, values.size()).mapToObj(i -> new StepDefinition.Change(
                values.get(i)[0], values.get(i)[1], carrying.steps().get(i).requiredCourse())).toList();
    }

    private static List<String> shown(List<int[]> values) {
        return values.stream().map(v -> v[0] + "d/" + v[1]).toList();
    }

    @Test
    void anAdministratorPublishesANewVersionThatOnlyNewProjectsFollow() throws Exception {
        DefinitionRow original = published();
        List<int[]> originalValues = values(original);
        try {
            publishAndCheck(original, originalValues);
        } finally {
            DefinitionRow now = published();
            if (!shown(values(now)).equals(shown(originalValues))) {
                signIn.as(admin, ADMIN, () -> definitions.publishNextVersion(now.id(), now.version(),
                        changes(originalValues, now)));
            }
            assertEquals(shown(originalValues), shown(values(published())), "the original values are back");
        }
    }

    private void publishAndCheck(DefinitionRow original, List<int[]> originalValues) throws Exception {
        LocalDate today = PortalClock.today();
        assertEquals(6, original.steps().size());
        assertEquals("endorsement", original.steps().get(1).code());
        assertEquals("appraisal", original.steps().get(2).code());
        int endorsementBefore = originalValues.get(1)[0];
        int appraisalBefore = originalValues.get(2)[0];
        assertTrue(endorsementBefore != ENDORSEMENT_DAYS && appraisalBefore != APPRAISAL_DAYS,
                "the new values differ from the current ones");
        List<int[]> changed = new ArrayList<>();
        originalValues.forEach(v -> changed.add(v.clone()));
        changed.get(1)[0] = ENDORSEMENT_DAYS;
        changed.get(2)[0] = APPRAISAL_DAYS;

        // Who may publish, and what may be published.
        List<int[]> oneStepShort = changed.subList(0, changed.size() - 1);
        List<int[]> noDays = new ArrayList<>(changed.stream().map(int[]::clone).toList());
        noDays.get(1)[0] = 0;
        List<int[]> fourApprovers = new ArrayList<>(changed.stream().map(int[]::clone).toList());
        fourApprovers.get(3)[1] = 4;
        List<Executable> refusals = new ArrayList<>();
        refusals.add(() -> assertThrows(EJBAccessException.class, () -> signIn.as(pm, PM,
                () -> definitions.publishNextVersion(original.id(), original.version(), changes(changed, original))),
                "a project manager cannot publish"));
        refusals.add(() -> assertThrows(EJBAccessException.class, () -> signIn.as(mayor, MAYOR,
                () -> definitions.publishNextVersion(original.id(), original.version(), changes(changed, original)))));
        refusals.add(() -> assertThrows(EJBAccessException.class, () -> signIn.as(mayor, MAYOR,
                () -> definitions.definitions()), "a mayor does not read the definitions"));
        refusals.add(() -> assertEquals("project.workflow.stepsChanged", assertThrows(DomainException.class,
                () -> signIn.as(admin, ADMIN, () -> definitions.publishNextVersion(original.id(),
                        original.version(), changes(oneStepShort, original)))).getMessageKey()));
        refusals.add(() -> assertEquals("project.workflow.slaRange", assertThrows(DomainException.class,
                () -> signIn.as(admin, ADMIN, () -> definitions.publishNextVersion(original.id(),
                        original.version(), changes(noDays, original)))).getMessageKey()));
        refusals.add(() -> assertThrows(DomainException.class, () -> signIn.as(admin, ADMIN,
                () -> definitions.publishNextVersion(original.id(), original.version(),
                        changes(fourApprovers, original)))));
        assertAll("refused publications", refusals);
        assertEquals(original, published(), "nothing was published");

        // A project submitted before, and one only started before.
        long before = journey.submitted(mayor, call, "Before " + Fixtures.unique("P"));
        long startedBefore = journey.ready(mayor, call, "Started before " + Fixtures.unique("P"));

        DefinitionRow next = signIn.as(admin, ADMIN, () -> definitions.publishNextVersion(original.id(),
                original.version(), changes(changed, original)));
        assertAll("the new version",
                () -> assertEquals(original.revision() + 1, next.revision()),
                () -> assertEquals(DefinitionStatus.PUBLISHED, next.status()),
                () -> assertEquals(shown(changed), shown(values(next))),
                () -> assertEquals(next.id(), published().id(), "new projects start on it"),
                () -> assertEquals(DefinitionStatus.SUPERSEDED, signIn.as(admin, ADMIN,
                        () -> definitions.definitions()).stream().filter(d -> d.id() == original.id())
                        .findFirst().orElseThrow().status(), "the version before is superseded"));

        // The project under way keeps its version: its next tasks are due by the old working days.
        journey.submit(mayor, startedBefore);
        long after = journey.submitted(mayor, call, "After " + Fixtures.unique("P"));
        assertEquals(WorkflowService.Outcome.APPROVED, journey.actOnMyTask(governor, GOVERNOR, before,
                WorkflowAction.APPROVE, null, null));
        assertAll("each project on its version",
                () -> assertEquals(original.revision(), setup.project(before).workflowRevision()),
                () -> assertEquals(original.revision(), setup.project(startedBefore).workflowRevision()),
                () -> assertEquals(next.revision(), setup.project(after).workflowRevision()),
                () -> assertEquals(calendar.dueDate(today, appraisalBefore),
                        setup.openTasks(before).get(0).dueOn(), "the old appraisal's working days"),
                () -> assertEquals(calendar.dueDate(today, endorsementBefore),
                        setup.openTasks(startedBefore).get(0).dueOn(), "the old endorsement's working days"),
                () -> assertEquals(calendar.dueDate(today, ENDORSEMENT_DAYS), setup.openTasks(after).get(0).dueOn(),
                        "the new endorsement's working days"),
                () -> assertTrue(signIn.as(pm, PM, () -> definitions.definitions()).stream()
                        .filter(d -> d.id() == next.id()).findFirst().orElseThrow().projects() >= 1));

        // Someone publishing from the version they saw before: refused, nothing published.
        int versions = signIn.as(admin, ADMIN, () -> definitions.definitions()).size();
        String other = fixtures.newAdmin();
        ConcurrentChangeException stale = assertThrows(ConcurrentChangeException.class, () -> signIn.as(other, ADMIN,
                () -> definitions.publishNextVersion(original.id(), original.version(),
                        changes(originalValues, original))));
        assertEquals(versions, signIn.as(admin, ADMIN, () -> definitions.definitions()).size(), "no new version");
        assertEquals(next.id(), published().id());
        assertEquals(List.of(admin), stale.getArguments(), "names who published in between");
    }
}
