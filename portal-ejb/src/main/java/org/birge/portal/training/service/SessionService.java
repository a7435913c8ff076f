package org.birge.portal.training.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeSet;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.shared.service.Versions;
import org.birge.portal.training.domain.Certificate;
import org.birge.portal.training.domain.Course;
import org.birge.portal.training.domain.Enrolment;
import org.birge.portal.training.domain.EnrolmentStatus;
import org.birge.portal.training.domain.SessionStatus;
import org.birge.portal.training.domain.TrainingSession;

/**
 * Sessions of the courses. Any trainer plans a session of a published course, naming its trainers among
 * the portal's trainers, opens it for enrolment, starts it on its first day and completes it from its last
 * day on: then each trainee's outcome is computed by the course's rule and those who completed it get a
 * certificate. A cancelled session ends every place in it and tells the people enrolled why. The seat
 * figures of a page of sessions are counted in the database.
 */
@Stateless
public class SessionService {

    private static final String ROW = "select new org.birge.portal.training.service.SessionRow(s.id, s.version,"
            + " c.id, c.code, c.title, s.firstDay, s.lastDay, s.startsAt, s.endsAt, s.venue, s.onlineLink,"
            + " s.capacity, s.status) from TrainingSession s join s.course c";
    private static final String COUNT = "select count(s) from TrainingSession s join s.course c";
    private static final Map<String, String> SORT = Map.of("firstDay", "s.firstDay", "course", "c.code",
            "status", "s.status", "capacity", "s.capacity");
    private static final Set<SessionStatus> LIVE = SessionStatus.live();
    private static final Set<EnrolmentStatus> SEAT = EnrolmentStatus.seatHolders();
    private static final Set<EnrolmentStatus> ACTIVE = EnrolmentStatus.active();
    /** Who counts in a session's figures: seat holders, people waiting, and the outcomes of a completed one. */
    private static final List<EnrolmentStatus> COUNTED = List.of(EnrolmentStatus.REQUESTED, EnrolmentStatus.CONFIRMED,
            EnrolmentStatus.WAITLISTED, EnrolmentStatus.COMPLETED, EnrolmentStatus.NOT_COMPLETED);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String SUBJECT = "training_session";
    private static final String TRAINEE_PAGE = "/mayor/training.xhtml";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @EJB
    private NotificationService notifications;

    @EJB
    private EnrolmentService enrolments;

    /**
     * Every session, searched by its course's code or title, of one status or all, and meeting the range
     * {@code from}..{@code to} (either open); latest first day first unless sorted otherwise.
     */
    @RolesAllowed(Role.TRAINER_NAME)
    public Page<SessionRow> sessions(PageRequest page, String search, SessionStatus status, LocalDate from,
                                     LocalDate to) {
        String pattern = Search.pattern(search);
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (pattern != null) {
            conditions.add("(lower(c.code) like :search or lower(c.title) like :search)");
            parameters.put("search", pattern);
        }
        if (status != null) {
            conditions.add("s.status = :status");
            parameters.put("status", status);
        }
        if (from != null) {
            conditions.add("s.lastDay >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            conditions.add("s.firstDay <= :to");
            parameters.put("to", to);
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return page(page, where, parameters, false);
    }

    /** The sessions of a course, latest first day first unless sorted otherwise. */
    @RolesAllowed(Role.TRAINER_NAME)
    public Page<SessionRow> sessionsOf(long courseId, PageRequest page) {
        return page(page, " where c.id = :course", Map.of("course", courseId), false);
    }

    /**
     * The sessions of a course that still lie ahead or run, earliest first, for whom may read the course:
     * what its page offers to enrol in.
     */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME,
            Role.ADMIN_NAME})
    public Page<SessionRow> upcoming(long courseId, PageRequest page) {
        CourseAccess.readable(em, context, courseId);
        return page(page, " where c.id = :course and s.status in :live and s.lastDay >= :today",
                Map.of("course", courseId, "live", LIVE, "today", PortalClock.today()), true);
    }

    /** The sessions the calling trainer trains that still lie ahead or run, earliest first. */
    @RolesAllowed(Role.TRAINER_NAME)
    public Page<SessionRow> mySessions(PageRequest page) {
        return page(page, " join s.trainers t where t = :me and s.status in :live and s.lastDay >= :today",
                Map.of("me", caller.username(), "live", LIVE, "today", PortalClock.today()), true);
    }

