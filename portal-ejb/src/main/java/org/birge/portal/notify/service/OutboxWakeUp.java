package org.birge.portal.notify.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Wakes the sender when a transaction that queued mail has committed; a rolled-back one wakes nothing. */
@ApplicationScoped
public class OutboxWakeUp {

    @EJB
    private OutboxSender sender;

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        sender.wakeUp();
    }
}
