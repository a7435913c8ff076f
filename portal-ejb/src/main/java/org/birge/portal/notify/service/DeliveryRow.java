package org.birge.portal.notify.service;

import java.time.Instant;
import java.time.LocalDate;
import org.birge.portal.notify.domain.DeliveryState;

/** An e-mail of the outbox as the admin's delivery page lists it. */
public record DeliveryRow(long id, long version, Instant createdAt, String recipient, String kind, boolean digest,
                          LocalDate digestDay, DeliveryState state, int attempts, Instant nextAttemptAt,
                          Instant sentAt, String lastError, String messageId) {

    public boolean requeueable() {
        return DeliveryState.requeueable().contains(state);
    }
}
