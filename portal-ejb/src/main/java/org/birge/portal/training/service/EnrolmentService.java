package org.birge.portal.training.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.Official;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.domain.Scope;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.Names;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.shared.service.Versions;
import org.birge.portal.training.domain.Enrolment;
import org.birge.portal.training.domain.EnrolmentStatus;
import org.birge.portal.training.domain.SessionStatus;
import org.birge.portal.training.domain.Trainee;
import org.birge.portal.training.domain.TrainingSession;

/**
 * Enrolment in training sessions. A mayor enrols; a governor nominates the mayors of their region; the
 * session's trainer confirms. A session has as many seats as its capacity: whoever comes when it is full
 * waits, in the order they came, and a seat someone leaves goes at once to the first one waiting.
 *
 * <p>Every change of a session's seats (enrolling, nominating, withdrawing) first locks the session's row,
 * so that people enrolling at the same moment are served one after the other: exactly as many hold a seat
 * as there are seats, the others wait, and nobody is lost. Confirming changes no seat and is guarded by the
 * enrolment's version alone.
 */
@Stateless
public class EnrolmentService {

    static final String SUBJECT = "enrolment";
    /** The most calendar entries one view loads: a month of days with many sessions each. */
    static final int MAX_CALENDAR_ENTRIES = 1000;
    /** The longest range the calendar loads at once, in days (a month view shows six weeks). */
    static final int MAX_CALENDAR_DAYS = 92;
    private static final Set<EnrolmentStatus> SEAT = EnrolmentStatus.seatHolders();
    private static final Set<EnrolmentStatus> ACTIVE = EnrolmentStatus.active();
    /** The places that go into a person's calendar: active ones and the sessions they completed or attended. */
    private static final Set<EnrolmentStatus> IN_CALENDAR = EnumSet.of(EnrolmentStatus.REQUESTED,
            EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED, EnrolmentStatus.COMPLETED,
            EnrolmentStatus.NOT_COMPLETED);
    private static final Set<SessionStatus> LIVE = SessionStatus.live();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private static final String ROW = "select new org.birge.portal.training.service.EnrolmentRow(e.id, e.version,"
            + " e.session.id, e.trainee.username, e.trainee.name, e.trainee.districtId, e.status, e.queuedAt,"
            + " e.nominatedBy, e.preScore, e.postScore) from Enrolment e";
    /** Seat holders and outcomes first, then the waiting list, then those who left; each in the order they came. */
    private static final String ROSTER_ORDER = " order by case"
            + " when e.status = org.birge.portal.training.domain.EnrolmentStatus.WAITLISTED then 1"
            + " when e.status = org.birge.portal.training.domain.EnrolmentStatus.WITHDRAWN then 2 else 0 end,"
            + " e.queuedAt, e.id";
    private static final String MY_ROW = "select new org.birge.portal.training.service.MySessionRow(e.id, e.version,"
            + " s.id, c.code, c.title, s.firstDay, s.lastDay, s.startsAt, s.endsAt, s.venue, s.onlineLink, s.status,"
            + " e.status) from Enrolment e join e.session s join s.course c";
    private static final String ENTRY = "select new org.birge.portal.training.service.CalendarEntry(s.id, c.code,"
            + " c.title, d, s.startsAt, s.endsAt, s.venue, s.onlineLink, s.status";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @Inject
    private NotificationService notifications;

    // ------------------------------------------------------------------------------------------------
    // Reading

