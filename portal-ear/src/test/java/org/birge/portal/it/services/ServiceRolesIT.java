package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.birge.portal.feedback.domain.AppealCategory;
import org.birge.portal.feedback.domain.AppealKind;
import org.birge.portal.feedback.domain.AppealRating;
import org.birge.portal.feedback.service.AppealDraft;
import org.birge.portal.feedback.service.AppealFilter;
import org.birge.portal.feedback.service.AppealService;
import org.birge.portal.org.service.ProvisioningService;
import org.birge.portal.audit.service.AuditFilter;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.feedback.service.PollForm;
import org.birge.portal.feedback.service.PollService;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.domain.AttachmentPurpose;
import org.birge.portal.project.domain.WorkflowAction;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.project.service.CallTerms;
import org.birge.portal.project.service.GrantCallService;
import org.birge.portal.project.service.ProjectService;
import org.birge.portal.project.service.ProposalDraft;
import org.birge.portal.project.service.ProposalService;
import org.birge.portal.project.service.PublicProjectService;
import org.birge.portal.project.service.WorkflowDefinitionService;
import org.birge.portal.project.service.WorkflowService;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.CalendarService;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.training.service.CourseForm;
import org.birge.portal.training.service.CourseService;
import org.birge.portal.training.service.SessionPlan;
import org.birge.portal.training.service.SessionService;
import org.birge.portal.training.service.CoverageFilter;
import org.birge.portal.training.service.EnrolmentService;
import org.birge.portal.training.service.FigureFilter;
import org.birge.portal.training.service.TrainingOversightService;
import org.birge.portal.training.service.AttendanceService;
import org.birge.portal.training.service.CertificateService;
import org.birge.portal.training.service.EvaluationService;
import org.birge.portal.feedback.domain.ThreadChannel;
import org.birge.portal.feedback.service.AnnouncementService;
import org.birge.portal.feedback.service.NewThread;
import org.birge.portal.feedback.service.ThreadService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Every public method of the services (projects, training, feedback, notifications and their outbox,
 * calendar, audit, dashboards, exports and the quarterly report) against every role: a role the method is not for is refused by the container before the method runs (EJBAccessException);
 * a role it is for gets past the container (what happens then, with the made-up ids used here, is the
 * business of the other tests). The roles are people of the same district and region, so only the role
 * differs.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRolesIT {

    private static final PageRequest PAGE = PageRequest.of(0, 5);
    private static final long NO_ID = -1;
    private static final Set<String> ALL_ROLES = Set.of("mayor", "governor", "project-manager", "trainer", "admin",
            "resident");

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("service-roles-it");
    }

    @EJB
    private Fixtures fixtures;
    @EJB
    private GrantCallService calls;
    @EJB
    private ProposalService proposals;
    @EJB
    private WorkflowService workflow;
    @EJB
    private ProjectService projects;
    @EJB
    private AttachmentService attachments;
    @EJB
    private PublicProjectService publicProjects;
    @EJB
    private WorkflowDefinitionService definitions;
    @EJB
    private NotificationService notifications;
    @EJB
    private org.birge.portal.notify.service.MailOutbox outbox;
    @EJB
    private org.birge.portal.notify.service.OutboxSender outboxSender;
    @EJB
    private TrainingOversightService oversight;
    @EJB
    private CalendarService calendar;
    @EJB
    private AuditService audit;
    @EJB
    private CourseService courses;
    @EJB
    private SessionService trainingSessions;
    @EJB
    private EnrolmentService enrolments;
    @EJB
    private AttendanceService attendance;
    @EJB
    private CertificateService certificates;
    @EJB
    private EvaluationService evaluations;
    @EJB
    private AppealService appeals;
    @EJB
    private ProvisioningService provisioning;
    @EJB
    private PollService polls;
    @EJB
    private ThreadService threads;
    @EJB
    private AnnouncementService announcements;
    @EJB
    private org.birge.portal.feedback.service.TrustService trust;
    @EJB
    private org.birge.portal.feedback.service.PublicFeedbackService publicFeedback;
    @EJB
    private org.birge.portal.dashboard.service.DashboardService dashboards;
    @EJB
    private org.birge.portal.report.service.QuarterlyReportService quarterlyReports;
    @EJB
    private org.birge.portal.shared.service.export.ExportJobService exportJobs;
    @EJB
    private org.birge.portal.shared.service.export.ExportRunner exportRunner;
    @EJB
    private org.birge.portal.shared.service.export.ExportCleanupTimer exportCleanup;
    @EJB
    private org.birge.portal.project.service.FactSheetService factSheets;
    @Inject
    private TestSignIn signIn;

    private final Map<String, String> people = new LinkedHashMap<>();

    @BeforeEach
    void people() {
        Region region = fixtures.region(Fixtures.unique("RR"));
        District district = fixtures.district(Fixtures.unique("RD"), region);
        people.put("mayor", fixtures.newPerson(district, null, Role.MAYOR));
        people.put("governor", fixtures.newPerson(null, region, Role.GOVERNOR));
        people.put("project-manager", fixtures.newPerson(null, null, Role.PROJECT_MANAGER));
        people.put("trainer", fixtures.newPerson(null, null, Role.TRAINER));
        people.put("admin", fixtures.newAdmin());
        people.put("resident", fixtures.newPerson(district, null, Role.RESIDENT));
    }

    /** A method, the roles it is for, and a call of it. */
    private record Method(String name, Set<String> roles, Callable<?> call) {
    }

    private List<Method> methods() {
        Set<String> work = Set.of("mayor", "governor", "project-manager");
        Set<String> workAndAdmin = Set.of("mayor", "governor", "project-manager", "admin");
        Set<String> mayor = Set.of("mayor");
        Set<String> pm = Set.of("project-manager");
        ProposalDraft draft = new ProposalDraft();
        List<Method> list = new ArrayList<>();
        list.add(new Method("calls.calls", Set.of("project-manager", "admin"), () -> calls.calls(PAGE, null)));
        list.add(new Method("calls.openCalls", Set.of("mayor", "governor"), () -> calls.openCalls(PAGE)));
        list.add(new Method("calls.call", Set.of("project-manager", "admin", "mayor", "governor"),
                () -> calls.call(NO_ID)));
        list.add(new Method("calls.terms", pm, () -> calls.terms(NO_ID)));
        list.add(new Method("calls.regions", pm, () -> calls.regions()));
        list.add(new Method("calls.create", pm, () -> calls.create(new CallTerms())));
        list.add(new Method("calls.revise", pm, () -> calls.revise(NO_ID, 0, new CallTerms())));
        list.add(new Method("calls.publish", pm, () -> calls.publish(NO_ID, 0)));
        list.add(new Method("calls.close", pm, () -> calls.close(NO_ID, 0)));
        list.add(new Method("proposals.start", mayor, () -> proposals.start(NO_ID, "x")));
        list.add(new Method("proposals.draft", mayor, () -> proposals.draft(NO_ID)));
        list.add(new Method("proposals.save", mayor, () -> proposals.save(draft)));
        list.add(new Method("proposals.submit", mayor, () -> proposals.submit(NO_ID, 0)));
        list.add(new Method("workflow.myTasks", workAndAdmin, () -> workflow.myTasks(PAGE)));
        list.add(new Method("workflow.act", work, () -> workflow.act(NO_ID, 0, WorkflowAction.COMMENT, "x", null)));
        list.add(new Method("projects.projects", workAndAdmin, () -> projects.projects(PAGE, null)));
        list.add(new Method("projects.view", workAndAdmin, () -> projects.view(NO_ID)));
        list.add(new Method("projects.timeline", workAndAdmin, () -> projects.timeline(NO_ID, PAGE)));
        list.add(new Method("projects.expenditures", workAndAdmin, () -> projects.expenditures(NO_ID, PAGE)));
        list.add(new Method("projects.reachMilestone", mayor,
                () -> { projects.reachMilestone(NO_ID, 0, LocalDate.now()); return null; }));
        list.add(new Method("projects.spend", mayor,
                () -> { projects.spend(NO_ID, NO_ID, 1, LocalDate.now(), "x"); return null; }));
        list.add(new Method("projects.measure", mayor,
                () -> { projects.measure(NO_ID, NO_ID, 2026, 1, BigDecimal.ONE); return null; }));
        list.add(new Method("projects.report", mayor, () -> projects.report(NO_ID, 0, 2026, 1, "x", null)));
        list.add(new Method("projects.evaluate", mayor,
                () -> { projects.evaluate(NO_ID, 0, Map.of(), 1, "x"); return null; }));
        list.add(new Method("attachments.attach", mayor,
                () -> attachments.attach(NO_ID, AttachmentPurpose.MINUTES, null, "m.pdf", new byte[] {1})));
        list.add(new Method("attachments.download", workAndAdmin, () -> attachments.download(NO_ID)));
        list.add(new Method("attachments.publicPhoto", ALL_ROLES, () -> attachments.publicPhoto(NO_ID)));
        list.add(new Method("publicProjects.published", ALL_ROLES, () -> publicProjects.published(PAGE, null)));
        list.add(new Method("publicProjects.project", ALL_ROLES, () -> publicProjects.project(NO_ID)));
        list.add(new Method("definitions.definitions", Set.of("project-manager", "admin"),
                () -> definitions.definitions()));
        list.add(new Method("definitions.publishNextVersion", Set.of("admin"),
                () -> definitions.publishNextVersion(NO_ID, 0, List.of())));
        list.add(new Method("definitions.courseChoices", Set.of("admin"), () -> definitions.courseChoices()));
        // Training oversight: governors see their region's coverage, project managers the programme's figures.
        Set<String> governor = Set.of("governor");
        list.add(new Method("oversight.coverageChoices", governor, () -> oversight.coverageChoices()));
        list.add(new Method("oversight.coverage", governor, () -> oversight.coverage(PAGE, new CoverageFilter())));
        list.add(new Method("oversight.coverageTotals", governor,
                () -> oversight.coverageTotals(new CoverageFilter())));
        list.add(new Method("oversight.figureChoices", pm, () -> oversight.figureChoices()));
        list.add(new Method("oversight.figures", pm, () -> oversight.figures(PAGE, new FigureFilter())));
        list.add(new Method("oversight.figureTotals", pm, () -> oversight.figureTotals(new FigureFilter())));
        list.add(new Method("notifications.mine", ALL_ROLES, () -> notifications.mine(PAGE)));
        list.add(new Method("notifications.unreadCount", ALL_ROLES, () -> notifications.unreadCount()));
        list.add(new Method("notifications.markRead", ALL_ROLES,
                () -> { notifications.markRead(NO_ID); return null; }));
        list.add(new Method("notifications.markAllRead", ALL_ROLES, () -> notifications.markAllRead()));
        list.add(new Method("notifications.preferences", ALL_ROLES, () -> notifications.preferences()));
        list.add(new Method("notifications.savePreferences", ALL_ROLES,
                () -> { notifications.savePreferences(List.of()); return null; }));
        // The e-mail outbox: the admin's delivery page and the dashboard's figures.
        Set<String> admin = Set.of("admin");
        list.add(new Method("outbox.deliveries", admin, () -> outbox.deliveries(null, PAGE)));
        list.add(new Method("outbox.deliveryStatus", admin, () -> outbox.deliveryStatus()));
        list.add(new Method("outbox.requeue", admin, () -> { outbox.requeue(NO_ID, 0); return null; }));
        list.add(new Method("outbox.pauseSending", admin, () -> { outbox.pauseSending(false); return null; }));
        list.add(new Method("outboxSender.runNow", admin, () -> outboxSender.runNow()));
        list.add(new Method("calendar.days", Set.of("admin"), () -> calendar.days(PAGE, null)));
        list.add(new Method("calendar.remove", Set.of("admin"), () -> { calendar.remove(NO_ID, 0); return null; }));
        list.add(new Method("audit.page", Set.of("admin", "project-manager"),
                () -> audit.page(PAGE, new AuditFilter())));
        // The training catalogue: trainers change courses and sessions, everyone in training reads the catalogue.
        Set<String> training = Set.of("mayor", "governor", "project-manager", "trainer", "admin");
        Set<String> trainer = Set.of("trainer");
        list.add(new Method("courses.courses", trainer, () -> courses.courses(PAGE, "x", null)));
        list.add(new Method("courses.catalogue", training, () -> courses.catalogue(PAGE, "x")));
        list.add(new Method("courses.course", training, () -> courses.course(NO_ID)));
        list.add(new Method("courses.form", trainer, () -> courses.form(NO_ID)));
        list.add(new Method("courses.create", trainer, () -> courses.create(new CourseForm())));
        list.add(new Method("courses.revise", trainer, () -> courses.revise(NO_ID, 0, new CourseForm())));
        list.add(new Method("courses.publish", trainer, () -> courses.publish(NO_ID, 0)));
        list.add(new Method("courses.archive", trainer, () -> courses.archive(NO_ID, 0)));
        list.add(new Method("courses.addLink", trainer, () -> courses.addLink(NO_ID, 0, "x", "https://x.org")));
        list.add(new Method("courses.addFile", trainer, () -> courses.addFile(NO_ID, 0, "x", "x.pdf", new byte[] {1})));
        list.add(new Method("courses.removeMaterial", trainer, () -> courses.removeMaterial(NO_ID, 0, 0)));
        list.add(new Method("attachments.attachToCourse", trainer,
                () -> attachments.attachToCourse(NO_ID, "x.pdf", new byte[0])));
        list.add(new Method("attachments.courseFile", training, () -> attachments.courseFile(NO_ID)));
        list.add(new Method("trainingSessions.sessions", trainer,
                () -> trainingSessions.sessions(PAGE, "x", null, null, null)));
        list.add(new Method("trainingSessions.sessionsOf", trainer, () -> trainingSessions.sessionsOf(NO_ID, PAGE)));
        list.add(new Method("trainingSessions.upcoming", training, () -> trainingSessions.upcoming(NO_ID, PAGE)));
        list.add(new Method("trainingSessions.mySessions", trainer, () -> trainingSessions.mySessions(PAGE)));
        list.add(new Method("trainingSessions.session", training, () -> trainingSessions.session(NO_ID)));
        list.add(new Method("trainingSessions.plan", trainer, () -> trainingSessions.plan(NO_ID)));
        list.add(new Method("trainingSessions.trainers", trainer, () -> trainingSessions.trainers()));
        list.add(new Method("trainingSessions.create", trainer,
                () -> trainingSessions.create(NO_ID, new SessionPlan())));
        list.add(new Method("trainingSessions.revise", trainer,
                () -> trainingSessions.revise(NO_ID, 0, new SessionPlan())));
        list.add(new Method("trainingSessions.openEnrolment", trainer, () -> trainingSessions.openEnrolment(NO_ID, 0)));
        list.add(new Method("trainingSessions.start", trainer, () -> trainingSessions.start(NO_ID, 0)));
        list.add(new Method("trainingSessions.complete", trainer, () -> trainingSessions.complete(NO_ID, 0)));
        list.add(new Method("trainingSessions.cancel", trainer, () -> trainingSessions.cancel(NO_ID, 0, "x")));
        // Enrolment: everyone in training reads a session and the calendar; mayors enrol, governors nominate,
        // trainers confirm; the trainee, their governor or a trainer withdraws.
        LocalDate today = LocalDate.now();
        list.add(new Method("enrolments.session", training, () -> enrolments.session(NO_ID)));
        list.add(new Method("enrolments.roster", Set.of("trainer", "project-manager", "governor"),
                () -> enrolments.roster(NO_ID, PAGE)));
        list.add(new Method("enrolments.mayorsToNominate", Set.of("governor"),
                () -> enrolments.mayorsToNominate(NO_ID, PAGE, "x")));
        list.add(new Method("enrolments.mySessions", mayor, () -> enrolments.mySessions(PAGE, true)));
        list.add(new Method("enrolments.calendar", training, () -> enrolments.calendar(today, today.plusDays(7))));
        list.add(new Method("enrolments.myCalendar", mayor, () -> enrolments.myCalendar(today, today.plusDays(7))));
        list.add(new Method("enrolments.myCalendarFile", Set.of("mayor", "trainer"),
                () -> enrolments.myCalendarFile("x", "/x?id=")));
        list.add(new Method("enrolments.enrol", mayor, () -> enrolments.enrol(NO_ID)));
        list.add(new Method("enrolments.nominate", Set.of("governor"), () -> enrolments.nominate(NO_ID, "x")));
        list.add(new Method("enrolments.confirm", Set.of("trainer"), () -> enrolments.confirm(NO_ID, 0)));
        list.add(new Method("enrolments.confirmAll", Set.of("trainer"), () -> enrolments.confirmAll(NO_ID)));
        list.add(new Method("enrolments.fillFreeSeats", Set.of("trainer"), () -> { enrolments.fillFreeSeats(null); return null; }));
        list.add(new Method("enrolments.withdraw", Set.of("mayor", "governor", "trainer"),
                () -> enrolments.withdraw(NO_ID, 0)));
        // Training assessment: the attendance sheet, certificates, evaluations.
        Set<String> runsSheets = Set.of("trainer", "project-manager");
        list.add(new Method("attendance.session", runsSheets, () -> attendance.session(NO_ID)));
        list.add(new Method("attendance.rows", runsSheets, () -> attendance.rows(NO_ID, PAGE)));
        list.add(new Method("attendance.figures", runsSheets, () -> attendance.figures(NO_ID)));
        list.add(new Method("attendance.saveDay", trainer,
                () -> attendance.saveDay(NO_ID, LocalDate.now(), Map.of(), Map.of())));
        list.add(new Method("attendance.saveAttendance", trainer,
                () -> attendance.saveAttendance(NO_ID, List.of(LocalDate.now()), Map.of(), Map.of())));
        list.add(new Method("attendance.recordScores", trainer, () -> attendance.recordScores(NO_ID, Map.of(), Map.of())));
        list.add(new Method("attendance.result", training, () -> attendance.result(NO_ID)));
        list.add(new Method("certificates.mine", training, () -> certificates.mine(PAGE)));
        list.add(new Method("certificates.pdf", training, () -> certificates.pdf(NO_ID, Language.RU)));
        list.add(new Method("certificates.verificationUrl", ALL_ROLES, () -> certificates.verificationUrl("X")));
        list.add(new Method("certificates.verify", ALL_ROLES, () -> certificates.verify("2222-3333-4444")));
        list.add(new Method("certificates.revoke", Set.of("trainer", "admin"), () -> certificates.revoke(NO_ID, 0, "x")));
        list.add(new Method("evaluations.target", training, () -> evaluations.target(NO_ID)));
        list.add(new Method("evaluations.submit", training, () -> evaluations.submit(NO_ID, 5, 5, 5, null)));
        list.add(new Method("evaluations.sessionFigures", runsSheets, () -> evaluations.sessionFigures(NO_ID)));
        list.add(new Method("evaluations.courseFigures", runsSheets, () -> evaluations.courseFigures(NO_ID)));
        list.add(new Method("evaluations.sessionComments", runsSheets, () -> evaluations.sessionComments(NO_ID, PAGE)));
        list.add(new Method("evaluations.courseComments", runsSheets, () -> evaluations.courseComments(NO_ID, PAGE)));
        // Residents' appeals.
        Set<String> resident = Set.of("resident");
        Set<String> mayorOrGovernor = Set.of("mayor", "governor");
        list.add(new Method("appeals.submit", resident, () -> appeals.submit(new AppealDraft(AppealKind.REQUEST,
                AppealCategory.ROADS, "s", "b", Language.RU, null, false), List.of())));
        list.add(new Method("appeals.mine", resident, () -> appeals.mine(PAGE)));
        list.add(new Method("appeals.rate", resident,
                () -> { appeals.rate(NO_ID, 0, AppealRating.SATISFIED, null); return null; }));
        list.add(new Method("appeals.complain", resident, () -> { appeals.complain(NO_ID, 0, "x"); return null; }));
        list.add(new Method("appeals.inbox", mayorOrGovernor, () -> appeals.inbox(PAGE, AppealFilter.none())));
        list.add(new Method("appeals.appeal", Set.of("resident", "mayor", "governor"), () -> appeals.appeal(NO_ID)));
        list.add(new Method("appeals.districtChoices", Set.of("resident", "mayor"), () -> appeals.districtChoices()));
        list.add(new Method("appeals.projectChoices", mayor, () -> appeals.projectChoices(NO_ID)));
        list.add(new Method("appeals.answer", mayor, () -> { appeals.answer(NO_ID, 0, "x", null); return null; }));
        list.add(new Method("appeals.extend", mayor,
                () -> { appeals.extend(NO_ID, 0, LocalDate.now().plusDays(30), "x"); return null; }));
        list.add(new Method("appeals.redirect", mayor, () -> { appeals.redirect(NO_ID, 0, NO_ID, "x"); return null; }));
        list.add(new Method("appeals.close", mayor, () -> { appeals.close(NO_ID, 0); return null; }));
        list.add(new Method("appeals.hide", mayor, () -> { appeals.hide(NO_ID, 0, "x"); return null; }));
        list.add(new Method("appeals.linkProject", mayor, () -> { appeals.linkProject(NO_ID, 0, null); return null; }));
        list.add(new Method("appeals.answerComplaint", governor,
                () -> { appeals.answerComplaint(NO_ID, 0, "x"); return null; }));
        list.add(new Method("attachments.attachToAppeal", resident,
                () -> attachments.attachToAppeal(NO_ID, "x.pdf", new byte[] {'%', 'P', 'D', 'F', '-'})));
        list.add(new Method("attachments.appealFile", Set.of("resident", "mayor", "governor"),
                () -> attachments.appealFile(NO_ID)));
        list.add(new Method("provisioning.chooseDistrict", resident, () -> provisioning.chooseDistrict(NO_ID)));
        // Community polls: the district's mayor runs them, its residents vote, the region's governor reads.
        Set<String> pollReaders = Set.of("mayor", "resident", "governor");
        list.add(new Method("polls.polls", pollReaders, () -> polls.polls(PAGE, null)));
        list.add(new Method("polls.view", pollReaders, () -> polls.view(NO_ID)));
        list.add(new Method("polls.create", mayor, () -> polls.create(new PollForm())));
        list.add(new Method("polls.edit", mayor, () -> polls.edit(NO_ID, 0, new PollForm())));
        list.add(new Method("polls.open", mayor, () -> {
            polls.open(NO_ID, 0);
            return null;
        }));
        list.add(new Method("polls.close", mayor, () -> {
            polls.close(NO_ID, 0);
            return null;
        }));
        list.add(new Method("polls.vote", Set.of("resident"), () -> {
            polls.vote(NO_ID, NO_ID);
            return null;
        }));
        list.add(new Method("polls.startProposal", mayor, () -> polls.startProposal(NO_ID, 0, NO_ID, NO_ID)));
        list.add(new Method("polls.evidence", Set.of("mayor", "governor", "project-manager", "admin"),
                () -> polls.evidence(NO_ID)));
        list.add(new Method("polls.closeDue", ALL_ROLES, () -> polls.closeDue(java.time.LocalDate.of(2000, 1, 1))));
        // Officials' threads and announcements.
        Set<String> officials = Set.of("mayor", "governor", "project-manager", "trainer");
        Set<String> senders = Set.of("governor", "project-manager");
        list.add(new Method("threads.mine", officials, () -> threads.mine(PAGE, null)));
        list.add(new Method("threads.aboutProject", officials, () -> threads.aboutProject(NO_ID, PAGE)));
        list.add(new Method("threads.thread", officials, () -> threads.thread(NO_ID)));
        list.add(new Method("threads.messages", officials, () -> threads.messages(NO_ID, PAGE)));
        list.add(new Method("threads.markSeen", officials, () -> { threads.markSeen(NO_ID); return null; }));
        list.add(new Method("threads.start", Set.of("mayor", "governor", "trainer"),
                () -> threads.start(new NewThread(ThreadChannel.PROJECT_MANAGERS, null, NO_ID, "s", "b"), null, null)));
        list.add(new Method("threads.post", officials, () -> threads.post(NO_ID, "b", null, null)));
        list.add(new Method("threads.resolve", officials, () -> threads.resolve(NO_ID, 0)));
        list.add(new Method("threads.reopen", officials, () -> threads.reopen(NO_ID, 0)));
        list.add(new Method("threads.districtsToWrite", governor, () -> threads.districtsToWrite()));
        list.add(new Method("attachments.attachToThreadMessage", officials,
                () -> attachments.attachToThreadMessage(NO_ID, "x.pdf", new byte[] {1})));
        list.add(new Method("attachments.threadFile", officials, () -> attachments.threadFile(NO_ID)));
        list.add(new Method("announcements.send", senders, () -> announcements.send("s", "b", NO_ID)));
        list.add(new Method("announcements.received", mayor, () -> announcements.received(PAGE)));
        list.add(new Method("announcements.sent", senders, () -> announcements.sent(PAGE)));
        list.add(new Method("announcements.announcement", work, () -> announcements.announcement(NO_ID)));
        list.add(new Method("announcements.markRead", mayor, () -> announcements.markRead(NO_ID)));
        list.add(new Method("announcements.receipts", senders, () -> announcements.receipts(NO_ID, PAGE)));
        list.add(new Method("announcements.regions", pm, () -> announcements.regions()));
        // Trust figures and the public "You said, we did" pages.
        Set<String> overseers = Set.of("governor", "project-manager");
        java.time.YearMonth month = java.time.YearMonth.of(2026, 1);
        list.add(new Method("trust.region", overseers, () -> trust.region(null)));
        list.add(new Method("trust.programme", pm, () -> trust.programme()));
        list.add(new Method("trust.regionTrend", overseers, () -> trust.regionTrend(NO_ID, month, month)));
        list.add(new Method("trust.districtTrend", overseers, () -> trust.districtTrend(NO_ID, month, month)));
        list.add(new Method("trust.programmeTrend", pm, () -> trust.programmeTrend(month, month)));
        list.add(new Method("trust.myDistrict", mayor, () -> trust.myDistrict()));
        // The role dashboards: each role its own.
        list.add(new Method("dashboards.mayor", mayor, () -> dashboards.mayor()));
        list.add(new Method("dashboards.governor", Set.of("governor"), () -> dashboards.governor()));
        list.add(new Method("dashboards.programme", pm, () -> dashboards.programme()));
        list.add(new Method("dashboards.trainer", Set.of("trainer"), () -> dashboards.trainer()));
        list.add(new Method("dashboards.admin", Set.of("admin"), () -> dashboards.admin()));
        list.add(new Method("publicFeedback.districts", ALL_ROLES, () -> publicFeedback.districts(PAGE, Language.RU)));
        list.add(new Method("publicFeedback.district", ALL_ROLES, () -> publicFeedback.district("ZAISAN")));
        list.add(new Method("publicFeedback.answered", ALL_ROLES, () -> publicFeedback.answered("ZAISAN", PAGE)));
        list.add(new Method("publicFeedback.trend", ALL_ROLES, () -> publicFeedback.trend("ZAISAN", month, month)));
        // The programme's quarterly report.
        list.add(new Method("quarterlyReports.generate", pm, () -> quarterlyReports.generate(
                new org.birge.portal.report.service.ReportQuarter(2026, 1))));
        // Exports: anyone signed in exports their own lists (the lists' services apply the roles), and only
        // reads their own jobs; the fact sheet as the project's page.
        var labels = ExportReading.keys(Language.RU);
        var csv = org.birge.portal.shared.service.export.ExportFormat.CSV;
        list.add(new Method("exportJobs.submit", ALL_ROLES, () -> exportJobs.submit(null)));
        list.add(new Method("exportJobs.job", ALL_ROLES, () -> exportJobs.job(NO_ID)));
        list.add(new Method("exportJobs.file", ALL_ROLES, () -> exportJobs.file(NO_ID)));
        list.add(new Method("exportRunner.create", ALL_ROLES, () -> exportRunner.create("roles-test", csv, null, "roles-test.csv")));
        list.add(new Method("exportRunner.run", ALL_ROLES, () -> { exportRunner.run(NO_ID, null); return null; }));
        list.add(new Method("exportRunner.started", ALL_ROLES, () -> { exportRunner.started(NO_ID, 1); return null; }));
        list.add(new Method("exportRunner.advanced", ALL_ROLES, () -> { exportRunner.advanced(NO_ID, 1); return null; }));
        list.add(new Method("exportRunner.finished", ALL_ROLES, () -> { exportRunner.finished(NO_ID, "x"); return null; }));
        list.add(new Method("exportRunner.failed", ALL_ROLES, () -> { exportRunner.failed(NO_ID, "x"); return null; }));
        list.add(new Method("exportCleanup.removeOlderThan", Set.of("admin"),
                () -> exportCleanup.removeOlderThan(java.time.Instant.EPOCH)));
        list.add(new Method("factSheets.factSheet", workAndAdmin, () -> factSheets.factSheet(NO_ID, labels)));
        list.add(new Method("factSheets.publicFactSheet", ALL_ROLES, () -> factSheets.publicFactSheet(NO_ID, labels)));
        return list;
    }

    @Test
    void eachMethodRefusesEveryRoleItIsNotFor() {
        List<Executable> matrix = new ArrayList<>();
        for (Method method : methods()) {
            for (String role : ALL_ROLES) {
                if (!method.roles().contains(role)) {
                    matrix.add(() -> assertThrows(EJBAccessException.class,
                            () -> signIn.as(people.get(role), role, method.call()),
                            role + " calling " + method.name()));
                }
            }
        }
        assertFalse(matrix.isEmpty());
        assertAll("role x service method: refused", matrix);
    }

    /** The matrix above must not pass because the methods refuse everyone: their own roles get past the container. */
    @Test
    void eachMethodLetsItsOwnRolesIn() {
        List<Executable> matrix = new ArrayList<>();
        for (Method method : methods()) {
            for (String role : method.roles()) {
                matrix.add(() -> {
                    try {
                        signIn.as(people.get(role), role, method.call());
                    } catch (EJBAccessException e) {
                        throw new AssertionError(role + " was refused " + method.name(), e);
                    } catch (Exception expectedWithMadeUpIds) {
                        // Not found, refused by scope or by a rule: past the container, which is what counts here.
                    }
                });
            }
        }
        assertTrue(matrix.size() > 40, "the matrix covers the methods");
        assertAll("role x service method: let in", matrix);
    }
}
