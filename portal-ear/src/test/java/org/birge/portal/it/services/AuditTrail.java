package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.birge.portal.audit.service.AuditRow;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.audit.service.AuditService.ChainStatus;
import org.birge.portal.shared.service.PageRequest;

/**
 * The audit trail as an administrator reads it through {@link AuditService#page}, newest first: where it
 * ends now, and what was appended after that. The test servers serve one test at a time, so every row
 * after a mark belongs to what the test did after taking it. Call it outside a {@link TestSignIn#as}
 * block: it signs in and out itself.
 */
final class AuditTrail {

    private static final String READER = "it-audit-reader";
    private static final int BATCH = 100;

    private final AuditService audit;
    private final TestSignIn signIn;

    AuditTrail(AuditService audit, TestSignIn signIn) {
        this.audit = audit;
        this.signIn = signIn;
    }

    /** The sequence of the newest row, 0 on an empty trail. */
    long mark() throws Exception {
        List<AuditRow> newest = signIn.as(READER, "admin", () -> audit.page(PageRequest.of(0, 1)).rows());
        return newest.isEmpty() ? 0 : newest.get(0).sequence();
    }

    /** The rows appended after {@code mark}, newest first, as the page lists them. */
    List<AuditRow> since(long mark) throws Exception {
        List<AuditRow> rows = new ArrayList<>();
        for (int first = 0; ; first += BATCH) {
            int start = first;
            List<AuditRow> page = signIn.as(READER, "admin",
                    () -> audit.page(PageRequest.of(start, BATCH)).rows());
            for (AuditRow row : page) {
                if (row.sequence() <= mark) {
                    return rows;
                }
                rows.add(row);
            }
            if (page.size() < BATCH) {
                return rows;
            }
        }
    }

    /** The single row appended after {@code mark}; fails when there is none or more than one. */
    AuditRow onlyRowSince(long mark) throws Exception {
        List<AuditRow> rows = since(mark);
        assertEquals(1, rows.size(), () -> "exactly one audit row expected after " + mark + ", got " + rows);
        assertEquals(mark + 1, rows.get(0).sequence(), "the row extends the chain by one");
        return rows.get(0);
    }

    void assertNothingSince(long mark) throws Exception {
        List<AuditRow> rows = since(mark);
        assertTrue(rows.isEmpty(), () -> "no audit row expected after " + mark + ", got " + rows);
    }

    ChainStatus verify() throws Exception {
        return signIn.as(READER, "admin", audit::verify);
    }

    void assertIntact() throws Exception {
        ChainStatus status = verify();
        assertTrue(status.intact(), () -> "audit chain broken at " + status.firstBrokenSequence());
        assertEquals(mark(), status.rowsChecked(), "verify walks every row up to the newest");
    }

    /**
     * Checks one row: what was done to which record, by whom in which role, and the state before and after
     * as the fragments given (null {@code before} means the row must have none, as for a creation).
     */
    static void assertRow(AuditRow row, String action, String subjectType, long subjectId, String actor,
                          String actorRole, List<String> before, List<String> after) {
        assertEquals(action, row.action(), "action");
        assertEquals(subjectType, row.subjectType(), "subject type");
        assertEquals(Long.valueOf(subjectId), row.subjectId(), "subject id");
        assertEquals(actor, row.actor(), "actor");
        assertEquals(actorRole, row.actorRole(), "actor role");
        assertNotNull(row.occurredAt(), "time");
        if (before == null) {
            assertNull(row.before(), "a creation has no before state");
        } else {
            assertNotNull(row.before(), "before state");
            before.forEach(part -> assertTrue(row.before().contains(part),
                    () -> "before state " + row.before() + " lacks " + part));
        }
        assertNotNull(row.after(), "after state");
        after.forEach(part -> assertTrue(row.after().contains(part),
                () -> "after state " + row.after() + " lacks " + part));
    }
}
