package org.birge.portal.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that points at the newest audit record. Appending locks it, so concurrent transactions
 * extend the chain one after the other instead of forking it.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final long ID = 1L;

    @Id
    private long id;

    @Column(name = "last_seq", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    public AuditRecord append(AuditRecord.Entry entry, java.time.Instant at) {
        AuditRecord record = AuditRecord.next(lastSequence, lastHash, entry, at);
        lastSequence = record.getSequence();
        lastHash = record.getHash();
        return record;
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public String getLastHash() {
        return lastHash;
    }
}
