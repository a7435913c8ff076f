package org.birge.portal.training.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.ConcurrentChangeException;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.training.domain.CompletionRule;
import org.birge.portal.training.domain.Enrolment;
import org.birge.portal.training.domain.EnrolmentStatus;
import org.birge.portal.training.domain.TrainingSession;

/**
 * The attendance sheet of a session: its trainers mark who was present on each day and record the pre- and
 * post-test scores, for the whole list at once; trainers and project managers read it. What follows from
 * the records (the share of days, the knowledge gain, whether the course's rule would be met) is computed,
 * never typed. A row someone else changed since it was loaded is refused, naming them, and nothing of the
 * list is saved.
 */
@Stateless
public class AttendanceService {

    /** The trainees of a sheet: those holding a seat, and after completion those whose outcome was decided. */
    static final List<EnrolmentStatus> ON_SHEET = List.of(EnrolmentStatus.REQUESTED, EnrolmentStatus.CONFIRMED,
            EnrolmentStatus.COMPLETED, EnrolmentStatus.NOT_COMPLETED);
    private static final String SUBJECT = "enrolment";
    private static final String ON_SESSION = " from Enrolment e where e.session.id = :session and e.status in :statuses";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @Resource
    private SessionContext context;

    /** The session of a sheet, with whether the caller may record it now. */
    @RolesAllowed({Role.TRAINER_NAME, Role.PROJECT_MANAGER_NAME})
    public SessionHeader session(long sessionId) {
        TrainingSession session = TrainingAccess.session(em, sessionId);
        return header(session, session.isRunning() && session.isTrainer(caller.username()));
    }

    static SessionHeader header(TrainingSession session, boolean editable) {
        CompletionRule rule = session.getCourse().getRule();
        return new SessionHeader(session.getId(), session.getVersion(), session.getCourse().getId(),
                session.getCourse().getCode(), session.getCourse().getTitle(), session.getStatus(),
                List.copyOf(session.getDays()), rule.getMinAttendancePercent(), rule.getPassMark(), editable);
    }

