package org.birge.portal.feedback.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.feedback.domain.OfficialThread;
import org.birge.portal.feedback.domain.ThreadChannel;
import org.birge.portal.feedback.domain.ThreadMessage;
import org.birge.portal.feedback.domain.ThreadRead;
import org.birge.portal.feedback.domain.ThreadStatus;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.domain.Scope;
import org.birge.portal.project.domain.Project;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.FileType;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.Names;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.Versions;

/**
 * Threads between officials: a mayor and their governor, or an official and the project managers. Only the
 * participants read or write a thread ({@link ThreadAccess}); either side resolves or reopens it at the
 * version they saw; each message tells the other side in-app; each reader's unread count is kept.
 */
@Stateless
public class ThreadService {

    static final String SUBJECT = "thread";
    private static final String PAGE = "/work/thread.xhtml?id=";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @EJB
    private NotificationService notifications;

    @EJB
    private AttachmentService attachments;

    /** The caller's threads, optionally only open or only resolved ones, the latest message first. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME})
    public Page<ThreadRow> mine(PageRequest page, ThreadStatus status) {
        return threads(page, status, null);
    }

    /** The caller's threads about one project they may see, the latest first (a few, for the project page). */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME})
    public Page<ThreadRow> aboutProject(long projectId, PageRequest page) {
        readableProject(caller.scope(), projectId);
        return threads(page, null, projectId);
    }

    private Page<ThreadRow> threads(PageRequest page, ThreadStatus status, Long projectId) {
        Role role = ThreadAccess.actingRole(caller);
        Scope scope = caller.scope();
        String me = caller.username();
        Map<String, Object> parameters = new LinkedHashMap<>();
        String mine;
        parameters.put("pms", ThreadChannel.PROJECT_MANAGERS);
        switch (role) {
            case PROJECT_MANAGER -> mine = "t.channel = :pms";
            case MAYOR, GOVERNOR -> {
                boolean mayor = role == Role.MAYOR;
                mine = "t.officialUsername = :me";
                parameters.put("me", me);
                if (scope.kind() == (mayor ? Scope.Kind.DISTRICT : Scope.Kind.REGION)) {
                    mine = "(" + mine + " and t.channel = :pms) or (t.channel = :gov and "
                            + (mayor ? "t.districtId = :place" : "t.regionId = :place") + ")";
                    parameters.put("gov", ThreadChannel.GOVERNOR);
                    parameters.put("place", mayor ? scope.districtId() : scope.regionId());
                } else {
                    mine = mine + " and t.channel = :pms";
                }
            }
            default -> {
                mine = "t.officialUsername = :me and t.channel = :pms";
                parameters.put("me", me);
            }
        }
        String where = " where (" + mine + ")" + (status == null ? "" : " and t.status = :status")
                + (projectId == null ? "" : " and t.projectId = :project");
        if (status != null) {
            parameters.put("status", status);
        }
        if (projectId != null) {
            parameters.put("project", projectId);
        }
        TypedQuery<Object[]> rows = em.createQuery("select t.id, t.subject, t.channel, t.status, d.name.kk,"
                + " d.name.ru, d.name.en, t.officialUsername, t.officialRole, t.projectId, p.title, t.messageCount,"
                + " t.lastMessageAt, r.seenCount from OfficialThread t left join District d on d.id = t.districtId"
                + " left join Project p on p.id = t.projectId"
                + " left join ThreadRead r on r.threadId = t.id and r.username = :reader" + where
                + " order by t.lastMessageAt desc, t.id desc", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(t) from OfficialThread t" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        rows.setParameter("reader", me);
        List<ThreadRow> result = new ArrayList<>();
        for (Object[] r : rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList()) {
            int messages = ((Number) r[11]).intValue();
            int seen = r[13] == null ? 0 : ((Number) r[13]).intValue();
            result.add(new ThreadRow((Long) r[0], (String) r[1], (ThreadChannel) r[2], (ThreadStatus) r[3],
                    (String) r[4], (String) r[5], (String) r[6], (String) r[7], (Role) r[8], (Long) r[9],
                    (String) r[10], messages, (Instant) r[12], Math.max(0, messages - seen)));
        }
        return new Page<>(result, count.getSingleResult());
    }

    /** A thread's heading, for its participants. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME})
    public ThreadView thread(long threadId) {
        return view(ThreadAccess.readable(em, caller, threadId));
    }

    /** A page of a thread's messages, the oldest first, each with its files (three statements a page). */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME})
    public Page<ThreadMessageRow> messages(long threadId, PageRequest page) {
        OfficialThread thread = ThreadAccess.readable(em, caller, threadId);
        List<Object[]> rows = em.createQuery("select m.id, m.authorUsername, o.displayName, m.authorRole, m.body,"
                        + " m.postedAt from ThreadMessage m left join Official o on o.username = m.authorUsername"
                        + " where m.threadId = :thread order by m.postedAt, m.id", Object[].class)
                .setParameter("thread", threadId).setFirstResult(page.first()).setMaxResults(page.size())
                .getResultList();
        Map<Long, List<ThreadFileRow>> files = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
            em.createQuery("select a.id, a.threadMessageId, a.fileName, a.type, a.size from Attachment a"
                            + " where a.threadMessageId in :ids order by a.id", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(a -> files.computeIfAbsent((Long) a[1], k -> new ArrayList<>())
                            .add(new ThreadFileRow((Long) a[0], (Long) a[1], (String) a[2], (FileType) a[3],
                                    ((Number) a[4]).longValue())));
        }
        List<ThreadMessageRow> result = rows.stream().map(r -> new ThreadMessageRow((Long) r[0], (String) r[1],
                r[2] == null ? (String) r[1] : (String) r[2], (Role) r[3], (String) r[4], (Instant) r[5],
                files.getOrDefault((Long) r[0], List.of()))).toList();
        return new Page<>(result, thread.getMessageCount());
    }

    /** The caller has now seen every message of the thread. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME})
    public void markSeen(long threadId) {
        OfficialThread thread = ThreadAccess.readable(em, caller, threadId);
        seen(thread, caller.username(), Instant.now());
    }

    /**
     * Starts a thread with its first message and optionally a file (PDF, JPEG or PNG). A mayor writes to
     * their own governor or to the project managers; a governor to the mayor of a district of their region or
     * to the project managers; a trainer to the project managers. A project, when given, must be one the
     * starter may see, and for a governor thread one of the thread's district.
     */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.TRAINER_NAME})
    public long start(NewThread form, String fileName, byte[] file) {
        Role role = ThreadAccess.actingRole(caller);
        Scope scope = caller.scope();
        String me = caller.username();
        Instant now = Instant.now();
        if (form == null || form.channel() == null) {
            throw new DomainException("feedback.thread.toRequired");
        }
        Project project = form.projectId() == null ? null : readableProject(scope, form.projectId());
        OfficialThread thread;
        if (form.channel() == ThreadChannel.GOVERNOR) {
            District district = counterpartDistrict(role, scope, form.districtId());
            if (project != null && !project.getDistrict().getId().equals(district.getId())) {
                throw new DomainException("feedback.thread.projectElsewhere");
            }
            thread = OfficialThread.withGovernor(form.subject(), district.getId(), district.getRegion().getId(),
                    form.projectId(), me, now);
        } else {
            if (role != Role.MAYOR && role != Role.GOVERNOR && role != Role.TRAINER) {
                throw new AccessDeniedException();
            }
            thread = OfficialThread.withProjectManagers(form.subject(), me, role, scope.districtId(),
                    scope.regionId(), form.projectId(), now);
        }
        em.persist(thread);
        em.flush();
        ThreadMessage message = thread.post(me, role, form.body(), now);
        em.persist(message);
        em.flush();
        attach(message, fileName, file);
        em.persist(new ThreadRead(thread.getId(), me, thread.getMessageCount(), now));
        audit.record("feedback.thread.started", SUBJECT, thread.getId(), null, "channel=" + thread.getChannel()
                + (thread.getDistrictId() == null ? "" : ", district=" + thread.getDistrictId())
                + (thread.getProjectId() == null ? "" : ", project=" + thread.getProjectId())
                + ", subject=" + thread.getSubject(), null);
        tellTheOtherSide(thread, role, me, "notify.thread.started");
        return thread.getId();
    }

    /** A participant's message, with an optional file; refused while the thread is resolved. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME})
    public long post(long threadId, String body, String fileName, byte[] file) {
        OfficialThread thread = ThreadAccess.readable(em, caller, threadId);
        em.lock(thread, LockModeType.PESSIMISTIC_WRITE);
        Role role = ThreadAccess.actingRole(caller);
        String me = caller.username();
        Instant now = Instant.now();
        ThreadMessage message = thread.post(me, role, body, now);
        em.persist(message);
        Versions.flush(em, audit::lastActorOf, SUBJECT, threadId);
        attach(message, fileName, file);
        seen(thread, me, now);
        audit.record("feedback.thread.message", SUBJECT, threadId, null, "message=" + message.getId()
                + (file == null || file.length == 0 ? "" : ", with a file"), null);
        tellTheOtherSide(thread, role, me, "notify.thread.message");
        return message.getId();
    }

    /** Either side marks the thread resolved, at the version they saw. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME})
    public ThreadView resolve(long threadId, long seenVersion) {
        return changeStatus(threadId, seenVersion, true);
    }

    /** Either side opens a resolved thread again, at the version they saw. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME})
    public ThreadView reopen(long threadId, long seenVersion) {
        return changeStatus(threadId, seenVersion, false);
    }

    /** The districts a governor may write to: those of their region. */
    @RolesAllowed(Role.GOVERNOR_NAME)
    public List<DistrictChoice> districtsToWrite() {
        Scope scope = caller.scope();
        if (scope.kind() != Scope.Kind.REGION) {
            return List.of();
        }
        return em.createQuery("select d from District d where d.region.id = :region order by d.code", District.class)
                .setParameter("region", scope.regionId()).getResultList().stream()
                .map(d -> new DistrictChoice(d.getId(), Names.of(d.getName()))).toList();
    }

    private ThreadView changeStatus(long threadId, long seenVersion, boolean resolve) {
        OfficialThread thread = ThreadAccess.readable(em, caller, threadId);
        Versions.require(thread.getVersion(), seenVersion, audit::lastActorOf, SUBJECT, threadId);
        ThreadStatus before = thread.getStatus();
        Instant now = Instant.now();
        String me = caller.username();
        if (resolve) {
            thread.resolve(me, now);
        } else {
            thread.reopen(me, now);
        }
        Versions.flush(em, audit::lastActorOf, SUBJECT, threadId);
        audit.record(resolve ? "feedback.thread.resolved" : "feedback.thread.reopened", SUBJECT, threadId,
                "status=" + before, "status=" + thread.getStatus(), null);
        tellTheOtherSide(thread, ThreadAccess.actingRole(caller), me,
                resolve ? "notify.thread.resolved" : "notify.thread.reopened");
        return view(thread);
    }

    private District counterpartDistrict(Role role, Scope scope, Long districtId) {
        if (role == Role.MAYOR) {
            if (scope.kind() != Scope.Kind.DISTRICT || districtId != null && !districtId.equals(scope.districtId())) {
                throw new AccessDeniedException();
            }
            return em.find(District.class, scope.districtId());
        }
        if (role != Role.GOVERNOR || scope.kind() != Scope.Kind.REGION) {
            throw new AccessDeniedException();
        }
        if (districtId == null) {
            throw new DomainException("feedback.thread.districtRequired");
        }
        District district = em.find(District.class, districtId);
        if (district == null) {
            throw new NotFoundException();
        }
        if (!scope.covers(district)) {
            throw new AccessDeniedException();
        }
        return district;
    }

    private Project readableProject(Scope scope, long projectId) {
        Project project = em.find(Project.class, projectId);
        if (project == null) {
            throw new NotFoundException();
        }
        if (!scope.covers(project.getDistrict())) {
            throw new AccessDeniedException();
        }
        return project;
    }

    private void attach(ThreadMessage message, String fileName, byte[] file) {
        if (file != null && file.length > 0) {
            long id = attachments.attachToThreadMessage(message.getId(), fileName, file);
            audit.record("feedback.thread.file", SUBJECT, message.getThreadId(), null, "message=" + message.getId()
                    + ", attachment=" + id, null);
        }
    }

    /** The reader's marker moved to the thread's last message; the first marker is written under the thread's lock. */
    private void seen(OfficialThread thread, String username, Instant at) {
        List<ThreadRead> marks = em.createQuery("select r from ThreadRead r where r.threadId = :thread"
                + " and r.username = :me", ThreadRead.class).setParameter("thread", thread.getId())
                .setParameter("me", username).getResultList();
        if (!marks.isEmpty()) {
            marks.get(0).see(thread.getMessageCount(), at);
            return;
        }
        em.lock(thread, LockModeType.PESSIMISTIC_WRITE);
        boolean written = !em.createQuery("select r from ThreadRead r where r.threadId = :thread"
                + " and r.username = :me", ThreadRead.class).setParameter("thread", thread.getId())
                .setParameter("me", username).getResultList().isEmpty();
        if (!written) {
            em.persist(new ThreadRead(thread.getId(), username, thread.getMessageCount(), at));
        }
    }

    private void tellTheOtherSide(OfficialThread thread, Role role, String me, String messageKey) {
        List<String> people;
        if (thread.getChannel() == ThreadChannel.GOVERNOR) {
            people = role == Role.GOVERNOR ? notifications.peopleWith(Role.MAYOR, thread.getDistrictId(), null)
                    : notifications.peopleWith(Role.GOVERNOR, null, thread.getRegionId());
        } else {
            people = role == Role.PROJECT_MANAGER ? List.of(thread.getOfficialUsername())
                    : notifications.peopleWith(Role.PROJECT_MANAGER, null, null);
        }
        List<String> others = people.stream().filter(p -> !p.equals(me)).toList();
        if (!others.isEmpty()) {
            notifications.notify(others, "feedback.thread", messageKey, List.of(thread.getSubject(), me),
                    PAGE + thread.getId());
        }
    }

    private ThreadView view(OfficialThread thread) {
        District district = thread.getDistrictId() == null ? null : em.find(District.class, thread.getDistrictId());
        Region region = thread.getRegionId() == null ? null : em.find(Region.class, thread.getRegionId());
        Project project = thread.getProjectId() == null ? null : em.find(Project.class, thread.getProjectId());
        return new ThreadView(thread.getId(), thread.getVersion(), thread.getSubject(), thread.getChannel(),
                thread.getStatus(), district == null ? null : Names.of(district.getName()),
                region == null ? null : Names.of(region.getName()), thread.getOfficialUsername(),
                thread.getOfficialRole(), thread.getProjectId(), project == null ? null : project.getTitle(),
                thread.getStartedBy(), thread.getCreatedAt(), thread.getStatusChangedBy(),
                thread.getStatusChangedAt(), thread.getMessageCount());
    }
}
