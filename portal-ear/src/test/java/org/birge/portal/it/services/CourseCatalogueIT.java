package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.birge.portal.audit.service.AuditFilter;
import org.birge.portal.audit.service.AuditRow;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.notify.service.NotificationRow;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.project.service.FileDownload;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.ConcurrentChangeException;
import org.birge.portal.shared.service.DuplicateException;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.training.domain.CourseStatus;
import org.birge.portal.training.domain.EnrolmentStatus;
import org.birge.portal.training.domain.SessionStatus;
import org.birge.portal.training.service.CompletionSummary;
import org.birge.portal.training.service.CourseForm;
import org.birge.portal.training.service.CourseRow;
import org.birge.portal.training.service.CourseService;
import org.birge.portal.training.service.CourseView;
import org.birge.portal.training.service.SessionPlan;
import org.birge.portal.training.service.SessionRow;
import org.birge.portal.training.service.SessionService;
import org.birge.portal.training.service.TrainerChoice;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The training catalogue as trainers keep it: a course prepared as a draft, checked when saved, revised at
 * the version the trainer saw, published for the catalogue and archived; its materials; lists searched and
 * paged in the database; a session's life from planning to completion, where the course's rule decides
 * each trainee's outcome and only those who completed it get a certificate, or to its cancellation, which
 * tells everyone enrolled. Only trainers change courses and sessions.
 */
@ExtendWith(ArquillianExtension.class)
class CourseCatalogueIT {

