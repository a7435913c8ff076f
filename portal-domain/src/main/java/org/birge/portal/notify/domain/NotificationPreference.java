package org.birge.portal.notify.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import org.birge.portal.shared.domain.VersionedEntity;

/** A person's choice of e-mail for one kind of notification; without a row the kind is mailed at once. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference extends VersionedEntity {

    @Column(nullable = false, length = 100, updatable = false)
    private String username;

    @Column(nullable = false, length = 40, updatable = false)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_mode", nullable = false, length = 20)
    private EmailMode emailMode;

    protected NotificationPreference() {
    }

    public NotificationPreference(String username, String kind, EmailMode emailMode) {
        this.username = Objects.requireNonNull(username);
        this.kind = Objects.requireNonNull(kind);
        this.emailMode = Objects.requireNonNull(emailMode);
    }

    public void choose(EmailMode mode) {
        this.emailMode = Objects.requireNonNull(mode);
    }

    public String getUsername() {
        return username;
    }

    public String getKind() {
        return kind;
    }

    public EmailMode getEmailMode() {
        return emailMode;
    }
}