    private Page<SessionRow> page(PageRequest page, String where, Map<String, Object> parameters,
                                  boolean earliestFirst) {
        String order = page.sortField() != null && SORT.containsKey(page.sortField())
                ? page.orderBy(SORT, "s.firstDay", "s.id")
                : earliestFirst ? " order by s.firstDay asc, s.id asc" : " order by s.firstDay desc, s.id desc";
        TypedQuery<SessionRow> rows = em.createQuery(ROW + where + order, SessionRow.class);
        TypedQuery<Long> count = em.createQuery(COUNT + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(withFigures(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList()),
                count.getSingleResult());
    }

    /** A session's page: a trainer sees every session, the others those of a course they may read. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME,
            Role.ADMIN_NAME})
    public SessionView session(long id) {
        TrainingSession session = em.find(TrainingSession.class, id);
        if (session == null) {
            throw new NotFoundException();
        }
        Course course = session.getCourse();
        if (!CourseAccess.mayRead(context, course.getStatus())) {
            throw new AccessDeniedException();
        }
        Map<String, String> names = names(session.getTrainers());
        return new SessionView(row(session), List.copyOf(session.getDays()), session.getTrainers().stream()
                .map(t -> new TrainerChoice(t, names.getOrDefault(t, t))).toList(), session.getCancelReason(),
                course.getStatus(), course.getHours(), course.getRule().getMinAttendancePercent(),
                course.getRule().getPassMark());
    }

    /** A session's plan, for editing it. */
    @RolesAllowed(Role.TRAINER_NAME)
    public SessionPlan plan(long id) {
        TrainingSession session = em.find(TrainingSession.class, id);
        if (session == null) {
            throw new NotFoundException();
        }
        SessionPlan plan = new SessionPlan();
        plan.setDays(List.copyOf(session.getDays()));
        plan.setStartsAt(session.getStartsAt());
        plan.setEndsAt(session.getEndsAt());
        plan.setVenue(session.getVenue());
        plan.setOnlineLink(session.getOnlineLink());
        plan.setCapacity(session.getCapacity());
        plan.setTrainers(List.copyOf(session.getTrainers()));
        return plan;
    }

    /** The portal's trainers, by name: whom a session can name as its trainers. */
    @RolesAllowed(Role.TRAINER_NAME)
    public List<TrainerChoice> trainers() {
        return em.createQuery("select new org.birge.portal.training.service.TrainerChoice(o.username, o.displayName)"
                        + " from Official o where o.roles like :role order by o.displayName, o.username",
                        TrainerChoice.class)
                .setParameter("role", "%" + Role.TRAINER_NAME + "%")
                .setMaxResults(PageRequest.MAX_SIZE).getResultList();
    }

    /** Plans a session of a published course. */
    @RolesAllowed(Role.TRAINER_NAME)
    public SessionRow create(long courseId, SessionPlan plan) {
        Course course = em.find(Course.class, courseId);
        if (course == null) {
            throw new NotFoundException();
        }
        TrainingSession session = new TrainingSession(course, domainPlan(plan));
        em.persist(session);
        em.flush();
        audit.record("training.session.created", SUBJECT, session.getId(), null, describe(session), null);
        return row(session);
    }

    /** Changes a session that has not started; its capacity stays at least the seats already taken. */
    @RolesAllowed(Role.TRAINER_NAME)
    public SessionRow revise(long id, long seenVersion, SessionPlan plan) {
        TrainingSession session = atVersion(id, seenVersion);
        // Enrolments count and take seats under this lock too: a capacity never falls below the seats taken.
        em.lock(session, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        String before = describe(session);
        long taken = em.createQuery("select count(e) from Enrolment e where e.session = :s and e.status in :seat",
                Long.class).setParameter("s", session).setParameter("seat", SEAT).getSingleResult();
        session.revise(domainPlan(plan), taken);
        // Days and trainers alone are a change of the session too (the version was forced up above).
        Versions.flush(em, audit::lastActorOf, SUBJECT, id);
        audit.record("training.session.revised", SUBJECT, id, before, describe(session), null);
        // Seats a larger capacity frees go to those waiting, in their order, at once.
        enrolments.fillFreeSeats(session);
        return row(session);
    }

    @RolesAllowed(Role.TRAINER_NAME)
    public SessionRow openEnrolment(long id, long seenVersion) {
        TrainingSession session = atVersion(id, seenVersion);
        session.openEnrolment(PortalClock.today());
        return changed(session, "training.session.opened", "status=PLANNED");
    }

    @RolesAllowed(Role.TRAINER_NAME)
    public SessionRow start(long id, long seenVersion) {
        TrainingSession session = atVersion(id, seenVersion);
        String before = "status=" + session.getStatus();
        session.start(PortalClock.today());
        return changed(session, "training.session.started", before);
    }

    /**
     * Completes the session and decides each trainee's outcome by the course's rule, from the days present
     * and the post-test score the trainers recorded: those who completed it get a certificate and are told;
     * people still waiting leave the list. Each outcome is audited.
     */
    @RolesAllowed(Role.TRAINER_NAME)
    public CompletionSummary complete(long id, long seenVersion) {
        TrainingSession session = atVersion(id, seenVersion);
        LocalDate today = PortalClock.today();
        session.complete(today);
        List<Enrolment> enrolments = em.createQuery("select distinct e from Enrolment e left join fetch e.daysPresent"
                        + " where e.session = :s and e.status in :active", Enrolment.class)
                .setParameter("s", session).setParameter("active", ACTIVE).getResultList();
        Map<Enrolment, EnrolmentStatus> before = new LinkedHashMap<>();
        for (Enrolment enrolment : enrolments) {
            before.put(enrolment, enrolment.getStatus());
            enrolment.decide();
        }
        Versions.flush(em, audit::lastActorOf, SUBJECT, id);
        audit.record("training.session.completed", SUBJECT, id, "status=IN_PROGRESS", describe(session), null);
        int completed = 0;
        int notCompleted = 0;
        String course = session.getCourse().getTitle();
        for (Map.Entry<Enrolment, EnrolmentStatus> entry : before.entrySet()) {
            Enrolment enrolment = entry.getKey();
            String outcome = "status=" + enrolment.getStatus() + ", daysPresent=" + enrolment.getDaysPresent().size()
                    + "/" + session.getDays().size() + ", postScore=" + enrolment.getPostScore();
            if (enrolment.getStatus() == EnrolmentStatus.COMPLETED) {
                completed++;
                Certificate certificate = new Certificate(enrolment, today);
                em.persist(certificate); // the sequence gives the id now, for the audit record
                outcome += ", certificate=" + certificate.getCode();
                audit.record("training.certificate.issued", "certificate", certificate.getId(), null,
                        "code=" + certificate.getCode() + ", trainee=" + certificate.getTraineeUsername()
                                + ", course=" + certificate.getCourseCode(), null);
                notifications.notify(List.of(enrolment.getTrainee().getUsername()), "training.certificate",
                        "training.notice.certificate", List.of(course, certificate.getCode()), TRAINEE_PAGE);
            } else if (enrolment.getStatus() == EnrolmentStatus.NOT_COMPLETED) {
                notCompleted++;
            }
            audit.record("training.enrolment.decided", "enrolment", enrolment.getId(), "status=" + entry.getValue(),
                    outcome, null);
        }
        return new CompletionSummary(row(session), completed, notCompleted);
    }

    /**
     * Cancels a session that is not completed: every place in it ends, and everyone enrolled or waiting is
     * told the course, the dates and the reason.
     */
    @RolesAllowed(Role.TRAINER_NAME)
    public SessionRow cancel(long id, long seenVersion, String reason) {
        TrainingSession session = atVersion(id, seenVersion);
        String before = "status=" + session.getStatus();
        session.cancel(reason);
        List<Enrolment> enrolments = em.createQuery("select e from Enrolment e where e.session = :s"
                        + " and e.status in :active order by e.queuedAt, e.id", Enrolment.class)
                .setParameter("s", session).setParameter("active", ACTIVE).getResultList();
        List<String> people = new ArrayList<>();
        Map<Enrolment, EnrolmentStatus> was = new LinkedHashMap<>();
        for (Enrolment enrolment : enrolments) {
            was.put(enrolment, enrolment.getStatus());
            enrolment.sessionCancelled();
            people.add(enrolment.getTrainee().getUsername());
        }
        SessionRow row = changed(session, "training.session.cancelled", before);
        was.forEach((enrolment, status) -> audit.record("training.enrolment.sessionCancelled", "enrolment",
                enrolment.getId(), "status=" + status, "status=" + enrolment.getStatus(), session.getCancelReason()));
        notifications.notify(people, "training.cancelled", "training.notice.sessionCancelled",
                List.of(session.getCourse().getTitle(), dates(session), session.getCancelReason()), TRAINEE_PAGE);
        return row;
    }

    private SessionRow changed(TrainingSession session, String action, String before) {
        Versions.flush(em, audit::lastActorOf, SUBJECT, session.getId());
        audit.record(action, SUBJECT, session.getId(), before, describe(session),
                session.getStatus() == SessionStatus.CANCELLED ? session.getCancelReason() : null);
        return row(session);
    }

    private TrainingSession atVersion(long id, long seenVersion) {
        return Versions.atVersion(em, audit::lastActorOf, TrainingSession.class, id, seenVersion, SUBJECT);
    }

    /** The plan as the domain takes it; each trainer named must be one of the portal's trainers. */
    private TrainingSession.Plan domainPlan(SessionPlan plan) {
        TreeSet<String> named = new TreeSet<>();
        plan.getTrainers().stream().filter(t -> t != null && !t.isBlank()).map(String::strip).forEach(named::add);
        if (!named.isEmpty() && named.size() <= TrainingSession.MAX_TRAINERS) {
            List<String> known = em.createQuery("select o.username from Official o where o.username in :names"
                            + " and o.roles like :role", String.class)
                    .setParameter("names", named).setParameter("role", "%" + Role.TRAINER_NAME + "%")
                    .getResultList();
            for (String name : named) {
                if (!known.contains(name)) {
                    throw new DomainException("training.session.notATrainer", name);
                }
            }
        }
        return new TrainingSession.Plan(plan.getDays(), plan.getStartsAt(), plan.getEndsAt(), plan.getVenue(),
                plan.getOnlineLink(), plan.getCapacity() == null ? 0 : plan.getCapacity(), named);
    }

    private SessionRow row(TrainingSession session) {
        Course course = session.getCourse();
        return withFigures(List.of(new SessionRow(session.getId(), session.getVersion(), course.getId(),
                course.getCode(), course.getTitle(), session.getFirstDay(), session.getLastDay(),
                session.getStartsAt(), session.getEndsAt(), session.getVenue(), session.getOnlineLink(),
                session.getCapacity(), session.getStatus()))).get(0);
    }

    /**
     * Adds the figures of the sessions of one page, counted in the database: days (one statement), seats
     * taken, people waiting and completions (one, grouped), and the trainers with their names (two).
     */
    private List<SessionRow> withFigures(List<SessionRow> sessions) {
        if (sessions.isEmpty()) {
            return sessions;
        }
        List<Long> ids = sessions.stream().map(SessionRow::id).toList();
        Map<Long, Long> days = new HashMap<>();
        em.createQuery("select s.id, count(d) from TrainingSession s join s.days d where s.id in :ids group by s.id",
                        Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> days.put((Long) r[0], ((Number) r[1]).longValue()));
        Map<Long, long[]> seats = new HashMap<>(); // taken, waiting, completed
        em.createQuery("select e.session.id, e.status, count(e) from Enrolment e where e.session.id in :ids"
                        + " and e.status in :counted group by e.session.id, e.status", Object[].class)
                .setParameter("ids", ids).setParameter("counted", COUNTED).getResultList()
                .forEach(r -> {
                    long[] figures = seats.computeIfAbsent((Long) r[0], k -> new long[3]);
                    long n = ((Number) r[2]).longValue();
                    figures[r[1] == EnrolmentStatus.WAITLISTED ? 1 : 0] += n;
                    if (r[1] == EnrolmentStatus.COMPLETED) {
                        figures[2] += n;
                    }
                });
        Map<Long, List<String>> trainers = new HashMap<>();
        em.createQuery("select s.id, t from TrainingSession s join s.trainers t where s.id in :ids order by t",
                        Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> trainers.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        Map<String, String> names = names(trainers.values().stream().flatMap(List::stream).toList());
        return sessions.stream().map(s -> {
            long[] figures = seats.getOrDefault(s.id(), new long[3]);
            return s.withFigures(days.getOrDefault(s.id(), 0L), figures[0], figures[1], figures[2], trainers
                    .getOrDefault(s.id(), List.of()).stream().map(t -> names.getOrDefault(t, t)).toList());
        }).toList();
    }

    /** The display names of the usernames given, by username. */
    private Map<String, String> names(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (!usernames.isEmpty()) {
            em.createQuery("select o.username, o.displayName from Official o where o.username in :names",
                            Object[].class)
                    .setParameter("names", new TreeSet<>(usernames)).getResultList()
                    .forEach(r -> names.put((String) r[0], (String) r[1]));
        }
        return names;
    }

    private static String dates(TrainingSession session) {
        return session.getFirstDay().equals(session.getLastDay()) ? DATE.format(session.getFirstDay())
                : DATE.format(session.getFirstDay()) + " – " + DATE.format(session.getLastDay());
    }

    private static String describe(TrainingSession session) {
        return "course=" + session.getCourse().getCode() + ", status=" + session.getStatus() + ", days="
                + session.getDays() + ", hours=" + session.getStartsAt() + "-" + session.getEndsAt() + ", venue="
                + session.getVenue() + ", link=" + session.getOnlineLink() + ", capacity=" + session.getCapacity()
                + ", trainers=" + session.getTrainers();
    }
}
