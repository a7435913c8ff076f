package org.birge.portal.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import org.birge.portal.shared.domain.Texts;

/**
 * One decision or change: who, in which role, when (UTC), what, on which record, the state before and
 * after, and an optional comment. Each row carries the hash of the row before it, so the chain breaks
 * where a row was changed or removed. Rows are never updated; there is no version and no setter.
 */
@Entity
@Table(name = "audit_record")
@NamedQuery(name = "AuditRecord.count", query = "select count(a) from AuditRecord a")
@NamedQuery(name = "AuditRecord.inOrder", query = "select a from AuditRecord a where a.sequence > :after"
        + " order by a.sequence")
@NamedQuery(name = "AuditRecord.forSubject", query = "select a from AuditRecord a where a.subjectType = :type"
        + " and a.subjectId = :id order by a.sequence desc")
public class AuditRecord {

    /** The hash that the first row of the chain points back to. */
    public static final String GENESIS = "0".repeat(64);
    public static final int TEXT_LENGTH = 4000;

    @Id
    @Column(name = "seq")
    private long sequence;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(name = "actor_role", nullable = false, updatable = false, length = 40)
    private String actorRole;

    @Column(nullable = false, updatable = false, length = 80)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 60)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Column(name = "before_state", updatable = false, length = TEXT_LENGTH)
    private String before;

    @Column(name = "after_state", updatable = false, length = TEXT_LENGTH)
    private String after;

    @Column(name = "comment_text", updatable = false, length = TEXT_LENGTH)
    private String comment;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditRecord() {
    }

    /** The next row of the chain after the row with {@code previousSequence} and {@code previousHash}. */
    public static AuditRecord next(long previousSequence, String previousHash, Entry entry, Instant at) {
        AuditRecord record = new AuditRecord();
        record.sequence = previousSequence + 1;
        record.occurredAt = at.truncatedTo(ChronoUnit.MILLIS);
        record.actor = Objects.requireNonNull(entry.actor(), "actor");
        record.actorRole = Objects.requireNonNull(entry.actorRole(), "actorRole");
        record.action = Objects.requireNonNull(entry.action(), "action");
        record.subjectType = Objects.requireNonNull(entry.subjectType(), "subjectType");
        record.subjectId = entry.subjectId();
        record.before = clip(entry.before());
        record.after = clip(entry.after());
        record.comment = clip(entry.comment());
        record.previousHash = Objects.requireNonNull(previousHash, "previousHash");
        record.hash = record.computeHash();
        return record;
    }

    private static String clip(String text) {
        return Texts.clip(text, TEXT_LENGTH);
    }

    /** The hash of this row's content and the previous hash, as stored rows must reproduce it. */
    public String computeHash() {
        // Each field is written with its length (or as absent), so no text can move across a field boundary
        // and an absent value never equals a text, without changing the hash.
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] {sequence, occurredAt.toEpochMilli(), actor, actorRole, action, subjectType,
                subjectId, before, after, comment, previousHash}) {
            if (field == null) {
                canonical.append('-');
            } else {
                String text = field.toString();
                canonical.append(text.length()).append(':').append(text);
            }
            canonical.append(';');
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether this row is intact and follows the row with {@code expectedPreviousHash}. */
    public boolean follows(String expectedPreviousHash) {
        return previousHash.equals(expectedPreviousHash) && hash.equals(computeHash());
    }

    /** What a service says about a change; the chain adds sequence, time and hashes. */
    public record Entry(String actor, String actorRole, String action, String subjectType, Long subjectId,
                        String before, String after, String comment) {
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRole() {
        return actorRole;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getComment() {
        return comment;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