    /**
     * One page of the sheet, by trainee name: four statements whatever the page size (the trainees, their
     * days, their certificates, the count).
     */
    @RolesAllowed({Role.TRAINER_NAME, Role.PROJECT_MANAGER_NAME})
    public Page<AttendanceRow> rows(long sessionId, PageRequest page) {
        TrainingSession session = TrainingAccess.session(em, sessionId);
        int sessionDays = session.getDays().size();
        CompletionRule rule = session.getCourse().getRule();
        List<Object[]> base = em.createQuery("select e.id, e.version, e.trainee.name, e.trainee.username, e.status,"
                        + " e.preScore, e.postScore" + ON_SESSION + " order by e.trainee.name, e.id", Object[].class)
                .setParameter("session", sessionId).setParameter("statuses", ON_SHEET)
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(e)" + ON_SESSION, Long.class)
                .setParameter("session", sessionId).setParameter("statuses", ON_SHEET).getSingleResult();
        if (base.isEmpty()) {
            return new Page<>(List.of(), total);
        }
        List<Long> ids = base.stream().map(r -> (Long) r[0]).toList();
        Map<Long, Set<LocalDate>> days = new HashMap<>();
        em.createQuery("select e.id, d from Enrolment e join e.daysPresent d where e.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> days.computeIfAbsent((Long) r[0], k -> new TreeSet<>()).add((LocalDate) r[1]));
        Map<Long, Object[]> certificates = new HashMap<>();
        em.createQuery("select c.enrolmentId, c.id, c.code, c.revokedAt, c.version from Certificate c"
                        + " where c.enrolmentId in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> certificates.put((Long) r[0], r));
        List<AttendanceRow> rows = new ArrayList<>();
        for (Object[] r : base) {
            long id = (Long) r[0];
            Set<LocalDate> present = days.getOrDefault(id, Set.of());
            Integer post = (Integer) r[6];
            Object[] certificate = certificates.get(id);
            rows.add(new AttendanceRow(id, (Long) r[1], (String) r[2], (String) r[3], (EnrolmentStatus) r[4],
                    present, sessionDays, (Integer) r[5], post, rule.isMet(present.size(), sessionDays, post),
                    certificate == null ? null : (Long) certificate[1],
                    certificate == null ? null : (String) certificate[2],
                    certificate != null && certificate[3] != null,
                    certificate == null ? 0 : (Long) certificate[4]));
        }
        return new Page<>(rows, total);
    }

    /**
     * The session's figures. Averages and the days present are computed in the database; whether each
     * trainee would complete is the course's rule applied to their days and post-test score, read as three
     * numbers per trainee (a session has at most {@link TrainingSession#MAX_CAPACITY} seats).
     */
    @RolesAllowed({Role.TRAINER_NAME, Role.PROJECT_MANAGER_NAME})
    public SheetFigures figures(long sessionId) {
        TrainingSession session = TrainingAccess.session(em, sessionId);
        int sessionDays = session.getDays().size();
        CompletionRule rule = session.getCourse().getRule();
        // Sums and counts rather than avg(), whose type differs between databases.
        Object[] sums = em.createQuery("select count(e), sum(e.preScore), count(e.preScore), sum(e.postScore),"
                        + " count(e.postScore)" + ON_SESSION, Object[].class)
                .setParameter("session", sessionId).setParameter("statuses", ON_SHEET).getSingleResult();
        Object[] gain = em.createQuery("select count(e), sum(e.postScore - e.preScore)" + ON_SESSION
                        + " and e.preScore is not null and e.postScore is not null", Object[].class)
                .setParameter("session", sessionId).setParameter("statuses", ON_SHEET).getSingleResult();
        List<Object[]> perTrainee = em.createQuery("select e.id, e.postScore, count(d) from Enrolment e"
                        + " left join e.daysPresent d where e.session.id = :session and e.status in :statuses"
                        + " group by e.id, e.postScore", Object[].class)
                .setParameter("session", sessionId).setParameter("statuses", ON_SHEET)
                .setMaxResults(TrainingSession.MAX_CAPACITY * 2).getResultList();
        long trainees = number(sums[0]);
        long daysPresent = 0;
        long wouldComplete = 0;
        for (Object[] r : perTrainee) {
            int present = ((Number) r[2]).intValue();
            daysPresent += present;
            if (rule.isMet(Math.min(present, sessionDays), sessionDays, (Integer) r[1])) {
                wouldComplete++;
            }
        }
        Double rate = trainees == 0 ? null : daysPresent * 100.0 / (trainees * sessionDays);
        return new SheetFigures(trainees, average(sums[1], sums[2]), average(sums[3], sums[4]),
                average(gain[1], gain[0]), number(gain[0]), rate, wouldComplete);
    }

    /**
     * Saves who was present on one day, for the whole list at once: {@code present} maps each enrolment to
     * whether the trainee was there, {@code seenVersions} to the version of the row the trainer saw. Answers
     * the rows' versions after the save.
     */
    @RolesAllowed(Role.TRAINER_NAME)
    public Map<Long, Long> saveDay(long sessionId, LocalDate day, Map<Long, Boolean> present,
                                   Map<Long, Long> seenVersions) {
        Map<Long, Set<LocalDate>> days = new LinkedHashMap<>();
        present.forEach((id, there) -> days.put(id, Boolean.TRUE.equals(there) ? Set.of(day) : Set.of()));
        return saveAttendance(sessionId, day == null ? List.of() : List.of(day), days, seenVersions);
    }

    /**
     * Saves attendance of several days (all of them, say) for the whole list at once: for each enrolment of
     * {@code present}, the trainee was there on the given {@code days} it names and absent on the others.
     * Rows whose days do not change are left alone; a changed row must still be at the version the trainer
     * saw. One audit row per changed enrolment. Answers the rows' versions after the save.
     */
    @RolesAllowed(Role.TRAINER_NAME)
    public Map<Long, Long> saveAttendance(long sessionId, Collection<LocalDate> days,
                                          Map<Long, Set<LocalDate>> present, Map<Long, Long> seenVersions) {
        TrainingSession session = requireRecordable(sessionId);
        if (days == null || days.isEmpty() || days.stream().anyMatch(Objects::isNull)) {
            throw new DomainException("training.attendance.dayRequired");
        }
        for (LocalDate day : days) {
            if (!session.isDay(day)) {
                throw new DomainException("training.attendance.notSessionDay", day);
            }
        }
        List<Enrolment> enrolments = load(session, present.keySet());
        Map<Enrolment, Set<LocalDate>> targets = new LinkedHashMap<>();
        for (Enrolment enrolment : enrolments) {
            Set<LocalDate> target = new TreeSet<>(enrolment.getDaysPresent());
            target.removeAll(days);
            Set<LocalDate> marked = present.get(enrolment.getId());
            if (marked != null) {
                marked.stream().filter(days::contains).forEach(target::add);
            }
            if (!target.equals(enrolment.getDaysPresent())) {
                targets.put(enrolment, target);
            }
        }
        requireSeen(targets.keySet(), seenVersions);
        List<String[]> changes = new ArrayList<>();
        targets.forEach((enrolment, target) -> {
            String before = "present=" + enrolment.getDaysPresent();
            for (LocalDate day : days) {
                enrolment.markAttendance(day, target.contains(day));
            }
            em.lock(enrolment, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            changes.add(new String[] {String.valueOf(enrolment.getId()), before, "present=" + new TreeSet<>(target)});
        });
        flush(targets.keySet());
        for (String[] change : changes) {
            audit.record("training.attendance.recorded", SUBJECT, Long.valueOf(change[0]), change[1], change[2], null);
        }
        return versions(enrolments);
    }

    /**
     * Records the pre- and post-test scores (0 to 100, null where not taken) for the whole list at once, with
     * the versions of the rows the trainer saw. Rows whose scores do not change are left alone. One audit row
     * per changed enrolment. Answers the rows' versions after the save.
     */
    @RolesAllowed(Role.TRAINER_NAME)
    public Map<Long, Long> recordScores(long sessionId, Map<Long, Scores> scores, Map<Long, Long> seenVersions) {
        TrainingSession session = requireRecordable(sessionId);
        List<Enrolment> enrolments = load(session, scores.keySet());
        Map<Enrolment, Scores> targets = new LinkedHashMap<>();
        for (Enrolment enrolment : enrolments) {
            Scores target = scores.get(enrolment.getId());
            if (target != null && !(Objects.equals(target.pre(), enrolment.getPreScore())
                    && Objects.equals(target.post(), enrolment.getPostScore()))) {
                targets.put(enrolment, target);
            }
        }
        requireSeen(targets.keySet(), seenVersions);
        List<String[]> changes = new ArrayList<>();
        targets.forEach((enrolment, target) -> {
            String before = scores(enrolment.getPreScore(), enrolment.getPostScore());
            enrolment.recordScores(target.pre(), target.post());
            changes.add(new String[] {String.valueOf(enrolment.getId()), before, scores(target.pre(), target.post())});
        });
        flush(targets.keySet());
        for (String[] change : changes) {
            audit.record("training.scores.recorded", SUBJECT, Long.valueOf(change[0]), change[1], change[2], null);
        }
        return versions(enrolments);
    }

    /**
     * A trainee's record of one session: for the trainee themselves, those who run the training and the
     * governor of the trainee's region; anyone else, another mayor included, is refused.
     */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME,
            Role.ADMIN_NAME})
    public TraineeResult result(long enrolmentId) {
        Enrolment enrolment = TrainingAccess.readableEnrolment(em, caller, context, enrolmentId);
        TrainingSession session = enrolment.getSession();
        int sessionDays = session.getDays().size();
        int present = enrolment.getDaysPresent().size();
        return new TraineeResult(enrolment.getId(), enrolment.getTrainee().getName(), session.getCourse().getCode(),
                session.getCourse().getTitle(), session.getFirstDay(), session.getLastDay(), enrolment.getStatus(),
                present, sessionDays, enrolment.getPreScore(), enrolment.getPostScore(),
                session.getCourse().getRule().isMet(present, sessionDays, enrolment.getPostScore()));
    }

    private TrainingSession requireRecordable(long sessionId) {
        TrainingSession session = TrainingAccess.trainedBy(em, caller, sessionId);
        if (!session.isRunning()) {
            throw new DomainException("training.attendance.notRunning");
        }
        return session;
    }

    /** The enrolments of the list with their days, in one statement; any not of this session is not found. */
    private List<Enrolment> load(TrainingSession session, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > TrainingSession.MAX_CAPACITY) {
            throw new NotFoundException();
        }
        List<Enrolment> enrolments = em.createQuery("select distinct e from Enrolment e left join fetch e.daysPresent"
                        + " where e.id in :ids", Enrolment.class)
                .setParameter("ids", ids).getResultList();
        if (enrolments.size() != new TreeSet<>(ids).size()
                || enrolments.stream().anyMatch(e -> !e.getSession().getId().equals(session.getId()))) {
            throw new NotFoundException();
        }
        return enrolments;
    }

