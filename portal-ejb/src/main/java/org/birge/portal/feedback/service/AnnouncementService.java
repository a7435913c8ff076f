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
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.feedback.domain.Announcement;
import org.birge.portal.feedback.domain.AnnouncementReceipt;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.Official;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.domain.Scope;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.Names;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;

/**
 * Announcements down the hierarchy. A governor writes to the mayors of their region, a project manager to
 * all mayors or to one region's. The audience is kept, not the people: a mayor of the audience reads it
 * whenever they come, and their first reading writes the receipt (once, also when two readings race). The
 * sender's side (the governor of the region for a governor's, any project manager for a manager's) sees
 * who read it and when, and how many mayors of the audience known to the portal have not.
 */
@Stateless
public class AnnouncementService {

    static final String SUBJECT = "announcement";
    private static final String PAGE = "/work/announcement.xhtml?id=";
    private static final String MAYORS = "o.roles like :mayor and o.district is not null";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @EJB
    private NotificationService notifications;

    /**
     * Sends an announcement: a governor to their region (a region given must be theirs), a project manager
     * to {@code regionId} or, when it is null, to all mayors. The mayors of the audience known now are told
     * in-app; returns the announcement's id.
     */
    @RolesAllowed({Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME})
    public long send(String subject, String body, Long regionId) {
        Role role = ThreadAccess.actingRole(caller);
        Scope scope = caller.scope();
        Long audience;
        if (role == Role.GOVERNOR) {
            if (scope.kind() != Scope.Kind.REGION || regionId != null && !regionId.equals(scope.regionId())) {
                throw new AccessDeniedException();
            }
            audience = scope.regionId();
        } else if (role == Role.PROJECT_MANAGER) {
            if (regionId != null && em.find(Region.class, regionId) == null) {
                throw new NotFoundException();
            }
            audience = regionId;
        } else {
            throw new AccessDeniedException();
        }
        Announcement announcement = new Announcement(caller.username(), role, audience, subject, body, Instant.now());
        em.persist(announcement);
        em.flush();
        audit.record("feedback.announcement.sent", SUBJECT, announcement.getId(), null,
                "audience=" + (audience == null ? "all mayors" : "region " + audience) + ", subject="
                        + announcement.getSubject(), null);
        TypedQuery<String> mayors = em.createQuery("select o.username from Official o where " + MAYORS
                + (audience == null ? "" : " and o.district.region.id = :region"), String.class)
                .setParameter("mayor", "%" + Role.MAYOR_NAME + "%");
        if (audience != null) {
            mayors.setParameter("region", audience);
        }
        List<String> known = mayors.getResultList();
        if (!known.isEmpty()) {
            notifications.notify(known, "feedback.announcement", "notify.announcement.sent",
                    List.of(announcement.getSubject(), caller.username()), PAGE + announcement.getId());
        }
        return announcement.getId();
    }

    /** The announcements to the calling mayor: the unread first, then the newest first. */
    @RolesAllowed(Role.MAYOR_NAME)
    public Page<AnnouncementRow> received(PageRequest page) {
        Scope scope = caller.scope();
        if (scope.kind() != Scope.Kind.DISTRICT) {
            return new Page<>(List.of(), 0);
        }
        String where = " where (a.regionId is null or a.regionId = :region)";
        List<Object[]> rows = em.createQuery("select a.id, a.subject, a.senderUsername, a.senderRole, g.name.kk,"
                        + " g.name.ru, g.name.en, a.sentAt, r.readAt from Announcement a"
                        + " left join Region g on g.id = a.regionId"
                        + " left join AnnouncementReceipt r on r.announcementId = a.id and r.readerUsername = :me"
                        + where + " order by case when r.id is null then 0 else 1 end, a.sentAt desc, a.id desc",
                        Object[].class)
                .setParameter("region", scope.regionId()).setParameter("me", caller.username())
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(a) from Announcement a" + where, Long.class)
                .setParameter("region", scope.regionId()).getSingleResult();
        return new Page<>(rows.stream().map(r -> row(r, (Instant) r[8], 0)).toList(), total);
    }

