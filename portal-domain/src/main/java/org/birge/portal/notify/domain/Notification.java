package org.birge.portal.notify.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.birge.portal.shared.domain.Texts;
import org.birge.portal.shared.domain.VersionedEntity;

/**
 * Something a person should know, shown in the portal: a message key with its arguments (rendered in the
 * reader's language when shown), and the page it is about. Written in the same transaction as the change
 * it tells of.
 */
@Entity
@Table(name = "notification")
public class Notification extends VersionedEntity {

    public static final int ARGUMENTS_LENGTH = 1000;
    /** Separates the arguments in their column; a unit separator never occurs in typed text. */
    private static final String SEPARATOR = "\u001F";

    @Column(nullable = false, length = 100, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 40, updatable = false)
    private String kind;

    @Column(name = "message_key", nullable = false, length = 100, updatable = false)
    private String messageKey;

    @Column(name = "arguments", length = ARGUMENTS_LENGTH, updatable = false)
    private String arguments;

    @Column(name = "link", length = 200, updatable = false)
    private String link;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(String recipient, String kind, String messageKey, List<String> arguments, String link) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        // Each argument ends with the separator, so that a single empty argument is one argument, not none.
        StringBuilder joined = new StringBuilder();
        arguments.forEach(a -> joined.append(a == null ? "" : a.replace(SEPARATOR, " ")).append(SEPARATOR));
        String text = joined.toString();
        this.arguments = text.length() <= ARGUMENTS_LENGTH ? text
                : Texts.clip(text, ARGUMENTS_LENGTH - 1) + SEPARATOR;
        this.link = link;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    /** The arguments; rows written without the closing separator (the demo data's) read the same way. */
    public List<String> argumentList() {
        if (arguments == null || arguments.isEmpty()) {
            return List.of();
        }
        List<String> parts = List.of(arguments.split(SEPARATOR, -1));
        return arguments.endsWith(SEPARATOR) ? parts.subList(0, parts.size() - 1) : parts;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getKind() {
        return kind;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getLink() {
        return link;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