    private static final String TRAINER = "trainer";
    private static final String MAYOR = "mayor";
    private static final String ADMIN = "admin";
    private static final PageRequest ALL = PageRequest.of(0, PageRequest.MAX_SIZE);

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("course-catalogue-it");
    }

    @EJB
    private CourseService courses;
    @EJB
    private SessionService sessions;
    @EJB
    private AttachmentService attachments;
    @EJB
    private NotificationService notifications;
    @EJB
    private AuditService audit;
    @EJB
    private Fixtures fixtures;
    @EJB
    private TrainingSetup setup;
    @Inject
    private TestSignIn signIn;

    private String trainer;
    private String otherTrainer;
    private String mayor;
    private String otherMayor;
    private District district;
    private Region region;

    @BeforeEach
    void people() {
        region = fixtures.region(Fixtures.unique("TR"));
        district = fixtures.district(Fixtures.unique("TD"), region);
        trainer = fixtures.newPerson(null, null, Role.TRAINER);
        otherTrainer = fixtures.newPerson(null, null, Role.TRAINER);
        mayor = fixtures.newPerson(district, null, Role.MAYOR);
        otherMayor = fixtures.newPerson(district, null, Role.MAYOR);
    }

    private <T> T asTrainer(Callable<T> work) throws Exception {
        return signIn.as(trainer, TRAINER, work);
    }

    private static CourseForm form(String code, String title) {
        CourseForm form = new CourseForm();
        form.setCode(code);
        form.setTitle(title);
        form.setDescription("What a mayor learns here.");
        form.setObjectives("Plan a project\nMonitor it");
        form.setTopics("Logical framework");
        form.setTargetRoles(List.of(Role.MAYOR_NAME, Role.GOVERNOR_NAME));
        form.setHours(16);
        form.setMinAttendancePercent(80);
        form.setPassMark(70);
        return form;
    }

    private SessionPlan plan(List<LocalDate> days, String venue, String link, int capacity) {
        SessionPlan plan = new SessionPlan();
        plan.setDays(days);
        plan.setVenue(venue);
        plan.setOnlineLink(link);
        plan.setCapacity(capacity);
        plan.setTrainers(List.of(trainer));
        return plan;
    }

    private static void assertKey(String key, Executable call) {
        assertEquals(key, assertThrows(DomainException.class, call).getMessageKey());
    }

    private List<String> auditActions(String subjectType, long id) throws Exception {
        AuditFilter filter = new AuditFilter();
        filter.setSubjectType(subjectType);
        filter.setSubjectId(id);
        return signIn.as(fixtures.newAdmin(), ADMIN, () -> audit.page(ALL, filter)).rows().stream()
                .map(AuditRow::action).toList();
    }

    private List<NotificationRow> notices(String username, String key) throws Exception {
        return signIn.as(username, MAYOR, () -> notifications.mine(ALL)).rows().stream()
                .filter(n -> n.messageKey().equals(key)).toList();
    }

    // ------------------------------------------------------------------------------------------------ courses

    @Test
    void aCourseIsDraftedRevisedPublishedAndArchivedEachStepAudited() throws Exception {
        String code = TrainingSetup.code();
        CourseRow draft = asTrainer(() -> courses.create(form(code.toLowerCase(), "Project cycle")));
        assertEquals(code, draft.code(), "the code is kept in capitals");
        assertEquals(CourseStatus.DRAFT, draft.status());

        CourseForm changed = form(null, "Project cycle, revised");
        changed.setHours(24);
        changed.setPassMark(75);
        CourseRow revised = asTrainer(() -> courses.revise(draft.id(), draft.version(), changed));
        CourseView view = asTrainer(() -> courses.course(draft.id()));
        assertAll(() -> assertEquals("Project cycle, revised", view.row().title()),
                () -> assertEquals(code, view.row().code(), "the code cannot change"),
                () -> assertEquals(24, view.row().hours()),
                () -> assertEquals(80, view.row().minAttendancePercent()),
                () -> assertEquals(75, view.row().passMark()),
                () -> assertEquals(List.of(Role.GOVERNOR, Role.MAYOR), view.targetRoles()),
                () -> assertEquals("Plan a project\nMonitor it", view.objectives()));

        assertThrows(AccessDeniedException.class, () -> signIn.as(mayor, MAYOR, () -> courses.course(draft.id())),
                "a draft is not in the catalogue");
        CourseRow published = asTrainer(() -> courses.publish(revised.id(), revised.version()));
        assertEquals(CourseStatus.PUBLISHED, published.status());
        assertEquals(code, signIn.as(mayor, MAYOR, () -> courses.course(draft.id())).row().code());
        assertKey("training.course.notDraft", () -> asTrainer(() -> courses.publish(published.id(), published.version())));

        CourseRow archived = asTrainer(() -> courses.archive(published.id(), published.version()));
        assertEquals(CourseStatus.ARCHIVED, archived.status());
        assertKey("training.course.archived",
                () -> asTrainer(() -> courses.revise(archived.id(), archived.version(), form(null, "Again"))));
        assertThrows(AccessDeniedException.class, () -> signIn.as(mayor, MAYOR, () -> courses.course(draft.id())),
                "an archived course leaves the catalogue");
        assertEquals(code, signIn.as(fixtures.newAdmin(), ADMIN, () -> courses.course(draft.id())).row().code(),
                "administrators still read it");
        assertEquals(List.of("training.course.archived", "training.course.published", "training.course.revised",
                "training.course.created"), auditActions("course", draft.id()));
    }

    @Test
    void badInputIsRefusedWithItsMessageAndATakenCodeToo() throws Exception {
        List<Executable> refusals = new ArrayList<>();
        refusals.add(() -> assertKey("training.course.codeFormat",
                () -> asTrainer(() -> courses.create(form("1-BAD", "Bad code")))));
        refusals.add(() -> assertKey("training.course.codeFormat",
                () -> asTrainer(() -> courses.create(form("ZT BAD", "Bad code")))));
        CourseForm noHours = form(TrainingSetup.code(), "No hours");
        noHours.setHours(0);
        refusals.add(() -> assertKey("training.course.hoursRange", () -> asTrainer(() -> courses.create(noHours))));
        CourseForm tooLong = form(TrainingSetup.code(), "Too long");
        tooLong.setHours(201);
        refusals.add(() -> assertKey("training.course.hoursRange", () -> asTrainer(() -> courses.create(tooLong))));
        CourseForm emptyHours = form(TrainingSetup.code(), "Empty hours");
        emptyHours.setHours(null);
        refusals.add(() -> assertKey("training.course.hoursRange", () -> asTrainer(() -> courses.create(emptyHours))));
        CourseForm passMark = form(TrainingSetup.code(), "Pass mark");
        passMark.setPassMark(101);
        refusals.add(() -> assertKey("training.rule.passMarkRange", () -> asTrainer(() -> courses.create(passMark))));
        CourseForm nobody = form(TrainingSetup.code(), "For nobody");
        nobody.setTargetRoles(List.of());
        refusals.add(() -> assertKey("training.course.targetRequired", () -> asTrainer(() -> courses.create(nobody))));
        refusals.add(() -> assertKey("training.course.titleRequired",
                () -> asTrainer(() -> courses.create(form(TrainingSetup.code(), " ")))));
        assertAll("refused when saved", refusals);

        String code = TrainingSetup.code();
        asTrainer(() -> courses.create(form(code, "First")));
        DuplicateException taken = assertThrows(DuplicateException.class,
                () -> asTrainer(() -> courses.create(form(code, "Second"))));
        assertEquals("training.course.codeTaken", taken.getMessageKey());
        assertEquals(List.of(code), taken.getArguments());
    }

    @Test
    void aStaleRevisionIsRefusedNamingWhoChangedTheCourse() throws Exception {
        CourseRow draft = asTrainer(() -> courses.create(form(TrainingSetup.code(), "Shared")));
        asTrainer(() -> courses.revise(draft.id(), draft.version(), form(null, "Changed by the first")));
        ConcurrentChangeException stale = assertThrows(ConcurrentChangeException.class, () -> signIn.as(otherTrainer,
                TRAINER, () -> courses.revise(draft.id(), draft.version(), form(null, "Changed by the second"))));
        assertEquals(List.of(trainer), stale.getArguments());
        assertEquals("Changed by the first", asTrainer(() -> courses.course(draft.id())).row().title());
    }

    @Test
    void onlyATrainerChangesCourses() throws Exception {
        CourseRow draft = asTrainer(() -> courses.create(form(TrainingSetup.code(), "Trainers only")));
        assertThrows(EJBAccessException.class,
                () -> signIn.as(mayor, MAYOR, () -> courses.create(form(TrainingSetup.code(), "By a mayor"))));
        assertThrows(EJBAccessException.class,
                () -> signIn.as(fixtures.newAdmin(), ADMIN, () -> courses.publish(draft.id(), draft.version())));
        assertThrows(EJBAccessException.class, () -> signIn.as(mayor, MAYOR, () -> courses.courses(ALL, null, null)));
        assertEquals(CourseStatus.DRAFT, asTrainer(() -> courses.course(draft.id())).row().status());
    }

    @Test
    void listsAreSearchedAndPagedInTheDatabaseAndTheCatalogueShowsPublishedCoursesOnly() throws Exception {
        String stem = TrainingSetup.code();
        List<CourseRow> made = new ArrayList<>();
        for (String suffix : List.of("-A", "-B", "-C")) {
            made.add(asTrainer(() -> courses.create(form(stem + suffix, "Searchable " + stem + suffix))));
        }
        asTrainer(() -> courses.publish(made.get(0).id(), made.get(0).version()));
        asTrainer(() -> courses.publish(made.get(2).id(), made.get(2).version()));

        Page<CourseRow> first = asTrainer(() -> courses.courses(PageRequest.of(0, 2), stem.toLowerCase(), null));
        Page<CourseRow> second = asTrainer(() -> courses.courses(PageRequest.of(2, 2), stem, null));
        assertEquals(3, first.total());
        assertEquals(List.of(stem + "-A", stem + "-B"), first.rows().stream().map(CourseRow::code).toList());
        assertEquals(List.of(stem + "-C"), second.rows().stream().map(CourseRow::code).toList());
        assertEquals(List.of(stem + "-B"), asTrainer(() -> courses.courses(ALL, stem, CourseStatus.DRAFT)).rows()
                .stream().map(CourseRow::code).toList(), "the status filter");
        assertEquals(1, asTrainer(() -> courses.courses(ALL, "searchable " + stem.toLowerCase() + "-c", null)).total(),
                "the title is searched too, in any case");
        assertEquals(0, asTrainer(() -> courses.courses(ALL, stem + "%", null)).total(), "% is a character searched");

        Page<CourseRow> catalogue = signIn.as(mayor, MAYOR, () -> courses.catalogue(ALL, stem));
        assertEquals(List.of(stem + "-A", stem + "-C"), catalogue.rows().stream().map(CourseRow::code).toList());
    }

    @Test
    void materialsAreLinksAndFilesAFileIsServedWhileListed() throws Exception {
        long courseId = setup.course(TrainingSetup.code(), "With materials", 80, 70);
        CourseRow start = asTrainer(() -> courses.course(courseId)).row();
        assertKey("training.material.url",
                () -> asTrainer(() -> courses.addLink(courseId, start.version(), "Bad", "javascript:alert(1)")));
        CourseRow linked = asTrainer(() -> courses.addLink(courseId, start.version(), "Guide", "https://example.org/g"));
        assertTrue(linked.version() > start.version(), "a new material is a change of the course");
        assertThrows(ConcurrentChangeException.class,
                () -> asTrainer(() -> courses.addLink(courseId, start.version(), "Late", "https://example.org/l")));
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertKey("project.attachment.type", () -> asTrainer(() -> courses.addFile(courseId, linked.version(),
                "Not a PDF", "notes.txt", "plain text".getBytes(StandardCharsets.US_ASCII))));
        CourseRow filed = asTrainer(() -> courses.addFile(courseId, linked.version(), "Handout", "C:\\x\\handout.pdf",
                pdf));

        CourseView view = signIn.as(mayor, MAYOR, () -> courses.course(courseId));
        assertEquals(List.of("Guide", "Handout"), view.materials().stream().map(CourseView.MaterialItem::title)
                .toList());
        CourseView.MaterialItem file = view.materials().get(1);
        assertEquals("handout.pdf", file.fileName());
        FileDownload download = signIn.as(mayor, MAYOR, () -> attachments.courseFile(file.attachmentId()));
        assertEquals("application/pdf", download.mediaType());
        assertEquals(pdf.length, download.size());
        assertThrows(NotFoundException.class, () -> signIn.as(mayor, MAYOR, () -> attachments.download(
                file.attachmentId())), "a course's file is no project's file");

        asTrainer(() -> courses.removeMaterial(courseId, filed.version(), 1));
        assertEquals(List.of("Guide"), asTrainer(() -> courses.course(courseId)).materials().stream()
                .map(CourseView.MaterialItem::title).toList());
        assertThrows(NotFoundException.class, () -> signIn.as(mayor, MAYOR,
                () -> attachments.courseFile(file.attachmentId())), "a removed file is no longer served");
        assertTrue(auditActions("course", courseId).contains("training.course.materialRemoved"));
    }

    // ------------------------------------------------------------------------------------------------ sessions

    @Test
    void aSessionIsCheckedWhenPlannedOnlyForAPublishedCourseAndWithPortalTrainers() throws Exception {
        LocalDate soon = PortalClock.today().plusDays(20);
        CourseRow draft = asTrainer(() -> courses.create(form(TrainingSetup.code(), "Not yet published")));
        assertKey("training.session.courseNotPublished",
                () -> asTrainer(() -> sessions.create(draft.id(), plan(List.of(soon), "Hall", null, 10))));
        long courseId = setup.course(TrainingSetup.code(), "Published", 80, 70);
        List<Executable> refusals = new ArrayList<>();
        refusals.add(() -> assertKey("training.session.placeRequired",
                () -> asTrainer(() -> sessions.create(courseId, plan(List.of(soon), " ", null, 10)))));
        refusals.add(() -> assertKey("training.session.daysRequired",
                () -> asTrainer(() -> sessions.create(courseId, plan(List.of(), "Hall", null, 10)))));
        refusals.add(() -> assertKey("training.session.capacityRange",
                () -> asTrainer(() -> sessions.create(courseId, plan(List.of(soon), "Hall", null, 0)))));
        refusals.add(() -> assertKey("training.session.link",
                () -> asTrainer(() -> sessions.create(courseId, plan(List.of(soon), null, "zoom", 10)))));
        SessionPlan notATrainer = plan(List.of(soon), "Hall", null, 10);
        notATrainer.setTrainers(List.of(mayor));
        refusals.add(() -> assertKey("training.session.notATrainer",
                () -> asTrainer(() -> sessions.create(courseId, notATrainer))));
        assertAll("refused when planned", refusals);

        List<String> trainerNames = asTrainer(() -> sessions.trainers()).stream().map(TrainerChoice::username).toList();
        assertTrue(trainerNames.containsAll(List.of(trainer, otherTrainer)) && !trainerNames.contains(mayor));
        SessionPlan both = plan(List.of(soon.plusDays(2), soon), null, "https://meet.example.org/x", 12);
        both.setTrainers(List.of(trainer, otherTrainer));
        SessionRow made = asTrainer(() -> sessions.create(courseId, both));
        assertAll(() -> assertEquals(soon, made.firstDay()), () -> assertEquals(soon.plusDays(2), made.lastDay()),
                () -> assertEquals(2, made.days()), () -> assertEquals(SessionStatus.PLANNED, made.status()),
                () -> assertEquals(2, made.trainerNames().size()));
        assertEquals(List.of(made.id()), signIn.as(otherTrainer, TRAINER, () -> sessions.mySessions(ALL)).rows()
                .stream().map(SessionRow::id).filter(id -> id == made.id()).toList(), "each trainer sees it as theirs");
    }

    @Test
    void completingASessionDecidesEachOutcomeByTheRuleAndCertifiesOnlyThoseWhoCompleted() throws Exception {
        LocalDate today = PortalClock.today();
        List<LocalDate> days = List.of(today.minusDays(1), today);
        long courseId = setup.course(TrainingSetup.code(), "Completion", 80, 70);
        SessionRow planned = asTrainer(() -> sessions.create(courseId, plan(days, "Hall", null, 3)));
        SessionRow open = asTrainer(() -> sessions.openEnrolment(planned.id(), planned.version()));
        String third = fixtures.newPerson(district, null, Role.MAYOR);
        String waiting = fixtures.newPerson(district, null, Role.MAYOR);
        long passes = setup.enrol(open.id(), mayor, district.getId(), region.getId(), true);
        long absent = setup.enrol(open.id(), otherMayor, district.getId(), region.getId(), true);
        long lowScore = setup.enrol(open.id(), third, district.getId(), region.getId(), true);
        long waits = setup.enrol(open.id(), waiting, district.getId(), region.getId(), false);

        SessionRow counted = signIn.as(mayor, MAYOR, () -> sessions.upcoming(courseId, ALL)).rows().get(0);
        assertAll(() -> assertEquals(3, counted.taken()), () -> assertEquals(1, counted.waiting()),
                () -> assertEquals(0, counted.seatsFree()));
        assertKey("training.session.capacityBelowTaken",
                () -> asTrainer(() -> sessions.revise(open.id(), open.version(), plan(days, "Hall", null, 2))));

        SessionRow running = asTrainer(() -> sessions.start(open.id(), open.version()));
        setup.record(passes, days, 40, 70);
        setup.record(absent, List.of(today), 50, 95);
        setup.record(lowScore, days, 60, 69);

        CompletionSummary summary = asTrainer(() -> sessions.complete(running.id(), running.version()));
        assertAll(() -> assertEquals(SessionStatus.COMPLETED, summary.row().status()),
                () -> assertEquals(1, summary.completed()), () -> assertEquals(2, summary.notCompleted()),
                () -> assertEquals(EnrolmentStatus.COMPLETED, setup.status(passes)),
                () -> assertEquals(EnrolmentStatus.NOT_COMPLETED, setup.status(absent), "50 % of the days"),
                () -> assertEquals(EnrolmentStatus.NOT_COMPLETED, setup.status(lowScore), "69 below 70"),
                () -> assertEquals(EnrolmentStatus.WITHDRAWN, setup.status(waits), "the waiting list ends"));
        assertEquals(List.of(mayor), setup.certificateHolders(running.id()));
        List<NotificationRow> told = notices(mayor, "training.notice.certificate");
        assertEquals(1, told.size());
        assertEquals("Completion", told.get(0).arguments().get(0));
        assertEquals("/mayor/training.xhtml", told.get(0).link());
        assertTrue(notices(otherMayor, "training.notice.certificate").isEmpty());
        assertTrue(auditActions("enrolment", passes).contains("training.enrolment.decided"));
        assertKey("training.session.notInProgress",
                () -> asTrainer(() -> sessions.complete(summary.row().id(), summary.row().version())));
    }

    @Test
    void aCancelledSessionEndsEveryPlaceAndTellsEveryoneEnrolledWhy() throws Exception {
        LocalDate day = PortalClock.today().plusDays(30);
        long courseId = setup.course(TrainingSetup.code(), "Cancelled course", 80, 70);
        long sessionId = setup.session(courseId, List.of(day), 1, trainer, true);
        long seat = setup.enrol(sessionId, mayor, district.getId(), region.getId(), true);
        long queue = setup.enrol(sessionId, otherMayor, district.getId(), region.getId(), false);
        long version = asTrainer(() -> sessions.session(sessionId)).row().version();

        assertKey("training.session.reasonRequired", () -> asTrainer(() -> sessions.cancel(sessionId, version, " ")));
        assertThrows(EJBAccessException.class,
                () -> signIn.as(mayor, MAYOR, () -> sessions.cancel(sessionId, version, "Not mine to cancel")));
        SessionRow cancelled = asTrainer(() -> sessions.cancel(sessionId, version, "The trainer is ill"));
        assertEquals(SessionStatus.CANCELLED, cancelled.status());
        assertEquals("The trainer is ill", asTrainer(() -> sessions.session(sessionId)).cancelReason());
        assertEquals(EnrolmentStatus.WITHDRAWN, setup.status(seat));
        assertEquals(EnrolmentStatus.WITHDRAWN, setup.status(queue));
        for (String person : List.of(mayor, otherMayor)) {
            List<NotificationRow> told = notices(person, "training.notice.sessionCancelled");
            assertEquals(1, told.size(), person + " is told");
            assertEquals(List.of("Cancelled course", String.format("%02d.%02d.%d", day.getDayOfMonth(),
                    day.getMonthValue(), day.getYear()), "The trainer is ill"), told.get(0).arguments());
        }
        assertFalse(signIn.as(mayor, MAYOR, () -> sessions.upcoming(courseId, ALL)).rows().stream()
                .anyMatch(s -> s.id() == sessionId), "no longer offered");
        assertKey("training.session.notCancellable",
                () -> asTrainer(() -> sessions.cancel(sessionId, cancelled.version(), "Again")));
    }

    @Test
    void theTrainersSessionListIsFilteredByCourseStatusAndDates() throws Exception {
        String code = TrainingSetup.code();
        long courseId = setup.course(code, "Filtered " + code, 80, 70);
        LocalDate base = PortalClock.today().plusDays(100);
        long early = setup.session(courseId, List.of(base), 10, trainer, false);
        long late = setup.session(courseId, List.of(base.plusDays(10), base.plusDays(11)), 10, trainer, true);

        assertEquals(List.of(late, early), asTrainer(() -> sessions.sessions(ALL, code, null, null, null)).rows()
                .stream().map(SessionRow::id).toList(), "latest first");
        assertEquals(List.of(late), asTrainer(() -> sessions.sessions(ALL, code, SessionStatus.OPEN, null, null))
                .rows().stream().map(SessionRow::id).toList());
        assertEquals(List.of(late), asTrainer(() -> sessions.sessions(ALL, code, null, base.plusDays(11), null))
                .rows().stream().map(SessionRow::id).toList(), "meets a range starting on its last day");
        assertEquals(List.of(early), asTrainer(() -> sessions.sessions(ALL, code, null, null, base.plusDays(9)))
                .rows().stream().map(SessionRow::id).toList());
        Page<SessionRow> paged = asTrainer(() -> sessions.sessionsOf(courseId, PageRequest.of(1, 1)));
        assertEquals(2, paged.total());
        assertEquals(List.of(early), paged.rows().stream().map(SessionRow::id).toList());
    }

    private int statements(Callable<?> work) throws Exception {
        return asTrainer(() -> Statements.of(work));
    }

    @Test
    void aPageOfSessionsOrACoursePageCostsTheSameStatementsWhateverItHolds() throws Exception {
        long courseId = setup.course(TrainingSetup.code(), "Statements", 80, 70);
        LocalDate base = PortalClock.today().plusDays(200);
        long first = setup.session(courseId, List.of(base), 5, trainer, true);
        setup.enrol(first, mayor, district.getId(), region.getId(), true);
        CourseRow row = asTrainer(() -> courses.course(courseId)).row();
        asTrainer(() -> courses.addLink(courseId, row.version(), "One", "https://example.org/1"));
        int onePage = statements(() -> sessions.sessionsOf(courseId, PageRequest.of(0, 20)));
        int oneCourse = statements(() -> courses.course(courseId));

        for (int i = 1; i <= 5; i++) {
            long more = setup.session(courseId, List.of(base.plusDays(i), base.plusDays(i + 10)), 5, otherTrainer, true);
            setup.enrol(more, otherMayor, district.getId(), region.getId(), true);
            long version = asTrainer(() -> courses.course(courseId)).row().version();
            int n = i;
            asTrainer(() -> courses.addLink(courseId, version, "More " + n, "https://example.org/" + n));
        }
        assertEquals(6, asTrainer(() -> sessions.sessionsOf(courseId, PageRequest.of(0, 20))).total());
        assertEquals(onePage, statements(() -> sessions.sessionsOf(courseId, PageRequest.of(0, 20))),
                "a page of 1 and of 6 sessions");
        assertEquals(oneCourse, statements(() -> courses.course(courseId)), "a course of 1 and of 6 materials");
        assertTrue(onePage <= 6, "a page of sessions took " + onePage + " statements");
    }
}