    /**
     * A session's page, for everyone in training: its course, days, place, trainers, seats and waiting list;
     * for a mayor also their own place in it.
     */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME,
            Role.ADMIN_NAME})
    public SessionOverview session(long id) {
        TrainingSession session = em.createQuery("select s from TrainingSession s join fetch s.course"
                        + " where s.id = :id", TrainingSession.class)
                .setParameter("id", id).getResultStream().findFirst().orElseThrow(NotFoundException::new);
        Map<EnrolmentStatus, Long> counts = new HashMap<>();
        em.createQuery("select e.status, count(e) from Enrolment e where e.session.id = :id group by e.status",
                        Object[].class)
                .setParameter("id", id).getResultList()
                .forEach(r -> counts.put((EnrolmentStatus) r[0], ((Number) r[1]).longValue()));
        long seats = counts.getOrDefault(EnrolmentStatus.REQUESTED, 0L)
                + counts.getOrDefault(EnrolmentStatus.CONFIRMED, 0L);
        List<String> trainerNames = displayNames(session.getTrainers());
        EnrolmentRow mine = null;
        if (Role.MAYOR_NAME.equals(caller.roleName())) {
            mine = complete(em.createQuery(ROW + " where e.session.id = :id and e.trainee.username = :me",
                            EnrolmentRow.class)
                    .setParameter("id", id).setParameter("me", caller.username()).getResultList())
                    .stream().findFirst().orElse(null);
        }
        return new SessionOverview(session.getId(), session.getVersion(), session.getCourse().getCode(),
                session.getCourse().getTitle(), session.getCourse().getDescription(), session.getCourse().getHours(),
                session.getCourse().getTargetRoles().contains(Role.MAYOR), List.copyOf(session.getDays()),
                session.getStartsAt(), session.getEndsAt(), session.getVenue(), session.getOnlineLink(),
                session.getCapacity(), seats, counts.getOrDefault(EnrolmentStatus.REQUESTED, 0L),
                counts.getOrDefault(EnrolmentStatus.WAITLISTED, 0L),
                session.getStatus(), session.getCancelReason(), trainerNames,
                session.isTrainer(caller.username()), mine);
    }

    /**
     * A session's people, one page: seat holders (and, once it ended, their outcome) first, then the waiting
     * list with each one's place in the queue, then those who left; each group in the order they came. A
     * trainer and a project manager see everyone, a governor the mayors of their region only.
     */
    @RolesAllowed({Role.TRAINER_NAME, Role.PROJECT_MANAGER_NAME, Role.GOVERNOR_NAME})
    public Page<EnrolmentRow> roster(long sessionId, PageRequest page) {
        if (em.find(TrainingSession.class, sessionId) == null) {
            throw new NotFoundException();
        }
        String where = " where e.session.id = :session";
        Long region = null;
        if (Role.GOVERNOR_NAME.equals(caller.roleName())) {
            Scope scope = caller.scope();
            if (scope.kind() != Scope.Kind.REGION) {
                return new Page<>(List.of(), 0);
            }
            region = scope.regionId();
            where += " and e.trainee.regionId = :region";
        }
        TypedQuery<EnrolmentRow> rows = em.createQuery(ROW + where + ROSTER_ORDER, EnrolmentRow.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from Enrolment e" + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            q.setParameter("session", sessionId);
            if (region != null) {
                q.setParameter("region", region);
            }
        }
        return new Page<>(complete(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList()),
                count.getSingleResult());
    }

    /**
     * The mayors of the governor's region, to nominate for a session: whose name, username or district
     * contains {@code search} (all when blank), one page, each with where they already stand in the session.
     */
    @RolesAllowed(Role.GOVERNOR_NAME)
    public Page<MayorChoice> mayorsToNominate(long sessionId, PageRequest page, String search) {
        Scope scope = caller.scope();
        if (scope.kind() != Scope.Kind.REGION) {
            return new Page<>(List.of(), 0);
        }
        boolean filtered = search != null && !search.isBlank();
        String where = " where d.region.id = :region and o.roles like :role" + (filtered
                ? " and (lower(o.displayName) like :search or lower(o.username) like :search"
                + " or lower(d.name.kk) like :search or lower(d.name.ru) like :search"
                + " or lower(d.name.en) like :search)" : "");
        TypedQuery<MayorChoice> rows = em.createQuery("select new org.birge.portal.training.service.MayorChoice("
                + "o.username, o.displayName, d.name.kk, d.name.ru, d.name.en) from Official o join o.district d"
                + where + " order by o.displayName, o.id", MayorChoice.class);
        TypedQuery<Long> count = em.createQuery("select count(o) from Official o join o.district d" + where,
                Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            q.setParameter("region", scope.regionId()).setParameter("role", "%" + Role.MAYOR.roleName() + "%");
            if (filtered) {
                q.setParameter("search", "%" + search.strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        List<MayorChoice> mayors = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        Map<String, EnrolmentStatus> statuses = new HashMap<>();
        if (!mayors.isEmpty()) {
            em.createQuery("select e.trainee.username, e.status from Enrolment e where e.session.id = :session"
                            + " and e.trainee.username in :names", Object[].class)
                    .setParameter("session", sessionId)
                    .setParameter("names", mayors.stream().map(MayorChoice::username).toList())
                    .getResultList().forEach(r -> statuses.put((String) r[0], (EnrolmentStatus) r[1]));
        }
        return new Page<>(mayors.stream().map(m -> m.with(statuses.get(m.username()))).toList(),
                count.getSingleResult());
    }

    /**
     * The signed-in trainee's sessions, one page: the upcoming ones (planned, open or running, and not past
     * their last day) soonest first, or the past ones (completed, cancelled or over) latest first; each with
     * their place, certificate and whether they evaluated the course. A session completed on its only day is
     * past at once, with its certificate.
     */
    @RolesAllowed(Role.MAYOR_NAME)
    public Page<MySessionRow> mySessions(PageRequest page, boolean upcoming) {
        String where = " where e.trainee.username = :me and " + (upcoming
                ? "s.status in :live and s.lastDay >= :today" : "(s.status not in :live or s.lastDay < :today)");
        TypedQuery<MySessionRow> rows = em.createQuery(MY_ROW + where
                + (upcoming ? " order by s.firstDay, s.startsAt, s.id" : " order by s.lastDay desc, s.id desc"),
                MySessionRow.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from Enrolment e join e.session s" + where,
                Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            q.setParameter("me", caller.username()).setParameter("today", PortalClock.today())
                    .setParameter("live", LIVE);
        }
        List<MySessionRow> found = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        if (found.isEmpty()) {
            return new Page<>(found, count.getSingleResult());
        }
        List<Long> ids = found.stream().map(MySessionRow::enrolmentId).toList();
        Map<Long, Integer> positions = positions(found.stream()
                .filter(r -> r.status() == EnrolmentStatus.WAITLISTED).map(MySessionRow::enrolmentId).toList());
        Map<Long, Object[]> certificates = new HashMap<>();
        em.createQuery("select c.enrolmentId, c.id, c.code, c.revokedAt from Certificate c"
                        + " where c.enrolmentId in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> certificates.put((Long) r[0], r));
        Set<Long> evaluated = new HashSet<>(em.createQuery("select v.enrolmentId from Evaluation v"
                + " where v.enrolmentId in :ids", Long.class).setParameter("ids", ids).getResultList());
        return new Page<>(found.stream().map(r -> {
            Object[] certificate = certificates.get(r.enrolmentId());
            return r.with(positions.get(r.enrolmentId()), certificate == null ? null : (Long) certificate[1],
                    certificate == null ? null : (String) certificate[2], certificate != null && certificate[3] == null,
                    evaluated.contains(r.enrolmentId()));
        }).toList(), count.getSingleResult());
    }

    /**
     * The days of the sessions between {@code from} (inclusive) and {@code to} (exclusive), for the training
     * calendar everyone in training sees: courses, hours and places, no people; cancelled sessions left out.
     * A range longer than {@value #MAX_CALENDAR_DAYS} days is cut to that.
     */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME,
            Role.ADMIN_NAME})
    public List<CalendarEntry> calendar(LocalDate from, LocalDate to) {
        LocalDate end = limit(from, to);
        return em.createQuery(ENTRY + ") from TrainingSession s join s.course c join s.days d"
                        + " where d >= :from and d < :to and s.status <> :cancelled order by d, s.startsAt, s.id",
                        CalendarEntry.class)
                .setParameter("from", from).setParameter("to", end)
                .setParameter("cancelled", SessionStatus.CANCELLED)
                .setMaxResults(MAX_CALENDAR_ENTRIES).getResultList();
    }

    /** The days of the signed-in trainee's own sessions between {@code from} and {@code to}, with their place. */
    @RolesAllowed(Role.MAYOR_NAME)
    public List<CalendarEntry> myCalendar(LocalDate from, LocalDate to) {
        LocalDate end = limit(from, to);
        return em.createQuery(ENTRY + ", e.status) from Enrolment e join e.session s join s.course c join s.days d"
                        + " where e.trainee.username = :me and e.status in :statuses and d >= :from and d < :to"
                        + " order by d, s.startsAt, s.id", CalendarEntry.class)
                .setParameter("me", caller.username()).setParameter("statuses", IN_CALENDAR)
                .setParameter("from", from).setParameter("to", end)
                .setMaxResults(MAX_CALENDAR_ENTRIES).getResultList();
    }

    /**
     * The signed-in person's sessions as an iCalendar file: a trainee's places (held, requested, waiting or
     * finished), a trainer's sessions (not cancelled); one event per day of a session. {@code name} is the
     * calendar's name and {@code sessionLink} the address of a session's page without its id, both in the
     * reader's terms.
     */
    @RolesAllowed({Role.MAYOR_NAME, Role.TRAINER_NAME})
    public String myCalendarFile(String name, String sessionLink) {
        boolean trainer = Role.TRAINER_NAME.equals(caller.roleName());
        // s.id, s.version, enrolment version, code, title, day, starts, ends, venue, link[, enrolment status]
        List<Object[]> days = trainer
                ? em.createQuery("select s.id, s.version, s.version, c.code, c.title, d, s.startsAt, s.endsAt,"
                                + " s.venue, s.onlineLink from TrainingSession s join s.course c join s.days d"
                                + " join s.trainers t where t = :me and s.status <> :cancelled order by d, s.id",
                        Object[].class)
                .setParameter("me", caller.username()).setParameter("cancelled", SessionStatus.CANCELLED)
                .setMaxResults(MAX_CALENDAR_ENTRIES).getResultList()
                : em.createQuery("select s.id, s.version, e.version, c.code, c.title, d, s.startsAt, s.endsAt,"
                                + " s.venue, s.onlineLink, e.status from Enrolment e join e.session s join s.course c"
                                + " join s.days d where e.trainee.username = :me and e.status in :statuses"
                                + " order by d, s.id", Object[].class)
                .setParameter("me", caller.username()).setParameter("statuses", IN_CALENDAR)
                .setMaxResults(MAX_CALENDAR_ENTRIES).getResultList();
        String person = personKey(caller.username());
        List<ICalendarWriter.Event> events = new ArrayList<>();
        for (Object[] r : days) {
            long sessionId = (Long) r[0];
            LocalDate day = (LocalDate) r[5];
            String venue = (String) r[8];
            String link = (String) r[9];
            EnrolmentStatus status = trainer ? EnrolmentStatus.CONFIRMED : (EnrolmentStatus) r[10];
            String page = sessionLink + sessionId;
            String description = ((String) r[3]) + " " + r[4] + (link == null ? "" : "\n" + link) + "\n" + page;
            events.add(new ICalendarWriter.Event(
                    "birge-session-" + sessionId + "-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + person
                            + "@birge.kz",
                    (int) (((Number) r[1]).longValue() + (trainer ? 0 : ((Number) r[2]).longValue())),
                    day.atTime((LocalTime) r[6]).atZone(PortalClock.KAZAKHSTAN).toInstant(),
                    day.atTime((LocalTime) r[7]).atZone(PortalClock.KAZAKHSTAN).toInstant(),
                    r[4] + " (" + r[3] + ")", venue != null ? venue : link, link != null ? link : page, description,
                    status == EnrolmentStatus.REQUESTED || status == EnrolmentStatus.WAITLISTED
                            ? ICalendarWriter.Status.TENTATIVE : ICalendarWriter.Status.CONFIRMED));
        }
        return ICalendarWriter.write(name, Instant.now(), events);
    }

    // ------------------------------------------------------------------------------------------------
    // Changing

    /** The signed-in mayor enrols in an open session: a seat while there is one, the waiting list otherwise. */
    @RolesAllowed(Role.MAYOR_NAME)
    public EnrolmentRow enrol(long sessionId) {
        Official me = caller.official().orElseThrow(AccessDeniedException::new);
        TrainingSession session = locked(sessionId);
        return join(session, trainee(me), null);
    }

    /** The governor nominates a mayor of their region for an open session; the mayor is told. */
    @RolesAllowed(Role.GOVERNOR_NAME)
    public EnrolmentRow nominate(long sessionId, String mayorUsername) {
        Scope scope = caller.scope();
        Official mayor = em.createNamedQuery("Official.byUsername", Official.class)
                .setParameter("username", mayorUsername == null ? "" : mayorUsername.strip())
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
        if (scope.kind() != Scope.Kind.REGION || !mayor.hasRole(Role.MAYOR) || mayor.getDistrict() == null
                || !mayor.getDistrict().getRegion().getId().equals(scope.regionId())) {
            throw new AccessDeniedException();
        }
        TrainingSession session = locked(sessionId);
        EnrolmentRow row = join(session, trainee(mayor), caller.username());
        notifications.notify(List.of(mayor.getUsername()), "training.nominated", "notify.training.nominated",
                List.of(displayName(caller.username()), session.getCourse().getTitle(), period(session)),
                sessionLink(session));
        return row;
    }

    /** One of the session's trainers confirms a requested seat; the trainee is told. */
    @RolesAllowed(Role.TRAINER_NAME)
    public EnrolmentRow confirm(long enrolmentId, long seenVersion) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new NotFoundException();
        }
        requireTrainerOf(enrolment.getSession());
        Versions.require(enrolment.getVersion(), seenVersion, audit::lastActorOf, SUBJECT, enrolmentId);
        confirmOne(enrolment);
        return complete(List.of(row(enrolment))).get(0);
    }

    /** One of the session's trainers confirms every requested seat; answers how many. */
    @RolesAllowed(Role.TRAINER_NAME)
    public int confirmAll(long sessionId) {
        TrainingSession session = locked(sessionId);
        requireTrainerOf(session);
        List<Enrolment> requested = em.createQuery("select e from Enrolment e where e.session = :session"
                        + " and e.status = :requested order by e.queuedAt, e.id", Enrolment.class)
                .setParameter("session", session).setParameter("requested", EnrolmentStatus.REQUESTED)
                .getResultList();
        for (Enrolment enrolment : requested) {
            confirmOne(enrolment);
        }
        return requested.size();
    }

    /**
     * Takes a person off a session: the trainee themself, their governor or one of the session's trainers.
     * A seat so freed goes to the first one waiting, who is told.
     */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.TRAINER_NAME})
    public EnrolmentRow withdraw(long enrolmentId, long seenVersion) {
        Long sessionId = em.createQuery("select e.session.id from Enrolment e where e.id = :id", Long.class)
                .setParameter("id", enrolmentId).getResultStream().findFirst().orElseThrow(NotFoundException::new);
        TrainingSession session = locked(sessionId);
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        requireMayWithdraw(enrolment, session);
        Versions.require(enrolment.getVersion(), seenVersion, audit::lastActorOf, SUBJECT, enrolmentId);
        String before = describe(enrolment);
        boolean freed = enrolment.withdraw();
        Versions.flush(em, audit::lastActorOf, SUBJECT, enrolmentId);
        audit.record("training.enrolment.withdrawn", SUBJECT, enrolmentId, before, describe(enrolment), null);
        if (!enrolment.getTrainee().getUsername().equals(caller.username())) {
            notifications.notify(List.of(enrolment.getTrainee().getUsername()), "training.withdrawn",
                    "notify.training.withdrawn", List.of(displayName(caller.username()),
                            session.getCourse().getTitle(), period(session)), sessionLink(session));
        }
        if (freed) {
            fillFreeSeats(session);
        }
        return complete(List.of(row(enrolment))).get(0);
    }

    // ------------------------------------------------------------------------------------------------

    /** The session, its row locked until the transaction ends: changes of its seats run one at a time. */
    private TrainingSession locked(long sessionId) {
        TrainingSession session = em.find(TrainingSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new NotFoundException();
        }
        return session;
    }

    /** Enrols or re-enrols the trainee in the locked session, in a seat or on the waiting list. */
    private EnrolmentRow join(TrainingSession session, Trainee trainee, String nominator) {
        if (!session.getCourse().getTargetRoles().contains(Role.MAYOR)) {
            throw new DomainException("training.enrolment.notForMayors");
        }
        if (!session.takesEnrolments()) {
            throw new DomainException("training.enrolment.sessionClosed");
        }
        Enrolment existing = em.createQuery("select e from Enrolment e where e.session = :session"
                        + " and e.trainee.username = :username", Enrolment.class)
                .setParameter("session", session).setParameter("username", trainee.getUsername())
                .getResultStream().findFirst().orElse(null);
        if (existing != null && existing.getStatus() != EnrolmentStatus.WITHDRAWN) {
            throw new DomainException(nominator == null ? "training.enrolment.already"
                    : "training.enrolment.alreadyNominee", trainee.getName());
        }
        refuseOverlap(session, trainee, nominator != null);
        // Seats freed by a larger capacity go to those already waiting before anyone new.
        fillFreeSeats(session);
        boolean seatFree = seatsTaken(session) < session.getCapacity();
        Instant now = Instant.now();
        Enrolment enrolment;
        String before = null;
        if (existing == null) {
            enrolment = new Enrolment(session, trainee, nominator, seatFree, now);
            em.persist(enrolment);
            em.flush();
        } else {
            before = describe(existing);
            existing.reenrol(nominator, seatFree, now);
            enrolment = existing;
            Versions.flush(em, audit::lastActorOf, SUBJECT, enrolment.getId());
        }
        audit.record(nominator == null ? "training.enrolment.enrolled" : "training.enrolment.nominated", SUBJECT,
                enrolment.getId(), before, describe(enrolment), null);
        notifications.notify(session.getTrainers(), "training.requested", seatFree ? "notify.training.requested"
                        : "notify.training.waiting", List.of(trainee.getName(), session.getCourse().getTitle(),
                        period(session)), "/trainer/roster.xhtml?session=" + session.getId());
        if (!seatFree) {
            // The person learns they wait, not only the trainers.
            notifications.notify(List.of(trainee.getUsername()), "training.waitlisted", "notify.training.waitlisted",
                    List.of(session.getCourse().getTitle(), period(session)), sessionLink(session));
        }
        return complete(List.of(row(enrolment))).get(0);
    }

    /**
     * Gives the free seats of the session, which the caller has locked, to the people waiting, first come first
     * served; the session service calls it when a trainer raises the capacity.
     */
    @RolesAllowed(Role.TRAINER_NAME)
    public void fillFreeSeats(TrainingSession session) {
        long free = session.getCapacity() - seatsTaken(session);
        if (free <= 0 || !session.getStatus().isLive()) {
            return;
        }
        List<Enrolment> next = em.createQuery("select e from Enrolment e where e.session = :session"
                        + " and e.status = :waiting order by e.queuedAt, e.id", Enrolment.class)
                .setParameter("session", session).setParameter("waiting", EnrolmentStatus.WAITLISTED)
                .setMaxResults((int) Math.min(free, PageRequest.MAX_SIZE)).getResultList();
        for (Enrolment enrolment : next) {
            String before = describe(enrolment);
            enrolment.promote();
            Versions.flush(em, audit::lastActorOf, SUBJECT, enrolment.getId());
            audit.record("training.enrolment.promoted", SUBJECT, enrolment.getId(), before, describe(enrolment), null);
            notifications.notify(List.of(enrolment.getTrainee().getUsername()), "training.promoted",
                    "notify.training.promoted", List.of(session.getCourse().getTitle(), period(session)),
                    sessionLink(session));
        }
    }

    private long seatsTaken(TrainingSession session) {
        return em.createQuery("select count(e) from Enrolment e where e.session = :session"
                        + " and e.status in :seat", Long.class)
                .setParameter("session", session).setParameter("seat", SEAT).getSingleResult();
    }

    /**
     * Refuses a place in a session that shares a day at overlapping hours with another live session the
     * trainee holds a place in or waits for, naming that session. The query finds the few sessions whose
     * dates meet; the session decides whether they share a day at the same hours.
     */
    private void refuseOverlap(TrainingSession session, Trainee trainee, boolean nominated) {
        List<TrainingSession> candidates = em.createQuery("select s from Enrolment e join e.session s"
                        + " join fetch s.course where e.trainee.username = :username and e.status in :active"
                        + " and s.status in :live and s.id <> :id and s.firstDay <= :last and s.lastDay >= :first"
                        + " order by s.firstDay, s.id",
                        TrainingSession.class)
                .setParameter("username", trainee.getUsername()).setParameter("active", ACTIVE)
                .setParameter("live", LIVE).setParameter("id", session.getId())
                .setParameter("first", session.getFirstDay()).setParameter("last", session.getLastDay())
                .getResultList();
        // The hours are compared here, not in the query: H2 compares a time column with a bound time as timestamps.
        for (TrainingSession other : candidates) {
            if (session.overlaps(other)) {
                throw new DomainException(nominated ? "training.enrolment.overlapsNominee"
                        : "training.enrolment.overlaps", other.getCourse().getTitle(), other.getCourse().getCode(),
                        period(other), TIME.format(other.getStartsAt()) + "–" + TIME.format(other.getEndsAt()),
                        trainee.getName());
            }
        }
    }

    private void confirmOne(Enrolment enrolment) {
        String before = describe(enrolment);
        enrolment.confirm();
        Versions.flush(em, audit::lastActorOf, SUBJECT, enrolment.getId());
        audit.record("training.enrolment.confirmed", SUBJECT, enrolment.getId(), before, describe(enrolment), null);
        TrainingSession session = enrolment.getSession();
        notifications.notify(List.of(enrolment.getTrainee().getUsername()), "training.confirmed",
                "notify.training.confirmed", List.of(session.getCourse().getTitle(), period(session)),
                sessionLink(session));
    }

    private void requireTrainerOf(TrainingSession session) {
        if (!session.isTrainer(caller.username())) {
            throw new AccessDeniedException();
        }
    }

    /** The trainee themself, the governor of their region, or one of the session's trainers. */
    private void requireMayWithdraw(Enrolment enrolment, TrainingSession session) {
        String role = caller.roleName();
        boolean allowed = switch (role) {
            case Role.MAYOR_NAME -> enrolment.getTrainee().getUsername().equals(caller.username());
            case Role.GOVERNOR_NAME -> {
                Scope scope = caller.scope();
                yield scope.kind() == Scope.Kind.REGION && scope.regionId() != null
                        && scope.regionId().equals(enrolment.getTrainee().getRegionId());
            }
            case Role.TRAINER_NAME -> session.isTrainer(caller.username());
            default -> false;
        };
        if (!allowed) {
            throw new AccessDeniedException();
        }
    }

    private static Trainee trainee(Official official) {
        Long district = official.getDistrict() == null ? null : official.getDistrict().getId();
        Long region = official.getDistrict() == null ? null : official.getDistrict().getRegion().getId();
        return new Trainee(official.getUsername(), official.getDisplayName(), district, region);
    }

    private static EnrolmentRow row(Enrolment e) {
        return new EnrolmentRow(e.getId(), e.getVersion(), e.getSession().getId(), e.getTrainee().getUsername(),
                e.getTrainee().getName(), e.getTrainee().getDistrictId(), e.getStatus(), e.getQueuedAt(),
                e.getNominatedBy(), e.getPreScore(), e.getPostScore());
    }

    /**
     * Adds the districts' names, the nominators' names and the places in the queue of the waiting, in three
     * statements.
     */
    private List<EnrolmentRow> complete(List<EnrolmentRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Set<Long> districtIds = new HashSet<>();
        rows.stream().map(EnrolmentRow::districtId).filter(java.util.Objects::nonNull).forEach(districtIds::add);
        Map<Long, Names> districts = new HashMap<>();
        if (!districtIds.isEmpty()) {
            em.createQuery("select d.id, d.name.kk, d.name.ru, d.name.en from District d where d.id in :ids",
                            Object[].class)
                    .setParameter("ids", districtIds).getResultList()
                    .forEach(r -> districts.put((Long) r[0], new Names((String) r[1], (String) r[2], (String) r[3])));
        }
        Map<Long, Integer> positions = positions(rows.stream().filter(EnrolmentRow::isWaiting)
                .map(EnrolmentRow::id).toList());
        List<String> nominators = rows.stream().map(EnrolmentRow::nominatedBy).filter(java.util.Objects::nonNull)
                .distinct().toList();
        List<String> nominatorNames = displayNames(nominators);
        return rows.stream().map(r -> r.with(districts.get(r.districtId()), r.nominatedBy() == null ? null
                : nominatorNames.get(nominators.indexOf(r.nominatedBy())), positions.get(r.id()))).toList();
    }

    /** The place in its session's queue of each waiting enrolment given (1 is next), in one statement. */
    private Map<Long, Integer> positions(Collection<Long> waitingIds) {
        Map<Long, Integer> positions = new HashMap<>();
        if (waitingIds.isEmpty()) {
            return positions;
        }
        em.createQuery("select e.id, count(w) from Enrolment e, Enrolment w where e.id in :ids"
                        + " and w.session = e.session and w.status = :waiting and (w.queuedAt < e.queuedAt"
                        + " or w.queuedAt = e.queuedAt and w.id <= e.id) group by e.id", Object[].class)
                .setParameter("ids", waitingIds).setParameter("waiting", EnrolmentStatus.WAITLISTED)
                .getResultList().forEach(r -> positions.put((Long) r[0], ((Number) r[1]).intValue()));
        return positions;
    }

    /** The display names of the people, in the order given; a username where nobody signed in yet. */
    private List<String> displayNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = new HashMap<>();
        em.createQuery("select o.username, o.displayName from Official o where o.username in :names", Object[].class)
                .setParameter("names", usernames).getResultList()
                .forEach(r -> names.put((String) r[0], (String) r[1]));
        return usernames.stream().map(u -> names.getOrDefault(u, u)).toList();
    }

    private String displayName(String username) {
        return displayNames(List.of(username)).get(0);
    }

    private static LocalDate limit(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new DomainException("training.enrolment.calendarRange");
        }
        return to.isAfter(from.plusDays(MAX_CALENDAR_DAYS)) ? from.plusDays(MAX_CALENDAR_DAYS) : to;
    }

    /** A short key of the person for calendar event ids, which should not carry their username. */
    private static String personKey(String username) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(username.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String period(TrainingSession session) {
        return session.getFirstDay().equals(session.getLastDay()) ? DATE.format(session.getFirstDay())
                : DATE.format(session.getFirstDay()) + " – " + DATE.format(session.getLastDay());
    }

    private static String sessionLink(TrainingSession session) {
        return "/training/session.xhtml?id=" + session.getId();
    }

    private static String describe(Enrolment e) {
        return "session=" + e.getSession().getId() + ", trainee=" + e.getTrainee().getUsername() + ", status="
                + e.getStatus() + (e.getNominatedBy() == null ? "" : ", nominatedBy=" + e.getNominatedBy());
    }
}
