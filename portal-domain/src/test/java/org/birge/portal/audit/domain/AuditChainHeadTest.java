package org.birge.portal.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.birge.portal.testsupport.Reflection;
import org.junit.jupiter.api.Test;

class AuditChainHeadTest {

    private static final Instant AT = Instant.parse("2025-03-01T08:15:30Z");
    private static final AuditRecord.Entry CREATE = new AuditRecord.Entry("a.admin", "admin", "region.create",
            "Region", 1000L, null, "EKR", null);
    private static final AuditRecord.Entry RENAME = new AuditRecord.Entry("a.admin", "admin", "region.rename",
            "Region", 1000L, "East", "East Kazakhstan", "full name");

    /** The head as the first migration inserts it: row 1, no records yet, pointing at the genesis. */
    private static AuditChainHead freshHead() {
        AuditChainHead head = Reflection.instantiate(AuditChainHead.class);
        Reflection.set(head, AuditChainHead.class, "id", AuditChainHead.ID);
        Reflection.set(head, AuditChainHead.class, "lastSequence", 0L);
        Reflection.set(head, AuditChainHead.class, "lastHash", AuditRecord.GENESIS);
        return head;
    }

    @Test
    void theFirstAppendStartsTheChainAtTheGenesis() {
        AuditChainHead head = freshHead();

        AuditRecord first = head.append(CREATE, AT);

        assertEquals(1, first.getSequence());
        assertEquals(AuditRecord.GENESIS, first.getPreviousHash());
        assertTrue(first.follows(AuditRecord.GENESIS));
    }

    @Test
    void appendAdvancesTheHeadToTheNewRecord() {
        AuditChainHead head = freshHead();

        AuditRecord first = head.append(CREATE, AT);

        assertEquals(1, head.getLastSequence());
        assertEquals(first.getHash(), head.getLastHash());
    }

    @Test
    void eachAppendLinksToTheRecordBeforeIt() {
        AuditChainHead head = freshHead();

        AuditRecord first = head.append(CREATE, AT);
        AuditRecord second = head.append(RENAME, AT.plusSeconds(5));

        assertEquals(2, second.getSequence());
        assertEquals(first.getHash(), second.getPreviousHash());
        assertTrue(second.follows(first.getHash()));
        assertEquals(2, head.getLastSequence());
        assertEquals(second.getHash(), head.getLastHash());
    }

    @Test
    void theHeadContinuesAChainThatAlreadyHasRows() {
        AuditRecord earlier = AuditRecord.next(41, "ab".repeat(32), CREATE, AT);
        AuditChainHead head = freshHead();
        Reflection.set(head, AuditChainHead.class, "lastSequence", earlier.getSequence());
        Reflection.set(head, AuditChainHead.class, "lastHash", earlier.getHash());

        AuditRecord next = head.append(RENAME, AT);

        assertEquals(43, next.getSequence());
        assertTrue(next.follows(earlier.getHash()));
    }

    @Test
    void aRefusedEntryLeavesTheHeadWhereItWas() {
        AuditChainHead head = freshHead();
        AuditRecord first = head.append(CREATE, AT);

        assertThrows(NullPointerException.class, () -> head.append(
                new AuditRecord.Entry(null, "admin", "region.rename", "Region", 1000L, null, null, null), AT));

        assertEquals(1, head.getLastSequence());
        assertEquals(first.getHash(), head.getLastHash());
    }
}
