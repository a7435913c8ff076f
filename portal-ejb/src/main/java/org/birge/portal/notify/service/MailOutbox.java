package org.birge.portal.notify.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.notify.domain.DeliveryState;
import org.birge.portal.notify.domain.MailDelivery;
import org.birge.portal.notify.domain.MailText;
import org.birge.portal.notify.domain.Notification;
import org.birge.portal.org.domain.Official;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.Versions;

/**
 * The e-mail outbox. The sender's steps are separate methods, each its own transaction, so that what is
 * committed between them is exactly what survives a crash:
 * <ol>
 * <li>{@link #claim}: {@code PENDING → SENDING}, a conditional update that only one sender can win
 * (on PostgreSQL and H2 alike: the second update waits for the first's row lock, then finds the state
 * changed and updates nothing);</li>
 * <li>{@link #send}: renders the mail in the recipient's language and hands it to the SMTP server;</li>
 * <li>{@link #markSent} ({@code SENDING → SENT}) or {@link #markFailed} (back to {@code PENDING} after a
 * growing wait, or {@code FAILED}).</li>
 * </ol>
 * A sender that dies after step 2 leaves the row SENDING; {@link #expireLeases} turns it {@code UNCERTAIN}
 * instead of sending it again, and an admin decides ({@link #requeue}). So no mail goes out twice on its
 * own; the stable Message-ID lets a mail client fold the rare copy an admin's requeue may cause.
 */
@Stateless
public class MailOutbox {

    public static final String SUBJECT = "mail";
    private static final int BATCH = 50;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource(lookup = "java:app/mail/portal")
    private Session mailSession;

    @Inject
    private MailSettings settings;

    @Inject
    private AuditService audit;

    @EJB
    private MailOutbox self;

    @Inject
    private org.birge.portal.shared.service.Caller caller;

    /** The ids of mails due now, oldest first. */
    @PermitAll
    public List<Long> due(int max) {
        return em.createQuery("select d.id from MailDelivery d where d.state = :pending and d.nextAttemptAt <= :now"
                        + " order by d.nextAttemptAt, d.id", Long.class)
                .setParameter("pending", DeliveryState.PENDING).setParameter("now", Instant.now())
                .setMaxResults(Math.min(max, BATCH)).getResultList();
    }

    /** Step 1: takes the mail for this sender; false when it is not due or another sender has it. */
    @PermitAll
    public boolean claim(long id) {
        Instant now = Instant.now();
        return em.createQuery("update MailDelivery d set d.state = :sending, d.attempts = d.attempts + 1,"
                        + " d.claimedAt = :now, d.modifiedAt = :now, d.version = d.version + 1"
                        + " where d.id = :id and d.state = :pending and d.nextAttemptAt <= :now")
                .setParameter("sending", DeliveryState.SENDING).setParameter("pending", DeliveryState.PENDING)
                .setParameter("now", now).setParameter("id", id).executeUpdate() == 1;
    }

    /**
     * Step 2: sends a claimed mail. Outside any transaction: the SMTP conversation holds no database
     * connection, and nothing of it is rolled back.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void send(long id) throws MessagingException {
        MailDelivery delivery = em.find(MailDelivery.class, id);
        if (delivery == null || delivery.getState() != DeliveryState.SENDING) {
            throw new IllegalStateException("mail " + id + " is not claimed");
        }
        List<Official> official = em.createQuery("select o from Official o where o.username = :u", Official.class)
                .setParameter("u", delivery.getRecipient()).getResultList();
        if (official.isEmpty() || official.get(0).getEmail() == null) {
            throw new MessagingException("no e-mail address for " + delivery.getRecipient());
        }
        java.util.Locale locale = official.get(0).getLanguage().locale();
        MailText text = delivery.isDigest()
                ? MailText.digest(locale, settings.baseUrl(), delivery.getDigestDay(), items(delivery.getId()))
                : MailText.single(locale, settings.baseUrl(), item(em.find(Notification.class,
                        delivery.getNotificationId())));
        MimeMessage message = new StableIdMessage(mailSession, delivery.getMessageId());
        message.setFrom();
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(official.get(0).getEmail()));
        message.setSubject(text.subject(), StandardCharsets.UTF_8.name());
        message.setText(text.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(message);
    }

    /** Step 3: the SMTP server took it. */
    @PermitAll
    public void markSent(long id) {
        find(id).sent(Instant.now());
    }

    /** Step 3 when sending failed: retry after the backoff, or give up after the last attempt. */
    @PermitAll
    public void markFailed(long id, String error) {
        find(id).failed(Instant.now(), error, settings.backoff());
    }

    /** Mails claimed longer ago than the lease: their sender is gone; they become UNCERTAIN. */
    @PermitAll
    public int expireLeases() {
        Instant now = Instant.now();
        List<MailDelivery> stale = em.createQuery("select d from MailDelivery d where d.state = :sending"
                        + " and d.claimedAt < :limit order by d.id", MailDelivery.class)
                .setParameter("sending", DeliveryState.SENDING).setParameter("limit", now.minus(settings.lease()))
                .setMaxResults(BATCH).getResultList();
        int expired = 0;
        for (MailDelivery delivery : stale) {
            if (delivery.expireLease(now, settings.lease())) {
                audit.recordSystem("mail.uncertain", SUBJECT, delivery.getId(), DeliveryState.SENDING.name(),
                        DeliveryState.UNCERTAIN.name(), delivery.getMailKey());
                expired++;
            }
        }
        return expired;
    }

