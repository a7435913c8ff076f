package org.birge.portal.notify.service;

import java.time.Instant;
import java.util.List;

/** A notification as the bell's list shows it; the text is rendered from the key in the reader's language. */
public record NotificationRow(long id, Instant createdAt, String kind, String messageKey, List<String> arguments,
                              String link, boolean read) {
}
