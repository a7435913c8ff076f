package org.birge.portal.notify.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.Texts;
import org.birge.portal.shared.domain.VersionedEntity;

/**
 * One e-mail of the outbox: a notification sent on its own, or a person's digest of a day. Its
 * {@link DeliveryState} changes only through the verbs here; the sender's claim is a conditional update in
 * the database (see the service), which this class mirrors for the rules' sake.
 */
@Entity
@Table(name = "mail_delivery")
public class MailDelivery extends VersionedEntity {

    public static final int ERROR_LENGTH = 1000;

    @Column(name = "mail_key", nullable = false, length = 200, updatable = false)
    private String mailKey;

    @Column(nullable = false, length = 100, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 40, updatable = false)
    private String kind;

    @Column(name = "notification_id", updatable = false)
    private Long notificationId;

    @Column(name = "digest_day", updatable = false)
    private LocalDate digestDay;

    @Column(name = "digest_id")
    private Long digestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "message_id", nullable = false, length = 200, updatable = false)
    private String messageId;

    protected MailDelivery() {
    }

    private MailDelivery(String mailKey, String recipient, String kind, Long notificationId, LocalDate digestDay,
                         DeliveryState state, Instant at, String mailDomain) {
        this.mailKey = Objects.requireNonNull(mailKey);
        this.recipient = Objects.requireNonNull(recipient);
        this.kind = Objects.requireNonNull(kind);
        this.notificationId = notificationId;
        this.digestDay = digestDay;
        this.state = state;
        this.nextAttemptAt = Objects.requireNonNull(at);
        // Stable: the same mail has the same Message-ID on every attempt, so a reader's client shows it once.
        this.messageId = "<" + mailKey.replace(':', '.').replaceAll("[^A-Za-z0-9._-]", "_") + "@" + mailDomain + ">";
    }

    /** The e-mail of one notification, to be sent at once ({@code SINGLE}) or in the day's digest. */
    public static MailDelivery of(Notification notification, EmailMode mode, LocalDate day, Instant at,
                                  String mailDomain) {
        if (mode == EmailMode.OFF) {
            throw new IllegalArgumentException("no mail for OFF");
        }
        return new MailDelivery("notification:" + notification.getId(), notification.getRecipient(),
                notification.getKind(), notification.getId(), day,
                mode == EmailMode.DIGEST ? DeliveryState.WAITING_DIGEST : DeliveryState.PENDING, at, mailDomain);
    }

    /** The digest of {@code recipient}'s notifications of {@code day}: one per person and day, by its key. */
    public static MailDelivery digest(String recipient, LocalDate day, Instant at, String mailDomain) {
        return new MailDelivery("digest:" + recipient + ":" + day, recipient, "digest", null, day,
                DeliveryState.PENDING, at, mailDomain);
    }

    public boolean isDigest() {
        return notificationId == null;
    }

    /** A waiting notification is carried by the digest {@code digest}. */
    public void joinDigest(MailDelivery digest) {
        require(DeliveryState.WAITING_DIGEST);
        this.digestId = digest.getId();
        this.state = DeliveryState.IN_DIGEST;
    }

    /** The sender takes it: one attempt more, and it is SENDING until marked sent or failed. */
    public void claim(Instant at) {
        require(DeliveryState.PENDING);
        if (nextAttemptAt.isAfter(at)) {
            throw new DomainException("mail.error.notDue");
        }
        state = DeliveryState.SENDING;
        attempts++;
        claimedAt = at;
    }

    public void sent(Instant at) {
        require(DeliveryState.SENDING);
        state = DeliveryState.SENT;
        sentAt = at;
        lastError = null;
    }

    /** The SMTP server refused or was unreachable: try again later, or give up after the last attempt. */
    public void failed(Instant at, String error, Backoff backoff) {
        require(DeliveryState.SENDING);
        lastError = Texts.clip(error == null ? "?" : error, ERROR_LENGTH);
        if (backoff.givesUpAfter(attempts)) {
            state = DeliveryState.FAILED;
        } else {
            state = DeliveryState.PENDING;
            nextAttemptAt = at.plus(backoff.delayAfter(attempts));
        }
    }

    /**
     * The sender that claimed it is gone for longer than the lease: it may or may not have sent it. Never
     * resent on its own; an admin decides.
     */
    public boolean expireLease(Instant at, Duration lease) {
        if (state != DeliveryState.SENDING || claimedAt == null || claimedAt.plus(lease).isAfter(at)) {
            return false;
        }
        state = DeliveryState.UNCERTAIN;
        lastError = "lease expired at " + at + ": the sender stopped between claiming and marking it sent";
        return true;
    }

    /** An admin sends it again, knowingly (a FAILED or UNCERTAIN mail only). */
    public void requeue(Instant at) {
        if (!DeliveryState.requeueable().contains(state)) {
            throw new DomainException("mail.error.notRequeueable", state.name());
        }
        state = DeliveryState.PENDING;
        nextAttemptAt = at;
        claimedAt = null;
    }

    private void require(DeliveryState expected) {
        if (state != expected) {
            throw new DomainException("mail.error.state", state.name(), expected.name());
        }
    }

    public String getMailKey() {
        return mailKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getKind() {
        return kind;
    }

    public Long getNotificationId() {
        return notificationId;
    }

    public LocalDate getDigestDay() {
        return digestDay;
    }

    public Long getDigestId() {
        return digestId;
    }

    public DeliveryState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getMessageId() {
        return messageId;
    }
}
