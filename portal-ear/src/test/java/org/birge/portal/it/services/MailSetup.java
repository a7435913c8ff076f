package org.birge.portal.it.services;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.birge.portal.notify.domain.MailDelivery;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.LoginProfile;
import org.birge.portal.org.domain.Official;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.Language;

/** Test data of the outbox: people with an e-mail address and a language, notifications in a transaction. */
@Stateless
public class MailSetup {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private NotificationService notifications;

    /** A new person with an address of their own (username@outbox.test) who reads {@code language}. */
    public String person(Language language, Role role) {
        String username = Fixtures.unique("mail").toLowerCase(java.util.Locale.ROOT);
        Official official = new Official(UUID.randomUUID().toString(), username);
        official.updateFromLogin(new LoginProfile(official.getSubject(), username, username, address(username),
                EnumSet.of(role), null, null), null, null, Instant.now());
        official.chooseLanguage(language);
        em.persist(official);
        return username;
    }

    public static String address(String username) {
        return username + "@outbox.test";
    }

    /** A notification written in a transaction that commits, as a business change writes it. */
    public void notify(String recipient, String kind, String key, List<String> arguments, String link) {
        notifications.notify(List.of(recipient), kind, key, arguments, link);
    }

    /** A notification written in a transaction that then fails: neither it nor its mail may survive. */
    public void notifyThenFail(String recipient, String kind, String key, List<String> arguments, String link) {
        notifications.notify(List.of(recipient), kind, key, arguments, link);
        em.flush();
        throw new IllegalStateException("the business change failed after notifying");
    }

    /** The recipient's mails in the outbox, oldest first. */
    public List<MailDelivery> mails(String recipient) {
        return em.createQuery("select d from MailDelivery d where d.recipient = :r order by d.id", MailDelivery.class)
                .setParameter("r", recipient).getResultList();
    }

    public long notificationsOf(String recipient) {
        return em.createQuery("select count(n) from Notification n where n.recipient = :r", Long.class)
                .setParameter("r", recipient).getSingleResult();
    }

    /** The id of the recipient's notification mail (not a digest); there must be exactly one. */
    public long onlyMail(String recipient) {
        List<MailDelivery> mails = mails(recipient);
        if (mails.size() != 1) {
            throw new AssertionError("expected one mail for " + recipient + ", found " + mails.size());
        }
        return mails.get(0).getId();
    }

    public long auditRecords(String action, long subjectId) {
        return em.createQuery("select count(a) from AuditRecord a where a.action = :a and a.subjectId = :id",
                Long.class).setParameter("a", action).setParameter("id", subjectId).getSingleResult();
    }

    public long auditRecordsOfPreferences(String username) {
        return em.createQuery("select count(a) from AuditRecord a where a.action = 'notification.preferences'"
                + " and a.actor = :u", Long.class).setParameter("u", username).getSingleResult();
    }
}
