package org.birge.portal.it.services;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.birge.portal.audit.domain.AuditRecord;
import org.birge.portal.notify.domain.Notification;

/** What the officials' threads and announcements left in the database, read straight for the tests. */
@Stateless
public class FeedbackSetup {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** The audit of one record as "action by actor", oldest first. */
    public List<String> audit(String subjectType, long subjectId) {
        return em.createQuery("select a from AuditRecord a where a.subjectType = :type and a.subjectId = :id"
                        + " order by a.sequence", AuditRecord.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).getResultList().stream()
                .map(a -> a.getAction() + " by " + a.getActor()).toList();
    }

    /** The links of a person's notifications of one kind. */
    public List<String> notificationLinks(String recipient, String kind) {
        return em.createQuery("select n from Notification n where n.recipient = :r and n.kind = :k order by n.id",
                        Notification.class)
                .setParameter("r", recipient).setParameter("k", kind).getResultList().stream()
                .map(Notification::getLink).toList();
    }

    public long receipts(long announcementId, String reader) {
        return em.createQuery("select count(r) from AnnouncementReceipt r where r.announcementId = :id"
                        + " and r.readerUsername = :reader", Long.class)
                .setParameter("id", announcementId).setParameter("reader", reader).getSingleResult();
    }
}