    /** The announcements of the caller's side, newest first, each with how many mayors have read it. */
    @RolesAllowed({Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME})
    public Page<AnnouncementRow> sent(PageRequest page) {
        Role role = ThreadAccess.actingRole(caller);
        Scope scope = caller.scope();
        String where;
        if (role == Role.PROJECT_MANAGER) {
            where = " where a.senderRole = :role";
        } else if (scope.kind() == Scope.Kind.REGION) {
            where = " where a.senderRole = :role and a.regionId = :region";
        } else {
            return new Page<>(List.of(), 0);
        }
        TypedQuery<Object[]> rows = em.createQuery("select a.id, a.subject, a.senderUsername, a.senderRole, g.name.kk,"
                + " g.name.ru, g.name.en, a.sentAt from Announcement a left join Region g on g.id = a.regionId"
                + where + " order by a.sentAt desc, a.id desc", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Announcement a" + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            q.setParameter("role", role);
            if (role == Role.GOVERNOR) {
                q.setParameter("region", scope.regionId());
            }
        }
        List<Object[]> found = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        Map<Long, Long> readers = new HashMap<>();
        if (!found.isEmpty()) {
            em.createQuery("select r.announcementId, count(r) from AnnouncementReceipt r"
                            + " where r.announcementId in :ids group by r.announcementId", Object[].class)
                    .setParameter("ids", found.stream().map(r -> (Long) r[0]).toList()).getResultList()
                    .forEach(r -> readers.put((Long) r[0], ((Number) r[1]).longValue()));
        }
        return new Page<>(found.stream().map(r -> row(r, null, readers.getOrDefault((Long) r[0], 0L))).toList(),
                count.getSingleResult());
    }

