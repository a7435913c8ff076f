package org.birge.portal.notify.service;

/** A transaction put at least one e-mail into the outbox; observed after it commits to wake the sender. */
public record MailQueued() {
}