    /**
     * Writes the digests of the days before {@code before}: one mail per person and day, gathering the
     * notifications waiting for it. Returns how many digests were written.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int collectDigests(LocalDate before) {
        List<Object[]> open = em.createQuery("select distinct d.recipient, d.digestDay from MailDelivery d"
                        + " where d.state = :waiting and d.digestDay < :before", Object[].class)
                .setParameter("waiting", DeliveryState.WAITING_DIGEST).setParameter("before", before)
                .setMaxResults(PageRequest.MAX_SIZE).getResultList();
        int written = 0;
        for (Object[] row : open) {
            written += self.collectDigest((String) row[0], (LocalDate) row[1]) ? 1 : 0;
        }
        return written;
    }

    /** One person's digest of one day, in its own transaction; a digest already written takes the rest. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean collectDigest(String recipient, LocalDate day) {
        List<MailDelivery> existing = em.createQuery("select d from MailDelivery d where d.mailKey = :key",
                MailDelivery.class).setParameter("key", "digest:" + recipient + ":" + day).getResultList();
        boolean created = existing.isEmpty();
        MailDelivery digest = created ? MailDelivery.digest(recipient, day, Instant.now(), settings.domain())
                : existing.get(0);
        if (!created && digest.getState() != DeliveryState.PENDING) {
            return false;
        }
        if (created) {
            em.persist(digest);
            em.flush();
        }
        em.createQuery("select d from MailDelivery d where d.state = :waiting and d.recipient = :r"
                        + " and d.digestDay = :day order by d.id", MailDelivery.class)
                .setParameter("waiting", DeliveryState.WAITING_DIGEST).setParameter("r", recipient)
                .setParameter("day", day).getResultList().forEach(item -> item.joinDigest(digest));
        return created;
    }

    /** The outbox for the admin's delivery page, newest first, optionally of one state. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Page<DeliveryRow> deliveries(DeliveryState state, PageRequest page) {
        String where = state == null ? "" : " where d.state = :state";
        var rows = em.createQuery("select d from MailDelivery d" + where + " order by d.createdAt desc, d.id desc",
                MailDelivery.class);
        var count = em.createQuery("select count(d) from MailDelivery d" + where, Long.class);
        if (state != null) {
            rows.setParameter("state", state);
            count.setParameter("state", state);
        }
        List<DeliveryRow> list = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList()
                .stream().map(d -> new DeliveryRow(d.getId(), d.getVersion(), d.getCreatedAt(), d.getRecipient(),
                        d.getKind(), d.isDigest(), d.getDigestDay(), d.getState(), d.getAttempts(),
                        d.getNextAttemptAt(), d.getSentAt(), d.getLastError(), d.getMessageId())).toList();
        return new Page<>(list, count.getSingleResult());
    }

    /** How many mails are in each state: the admin dashboard's delivery figures (one grouped query). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Map<DeliveryState, Long> deliveryStatus() {
        Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
        for (DeliveryState state : DeliveryState.values()) {
            counts.put(state, 0L);
        }
        em.createQuery("select d.state, count(d) from MailDelivery d group by d.state", Object[].class)
                .getResultList().forEach(r -> counts.put((DeliveryState) r[0], (Long) r[1]));
        return counts;
    }

    /** An admin sends a FAILED or UNCERTAIN mail again, knowingly; audited. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void requeue(long id, long seenVersion) {
        MailDelivery delivery = Versions.atVersion(em, audit::lastActorOf, MailDelivery.class, id, seenVersion,
                SUBJECT);
        String before = delivery.getState().name();
        delivery.requeue(Instant.now());
        audit.record("mail.requeued", SUBJECT, id, before + ", attempts=" + delivery.getAttempts(),
                DeliveryState.PENDING.name(), delivery.getMailKey());
    }

    /** Whether the automatic runs are paused (for all servers). */
    @PermitAll
    public boolean paused() {
        Object paused = em.createNativeQuery("select paused from mail_outbox_control where id = 1").getSingleResult();
        return Boolean.TRUE.equals(paused);
    }

    /** Pauses or resumes the automatic runs of every server; audited. Manual runs still work. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void pauseSending(boolean pause) {
        int changed = em.createNativeQuery("update mail_outbox_control set paused = ?, version = version + 1,"
                        + " changed_by = ?, changed_at = ? where id = 1 and paused <> ?")
                .setParameter(1, pause).setParameter(2, caller.username())
                .setParameter(3, java.sql.Timestamp.from(Instant.now())).setParameter(4, pause).executeUpdate();
        if (changed == 1) {
            audit.record(pause ? "mail.paused" : "mail.resumed", SUBJECT, null, null, null, null);
        }
    }

    private MailDelivery find(long id) {
        MailDelivery delivery = em.find(MailDelivery.class, id);
        if (delivery == null) {
            throw new NotFoundException();
        }
        return delivery;
    }

    private List<MailText.Item> items(long digestId) {
        return em.createQuery("select n from MailDelivery d, Notification n where d.digestId = :digest"
                        + " and n.id = d.notificationId order by n.createdAt, n.id", Notification.class)
                .setParameter("digest", digestId).getResultList().stream().map(MailOutbox::item).toList();
    }

    private static MailText.Item item(Notification n) {
        return new MailText.Item(n.getKind(), n.getMessageKey(), n.argumentList(), n.getLink());
    }

    /** A message whose Message-ID is the outbox's, not a fresh one on each save. */
    private static final class StableIdMessage extends MimeMessage {

        private final String id;

        StableIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
