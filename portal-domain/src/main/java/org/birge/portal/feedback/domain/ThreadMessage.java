package org.birge.portal.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.VersionedEntity;

/** One message of a thread, never changed once posted; its files are attachments of the message. */
@Entity
@Table(name = "thread_message")
public class ThreadMessage extends VersionedEntity {

    public static final int BODY_LENGTH = 4000;

    @Column(name = "thread_id", nullable = false, updatable = false)
    private long threadId;

    @Column(name = "author_username", nullable = false, length = 100, updatable = false)
    private String authorUsername;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_role", nullable = false, length = 20, updatable = false)
    private Role authorRole;

    @Column(nullable = false, length = BODY_LENGTH, updatable = false)
    private String body;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private Instant postedAt;

    protected ThreadMessage() {
    }

    ThreadMessage(long threadId, String authorUsername, Role authorRole, String body, Instant postedAt) {
        this.threadId = threadId;
        this.authorUsername = Objects.requireNonNull(authorUsername, "author");
        this.authorRole = Objects.requireNonNull(authorRole, "role");
        this.body = FeedbackTexts.required(body, BODY_LENGTH, "feedback.thread.messageRequired",
                "feedback.textLength");
        this.postedAt = Objects.requireNonNull(postedAt, "postedAt");
    }

    public long getThreadId() {
        return threadId;
    }

    public String getAuthorUsername() {
        return authorUsername;
    }

    public Role getAuthorRole() {
        return authorRole;
    }

    public String getBody() {
        return body;
    }

    public Instant getPostedAt() {
        return postedAt;
    }
}
