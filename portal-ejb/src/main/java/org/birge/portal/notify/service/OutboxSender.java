package org.birge.portal.notify.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.service.PortalClock;

/**
 * Runs the outbox: every minute, and at once after a transaction that queued a mail commits. Each run
 * expires lost claims, then claims, sends and marks the due mails one by one through {@link MailOutbox}'s
 * steps. Runs may overlap (timer, wake-ups, other servers): the claim lets one of them have each mail.
 * An admin can pause the automatic runs of all servers ({@link MailOutbox#pauseSending}: while the SMTP
 * server is serviced, or while a test drives the steps itself); mails wait meanwhile.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    /** Mails taken per query. */
    private static final int BATCH = 50;
    /** At most this many batches per run (1,000 mails); the next run goes on. */
    private static final int MAX_BATCHES = 20;

    @EJB
    private MailOutbox outbox;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        try {
            if (outbox.paused()) {
                return;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The outbox is not readable; the next run tries again", e);
            return;
        }
        run();
    }

    /** The daily digests of yesterday and before, early in the morning, then sent like any mail. */
    @Schedule(hour = "5", minute = "30", persistent = false)
    void dailyDigests() {
        try {
            int written = outbox.collectDigests(PortalClock.today());
            LOG.info(() -> "Wrote " + written + " daily digests");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Writing the daily digests failed; tomorrow's run takes them too", e);
        }
        everyMinute();
    }

    /** After a commit that queued mail: send it now rather than at the next minute. */
    @Asynchronous
    @PermitAll
    public void wakeUp() {
        everyMinute();
    }

    /** One run now, paused or not; returns how many mails were sent. */
    @RolesAllowed(Role.ADMIN_NAME)
    public int runNow() {
        return run();
    }

    private int run() {
        int sent = 0;
        try {
            outbox.expireLeases();
            // Batch after batch while batches come full, so that a backlog (after an SMTP outage, or a large
            // announcement) drains in one run; a mail that fails is due again only after its wait.
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                List<Long> due = outbox.due(BATCH);
                for (long id : due) {
                    sent += deliver(id) ? 1 : 0;
                }
                if (due.size() < BATCH) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The outbox run stopped; the next run goes on", e);
        }
        return sent;
    }

    /** Claim, send, mark: true when this run sent the mail. */
    private boolean deliver(long id) {
        if (!outbox.claim(id)) {
            return false;
        }
        try {
            outbox.send(id);
        } catch (Exception e) {
            LOG.log(Level.INFO, e, () -> "Mail " + id + " not sent; it is retried later");
            outbox.markFailed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
            return false;
        }
        outbox.markSent(id);
        return true;
    }
}
