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
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.birge.portal.notify.domain.Notification;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;

/**
 * In-app notifications. {@link #notify} joins the caller's transaction, so a notification exists exactly
 * when the change it tells of was committed. Each person reads and marks only their own.
 */
@Stateless
public class NotificationService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    /** One notification for each of {@code recipients} (duplicates once). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notify(Collection<String> recipients, String kind, String messageKey, List<String> arguments,
                       String link) {
        for (String recipient : new LinkedHashSet<>(recipients)) {
            em.persist(new Notification(recipient, kind, messageKey, arguments, link));
        }
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
}
