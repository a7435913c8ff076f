package org.birge.portal.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.birge.portal.shared.domain.VersionedEntity;

/** How many of a thread's messages one participant has seen; the others are unread for them. */
@Entity
@Table(name = "thread_read")
public class ThreadRead extends VersionedEntity {

    @Column(name = "thread_id", nullable = false, updatable = false)
    private long threadId;

    @Column(nullable = false, length = 100, updatable = false)
    private String username;

    @Column(name = "seen_count", nullable = false)
    private int seenCount;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected ThreadRead() {
    }

    public ThreadRead(long threadId, String username, int seenCount, Instant at) {
        if (seenCount < 0) {
            throw new IllegalArgumentException("seen " + seenCount);
        }
        this.threadId = threadId;
        this.username = Objects.requireNonNull(username, "username");
        this.seenCount = seenCount;
        this.seenAt = Objects.requireNonNull(at, "at");
    }

    /** Seen up to {@code count} messages; a count below the one already seen changes nothing. */
    public boolean see(int count, Instant at) {
        if (count <= seenCount) {
            return false;
        }
        seenCount = count;
        seenAt = at;
        return true;
    }

    public long getThreadId() {
        return threadId;
    }

    public String getUsername() {
        return username;
    }

    public int getSeenCount() {
        return seenCount;
    }

    public Instant getSeenAt() {
        return seenAt;
    }
}
