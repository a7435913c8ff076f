package org.birge.portal.notify.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.enterprise.event.Event;
import org.birge.portal.notify.domain.EmailMode;
import org.birge.portal.notify.domain.MailDelivery;
import org.birge.portal.notify.domain.Notification;
import org.birge.portal.notify.domain.NotificationKinds;
import org.birge.portal.notify.domain.NotificationPreference;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.Versions;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;

/**
 * In-app notifications. {@link #notify} joins the caller's transaction, so a notification exists exactly
 * when the change it tells of was committed. Each person reads and marks only their own.
 */
@Stateless
public class NotificationService {

    public static final String PREFERENCE_SUBJECT = "notification.preference";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private MailSettings mailSettings;

    @Inject
    private AuditService audit;

    @Inject
    private Event<MailQueued> mailQueued;

    /**
     * One notification for each of {@code recipients} (duplicates once), and in the same transaction its
     * e-mail in the outbox, as each recipient chose for the kind (at once, in the daily digest, or none;
     * nothing for a person without an e-mail address). The sender is woken when the transaction commits;
     * a transaction that rolls back leaves neither the notification nor its mail.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notify(Collection<String> recipients, String kind, String messageKey, List<String> arguments,
                       String link) {
        Set<String> people = new LinkedHashSet<>(recipients);
        if (people.isEmpty()) {
            return;
        }
        Set<String> mailable = new HashSet<>(em.createQuery("select o.username from Official o"
                        + " where o.username in :people and o.email is not null", String.class)
                .setParameter("people", people).getResultList());
        Map<String, EmailMode> modes = new HashMap<>();
        em.createQuery("select p from NotificationPreference p where p.username in :people and p.kind = :kind",
                        NotificationPreference.class).setParameter("people", people).setParameter("kind", kind)
                .getResultList().forEach(p -> modes.put(p.getUsername(), p.getEmailMode()));
        Instant now = Instant.now();
        LocalDate today = PortalClock.today();
        List<Notification> written = new java.util.ArrayList<>();
        for (String recipient : people) {
            Notification notification = new Notification(recipient, kind, messageKey, arguments, link);
            em.persist(notification);
            written.add(notification);
        }
        em.flush(); // the notifications' ids name their mails (the outbox key and the Message-ID)
        boolean queued = false;
        for (Notification notification : written) {
            EmailMode mode = modes.getOrDefault(notification.getRecipient(), EmailMode.SINGLE);
            if (mode != EmailMode.OFF && mailable.contains(notification.getRecipient())) {
                em.persist(MailDelivery.of(notification, mode, today, now, mailSettings.domain()));
                queued |= mode == EmailMode.SINGLE;
            }
        }
        if (queued) {
            mailQueued.fire(new MailQueued());
        }
    }

    /** Marks all of the caller's unread notifications as read; returns how many. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME,
            Role.ADMIN_NAME, Role.RESIDENT_NAME})
    public int markAllRead() {
        return em.createQuery("update Notification n set n.readAt = :now, n.version = n.version + 1,"
                        + " n.modifiedAt = :now where n.recipient = :me and n.readAt is null")
                .setParameter("now", Instant.now()).setParameter("me", caller.username()).executeUpdate();
    }

    /** The usernames of the people holding {@code role}, narrowed to a district or a region when given. */
    @PermitAll
    public List<String> peopleWith(Role role, Long districtId, Long regionId) {
        String query = "select o.username from Official o where o.roles like :role"
                + (districtId == null ? "" : " and o.district.id = :district")
                + (regionId == null ? "" : " and o.region.id = :region") + " order by o.username";
        var q = em.createQuery(query, String.class).setParameter("role", "%" + role.roleName() + "%");
        if (districtId != null) {
            q.setParameter("district", districtId);
        }
        if (regionId != null) {
            q.setParameter("region", regionId);
        }
        return q.setMaxResults(PageRequest.MAX_SIZE).getResultList();
    }

    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME,
            Role.ADMIN_NAME, Role.RESIDENT_NAME})
    public Page<NotificationRow> mine(PageRequest page) {
        List<Notification> rows = em.createQuery("select n from Notification n where n.recipient = :me"
                        + " order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("me", caller.username())
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(n) from Notification n where n.recipient = :me", Long.class)
                .setParameter("me", caller.username()).getSingleResult();
        return new Page<>(rows.stream().map(n -> new NotificationRow(n.getId(), n.getCreatedAt(), n.getKind(),
                n.getMessageKey(), n.argumentList(), n.getLink(), n.getReadAt() != null)).toList(), total);
    }

    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME,
            Role.ADMIN_NAME, Role.RESIDENT_NAME})
    public long unreadCount() {
        return em.createQuery("select count(n) from Notification n where n.recipient = :me and n.readAt is null",
                Long.class).setParameter("me", caller.username()).getSingleResult();
    }

    /** Marks one of the caller's own notifications as read; someone else's does not exist for them. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME,
            Role.ADMIN_NAME, Role.RESIDENT_NAME})
    public void markRead(long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !notification.getRecipient().equals(caller.username())) {
            throw new NotFoundException();
        }
        notification.markRead(Instant.now());
    }

    /** The caller's e-mail choice for every kind of notification. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME,
            Role.ADMIN_NAME, Role.RESIDENT_NAME})
    public List<PreferenceRow> preferences() {
        Map<String, NotificationPreference> saved = new HashMap<>();
        em.createQuery("select p from NotificationPreference p where p.username = :me", NotificationPreference.class)
                .setParameter("me", caller.username()).getResultList().forEach(p -> saved.put(p.getKind(), p));
        return NotificationKinds.ALL.stream().map(kind -> {
            NotificationPreference p = saved.get(kind);
            return p == null ? new PreferenceRow(kind, EmailMode.SINGLE, -1)
                    : new PreferenceRow(kind, p.getEmailMode(), p.getVersion());
        }).toList();
    }

    /**
     * Saves the caller's choices, each at the version the caller saw (a choice changed meanwhile, in another
     * window, is refused); the changed ones are audited.
     */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME,
            Role.ADMIN_NAME, Role.RESIDENT_NAME})
    public void savePreferences(List<PreferenceRow> choices) {
        String me = caller.username();
        Map<String, NotificationPreference> saved = new HashMap<>();
        em.createQuery("select p from NotificationPreference p where p.username = :me", NotificationPreference.class)
                .setParameter("me", me).getResultList().forEach(p -> saved.put(p.getKind(), p));
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (PreferenceRow choice : choices) {
            if (!NotificationKinds.ALL.contains(choice.kind()) || choice.mode() == null) {
                throw new DomainException("notification.settings.unknownKind", choice.kind());
            }
            NotificationPreference p = saved.get(choice.kind());
            long current = p == null ? -1 : p.getVersion();
            Versions.require(current, choice.version(), audit::lastActorOf, PREFERENCE_SUBJECT,
                    p == null ? 0 : p.getId());
            EmailMode old = p == null ? EmailMode.SINGLE : p.getEmailMode();
            if (old == choice.mode()) {
                continue;
            }
            if (p == null) {
                em.persist(new NotificationPreference(me, choice.kind(), choice.mode()));
            } else {
                p.choose(choice.mode());
            }
            before.append(choice.kind()).append('=').append(old).append(' ');
            after.append(choice.kind()).append('=').append(choice.mode()).append(' ');
        }
        if (!after.isEmpty()) {
            em.flush();
            audit.record("notification.preferences", PREFERENCE_SUBJECT, null, before.toString().trim(),
                    after.toString().trim(), me);
        }
    }
}