    /** Refuses the whole list when any row to change is no longer at the version the trainer saw. */
    private void requireSeen(Collection<Enrolment> changing, Map<Long, Long> seenVersions) {
        List<Long> stale = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Enrolment enrolment : changing) {
            Long seen = seenVersions.get(enrolment.getId());
            if (seen == null || seen != enrolment.getVersion()) {
                stale.add(enrolment.getId());
                names.add(named(enrolment));
            }
        }
        if (!stale.isEmpty()) {
            throw new StaleRowsException(stale, String.join(", ", names));
        }
    }

    /** Writes now; a change committed by someone else at the same moment is refused like a stale row. */
    private void flush(Collection<Enrolment> changed) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            Enrolment failed = e.getEntity() instanceof Enrolment enrolment ? enrolment : null;
            if (failed == null) {
                throw new ConcurrentChangeException("");
            }
            throw new StaleRowsException(List.of(failed.getId()), named(failed));
        }
    }

    /** The trainee, and who changed the row last when the audit trail tells. */
    private String named(Enrolment enrolment) {
        String who = audit.lastActorOf(SUBJECT, enrolment.getId());
        return enrolment.getTrainee().getName() + (who.isBlank() ? "" : " (" + who + ")");
    }

    private static Map<Long, Long> versions(List<Enrolment> enrolments) {
        Map<Long, Long> versions = new LinkedHashMap<>();
        enrolments.forEach(e -> versions.put(e.getId(), e.getVersion()));
        return versions;
    }

    private static String scores(Integer pre, Integer post) {
        return "pre=" + (pre == null ? "-" : pre) + ", post=" + (post == null ? "-" : post);
    }

    private static Double average(Object sum, Object count) {
        long n = number(count);
        return n == 0 ? null : number(sum) / (double) n;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
