package org.birge.portal.notify.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an e-mail of the outbox stands. {@code PENDING → SENDING → SENT} is the happy path; a failed send goes
 * back to {@code PENDING} with a later attempt, or to {@code FAILED} after the last one; a send whose sender
 * vanished after claiming it is {@code UNCERTAIN} (it may have gone out) and only an admin sends it again. A
 * notification the person wants in the daily digest waits in {@code WAITING_DIGEST} until the digest that
 * carries it is written, then is {@code IN_DIGEST}.
 */
public enum DeliveryState {
    WAITING_DIGEST, IN_DIGEST, PENDING, SENDING, SENT, FAILED, UNCERTAIN;

    /** The states an admin may put back into the queue. */
    public static Set<DeliveryState> requeueable() {
        return EnumSet.of(FAILED, UNCERTAIN);
    }
}