    /** An announcement for a mayor of its audience or for its sender's side; with the receipts' counts for the latter. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME})
    public AnnouncementView announcement(long id) {
        Announcement announcement = find(id);
        boolean senderSide = senderSide(announcement);
        if (!senderSide && !inAudience(announcement)) {
            throw new AccessDeniedException();
        }
        long readers = 0;
        long notRead = 0;
        if (senderSide) {
            readers = em.createQuery("select count(r) from AnnouncementReceipt r where r.announcementId = :id",
                    Long.class).setParameter("id", id).getSingleResult();
            TypedQuery<Long> unread = em.createQuery("select count(o) from Official o where " + MAYORS
                    + (announcement.getRegionId() == null ? "" : " and o.district.region.id = :region")
                    + " and not exists (select r.id from AnnouncementReceipt r where r.announcementId = :id"
                    + " and r.readerUsername = o.username)", Long.class)
                    .setParameter("mayor", "%" + Role.MAYOR_NAME + "%").setParameter("id", id);
            if (announcement.getRegionId() != null) {
                unread.setParameter("region", announcement.getRegionId());
            }
            notRead = unread.getSingleResult();
        }
        Region region = announcement.getRegionId() == null ? null : em.find(Region.class, announcement.getRegionId());
        String senderName = em.createNamedQuery("Official.byUsername", Official.class)
                .setParameter("username", announcement.getSenderUsername()).getResultStream().findFirst()
                .map(Official::getDisplayName).orElse(announcement.getSenderUsername());
        return new AnnouncementView(id, announcement.getSubject(), announcement.getBody(),
                announcement.getSenderUsername(), senderName, announcement.getSenderRole(),
                region == null ? null : Names.of(region.getName()), announcement.getSentAt(), senderSide, readers,
                notRead);
    }

    /**
     * The calling mayor has read the announcement: their receipt is written the first time (under the
     * announcement's lock, so two readings at once write one) and its time is returned ever after.
     */
    @RolesAllowed(Role.MAYOR_NAME)
    public Instant markRead(long id) {
        Announcement announcement = find(id);
        if (!inAudience(announcement)) {
            throw new AccessDeniedException();
        }
        String me = caller.username();
        Instant existing = receiptOf(id, me);
        if (existing != null) {
            return existing;
        }
        em.lock(announcement, LockModeType.PESSIMISTIC_WRITE);
        existing = receiptOf(id, me);
        if (existing != null) {
            return existing;
        }
        Scope scope = caller.scope();
        // Stored to the millisecond, so the time answered now is the one read back later.
        AnnouncementReceipt receipt = new AnnouncementReceipt(announcement, me, scope.districtId(), scope.regionId(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        em.persist(receipt);
        em.flush();
        audit.record("feedback.announcement.read", SUBJECT, id, null, "reader=" + me, null);
        return receipt.getReadAt();
    }

    /** Who read the announcement and when, the first readers first; for its sender's side only. */
    @RolesAllowed({Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME})
    public Page<AnnouncementReceiptRow> receipts(long id, PageRequest page) {
        Announcement announcement = find(id);
        if (!senderSide(announcement)) {
            throw new AccessDeniedException();
        }
        List<AnnouncementReceiptRow> rows = em.createQuery("select r.id, r.readerUsername, o.displayName, d.name.kk,"
                        + " d.name.ru, d.name.en, r.readAt from AnnouncementReceipt r"
                        + " left join Official o on o.username = r.readerUsername"
                        + " left join District d on d.id = r.districtId where r.announcementId = :id"
                        + " order by r.readAt, r.id", Object[].class)
                .setParameter("id", id).setFirstResult(page.first()).setMaxResults(page.size()).getResultList()
                .stream().map(r -> new AnnouncementReceiptRow((Long) r[0], (String) r[1],
                        r[2] == null ? (String) r[1] : (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                        (Instant) r[6])).toList();
        long total = em.createQuery("select count(r) from AnnouncementReceipt r where r.announcementId = :id",
                Long.class).setParameter("id", id).getSingleResult();
        return new Page<>(rows, total);
    }

    /** The regions a project manager may address (a governor addresses only their own). */
    @RolesAllowed(Role.PROJECT_MANAGER_NAME)
    public List<DistrictChoice> regions() {
        return em.createQuery("select g from Region g order by g.code", Region.class).getResultList().stream()
                .map(g -> new DistrictChoice(g.getId(), Names.of(g.getName()))).toList();
    }

    private Announcement find(long id) {
        Announcement announcement = em.find(Announcement.class, id);
        if (announcement == null) {
            throw new NotFoundException();
        }
        return announcement;
    }

    private boolean senderSide(Announcement announcement) {
        Role role = ThreadAccess.actingRole(caller);
        if (role != announcement.getSenderRole()) {
            return false;
        }
        if (role == Role.PROJECT_MANAGER) {
            return true;
        }
        Scope scope = caller.scope();
        return role == Role.GOVERNOR && scope.kind() == Scope.Kind.REGION
                && scope.regionId().equals(announcement.getRegionId());
    }

    private boolean inAudience(Announcement announcement) {
        Scope scope = caller.scope();
        return ThreadAccess.actingRole(caller) == Role.MAYOR && scope.kind() == Scope.Kind.DISTRICT
                && announcement.reaches(scope.regionId());
    }

    private Instant receiptOf(long id, String reader) {
        return em.createQuery("select r.readAt from AnnouncementReceipt r where r.announcementId = :id"
                        + " and r.readerUsername = :me", Instant.class)
                .setParameter("id", id).setParameter("me", reader).getResultStream().findFirst().orElse(null);
    }

    private static AnnouncementRow row(Object[] r, Instant readAt, long readers) {
        Names region = r[4] == null ? null : new Names((String) r[4], (String) r[5], (String) r[6]);
        return new AnnouncementRow((Long) r[0], (String) r[1], (String) r[2], (Role) r[3], region, (Instant) r[7],
                readAt, readers);
    }
}
