package org.birge.portal.it.services;

import static org.birge.portal.it.services.ProjectJourney.GOVERNOR;
import static org.birge.portal.it.services.ProjectJourney.PM;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.birge.portal.audit.service.AuditRow;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.notify.service.NotificationRow;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.domain.Responsible;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.project.service.EscalationService;
import org.birge.portal.project.service.ProposalService;
import org.birge.portal.project.service.WorkflowService;
import org.birge.portal.shared.service.PortalClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Overdue tasks are told to the level above, once per task: a mayor's task to the governors of the
 * region, a governor's or a project manager's task to the project managers' lead. The tasks are made
 * overdue by opening them long ago; the run is the one the hourly timer makes, for today.
 */
@ExtendWith(ArquillianExtension.class)
class EscalationIT {

    /** Long ago, so that these tasks come first in the run's batch, the earliest due first. */
    private static final LocalDate LONG_AGO = LocalDate.of(2001, 1, 15);

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("escalation-it");
    }

    @EJB
    private EscalationService escalation;

    @EJB
    private ProposalService proposals;

    @EJB
    private AttachmentService attachments;

    @EJB
    private WorkflowService workflow;

    @EJB
    private NotificationService notifications;

    @EJB
    private AuditService auditService;

    @EJB
    private Fixtures fixtures;

    @EJB
    private ProjectSetup setup;

    @Inject
    private TestSignIn signIn;

    private ProjectJourney journey;
    private Region region;
    private District district;
    private List<String> governors;
    private String otherGovernor;
    private String mayor;
    private String lead;
    private long call;

    @BeforeEach
    void region() throws ReflectiveOperationException {
        journey = new ProjectJourney(signIn, proposals, attachments, workflow, notifications);
        region = fixtures.region(Fixtures.unique("R"));
        district = fixtures.district(Fixtures.unique("D"), region);
        governors = List.of(fixtures.newPerson(null, region, Role.GOVERNOR),
                fixtures.newPerson(null, region, Role.GOVERNOR));
        otherGovernor = fixtures.newPerson(null, fixtures.region(Fixtures.unique("R")), Role.GOVERNOR);
        mayor = fixtures.newPerson(district, null, Role.MAYOR);
        call = setup.openCall(5_000_000, 20, region);
        // The lead is named by configuration; notifications go to the username, record or not. No record is
        // made here for the demo account pm.aliya: its first Keycloak login (LoginIT and the browser tests
        // sign in as pm.aliya) would then find the username taken by another subject and be refused.
        lead = configured("portal.pm-lead").orElse("pm.aliya");
    }

    /** A setting as the application reads it, through MicroProfile Config (not on the test's compile path). */
    @SuppressWarnings("unchecked")
    private static java.util.Optional<String> configured(String name) throws ReflectiveOperationException {
        Object config = Class.forName("org.eclipse.microprofile.config.ConfigProvider").getMethod("getConfig")
                .invoke(null);
        return (java.util.Optional<String>) Class.forName("org.eclipse.microprofile.config.Config")
                .getMethod("getOptionalValue", String.class, Class.class).invoke(config, name, String.class);
    }

    /** The 'task.overdue' notifications of a person about one project. */
    private List<NotificationRow> overdue(String username, String role, long projectId) throws Exception {
        return journey.notes(username, role, projectId).stream().filter(n -> n.kind().equals("task.overdue"))
                .toList();
    }

    private List<AuditRow> escalations(List<AuditRow> rows, long projectId) {
        return rows.stream().filter(r -> r.action().equals("task.escalated") && r.subjectId() != null
                && r.subjectId() == projectId).toList();
    }

    @Test
    void anOverdueTaskIsToldToTheLevelAboveOnce() throws Exception {
        LocalDate today = PortalClock.today();
        AuditTrail audit = new AuditTrail(auditService, signIn);
        long mark = audit.mark();
        // The mayor's implementation task, the governor's endorsement, a project manager's appraisal: overdue.
        ProjectSetup.Placed mayors = setup.placed(district, call, "Mayor late " + Fixtures.unique("P"), 4,
                LONG_AGO, LONG_AGO.plusDays(10));
        ProjectSetup.Placed governors = setup.placed(district, call, "Governor late " + Fixtures.unique("P"), 1,
                LONG_AGO, LONG_AGO.plusDays(5));
        ProjectSetup.Placed managers = setup.placed(district, call, "PM late " + Fixtures.unique("P"), 2,
                LONG_AGO, LONG_AGO.plusDays(12));
        // Due today and due tomorrow: not overdue.
        ProjectSetup.Placed dueToday = setup.placed(district, call, "Due today " + Fixtures.unique("P"), 1,
                today.minusDays(5), today);
        ProjectSetup.Placed notDue = setup.placed(district, call, "Not due " + Fixtures.unique("P"), 2, today,
                today.plusDays(1));
        assertEquals(Responsible.DISTRICT_MAYOR, setup.task(mayors.taskId()).responsible());
        assertEquals(Responsible.REGION_GOVERNOR, setup.task(governors.taskId()).responsible());
        assertEquals(Responsible.PROJECT_MANAGER, setup.task(managers.taskId()).responsible());

        escalation.escalateOverdue(today);

        List<Executable> checks = new ArrayList<>();
        for (String governor : this.governors) {
            checks.add(() -> {
                List<NotificationRow> told = overdue(governor, GOVERNOR, mayors.projectId());
                assertEquals(1, told.size(), () -> governor + " is told once of the mayor's task: " + told);
                assertEquals("notify.task.overdue", told.get(0).messageKey());
                assertEquals(mayors.title(), told.get(0).arguments().get(0));
                assertTrue(told.get(0).arguments().get(1).endsWith("implementation"),
                        () -> "names the step: " + told.get(0).arguments());
            });
            for (ProjectSetup.Placed notTheirs : List.of(governors, managers, dueToday, notDue)) {
                checks.add(() -> assertEquals(List.of(), overdue(governor, GOVERNOR, notTheirs.projectId()),
                        governor + " about " + notTheirs.title()));
            }
        }
        checks.add(() -> assertEquals(List.of(), overdue(otherGovernor, GOVERNOR, mayors.projectId()),
                "the governor of another region is not told"));
        checks.add(() -> assertEquals(List.of(), overdue(mayor, ProjectJourney.MAYOR, mayors.projectId()),
                "nor the mayor whose task it is"));
        for (ProjectSetup.Placed above : List.of(governors, managers)) {
            checks.add(() -> assertEquals(1, overdue(lead, PM, above.projectId()).size(),
                    () -> "the lead " + lead + " is told once of " + above.title()));
        }
        for (ProjectSetup.Placed notDueYet : List.of(dueToday, notDue, mayors)) {
            checks.add(() -> assertEquals(List.of(), overdue(lead, PM, notDueYet.projectId()),
                    "the lead about " + notDueYet.title()));
        }
        for (ProjectSetup.Placed late : List.of(mayors, governors, managers)) {
            checks.add(() -> assertEquals(today, setup.task(late.taskId()).escalatedOn(), late.title()));
        }
        for (ProjectSetup.Placed onTime : List.of(dueToday, notDue)) {
            checks.add(() -> assertNull(setup.task(onTime.taskId()).escalatedOn(), onTime.title()));
        }
        List<AuditRow> rows = audit.since(mark);
        for (ProjectSetup.Placed late : List.of(mayors, governors, managers)) {
            checks.add(() -> {
                List<AuditRow> escalated = escalations(rows, late.projectId());
                assertEquals(1, escalated.size(), () -> "one audit row for " + late.title() + ": " + rows);
                assertEquals(AuditService.SYSTEM, escalated.get(0).actor());
            });
        }
        assertAll("the first run", checks);

        // The next run, and the next day's: nothing new for these tasks; the task due today is late tomorrow.
        escalation.escalateOverdue(today);
        escalation.escalateOverdue(today.plusDays(1));
        List<Executable> again = new ArrayList<>();
        for (String governor : this.governors) {
            again.add(() -> assertEquals(1, overdue(governor, GOVERNOR, mayors.projectId()).size(), governor));
        }
        for (ProjectSetup.Placed above : List.of(governors, managers)) {
            again.add(() -> assertEquals(1, overdue(lead, PM, above.projectId()).size(), above.title()));
        }
        List<AuditRow> later = audit.since(mark);
        for (ProjectSetup.Placed late : List.of(mayors, governors, managers)) {
            again.add(() -> assertEquals(1, escalations(later, late.projectId()).size(), late.title()));
            again.add(() -> assertEquals(today, setup.task(late.taskId()).escalatedOn()));
        }
        again.add(() -> assertEquals(1, overdue(lead, PM, dueToday.projectId()).size(),
                "the governor's task due today is told the next day"));
        again.add(() -> assertEquals(today.plusDays(1), setup.task(dueToday.taskId()).escalatedOn()));
        again.add(() -> assertNull(setup.task(notDue.taskId()).escalatedOn(), "due tomorrow is not late tomorrow"));
        assertAll("once per task", again);
        audit.assertIntact();
    }
}
