package org.birge.portal.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.stream.Stream;
import org.birge.portal.testsupport.Reflection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditRecordTest {

    private static final Instant AT = Instant.parse("2025-03-01T08:15:30.123456789Z");

    private static AuditRecord.Entry entry(String after) {
        return new AuditRecord.Entry("a.admin", "admin", "district.rename", "District", 2000L,
                "{\"name\":\"Zaisan\"}", after, "typo in the name");
    }

    private static final AuditRecord.Entry RENAME = entry("{\"name\":\"Zaysan\"}");
    private static final AuditRecord.Entry DEACTIVATE = new AuditRecord.Entry("p.manager", "project-manager",
            "district.deactivate", "District", 2000L, "active", "inactive", null);

    @Test
    void genesisIsSixtyFourZeros() {
        assertEquals("0000000000000000000000000000000000000000000000000000000000000000", AuditRecord.GENESIS);
    }

    @Test
    void nextTakesOverTheEntryAndCountsOnFromThePreviousRow() {
        AuditRecord record = AuditRecord.next(41, "ab".repeat(32), RENAME, AT);

        assertEquals(42, record.getSequence());
        assertEquals("a.admin", record.getActor());
        assertEquals("admin", record.getActorRole());
        assertEquals("district.rename", record.getAction());
        assertEquals("District", record.getSubjectType());
        assertEquals(2000L, record.getSubjectId());
        assertEquals("{\"name\":\"Zaisan\"}", record.getBefore());
        assertEquals("{\"name\":\"Zaysan\"}", record.getAfter());
        assertEquals("typo in the name", record.getComment());
        assertEquals("ab".repeat(32), record.getPreviousHash());
    }

    @Test
    void theTimeIsKeptToTheMillisecondAsTheDatabaseStoresIt() {
        AuditRecord record = AuditRecord.next(0, AuditRecord.GENESIS, RENAME, AT);

        assertEquals(Instant.parse("2025-03-01T08:15:30.123Z"), record.getOccurredAt());
    }

    @Test
    void theHashIsASha256InLowerCaseHex() {
        AuditRecord record = AuditRecord.next(0, AuditRecord.GENESIS, RENAME, AT);

        assertTrue(record.getHash().matches("[0-9a-f]{64}"), record.getHash());
        assertEquals(record.computeHash(), record.getHash());
    }

    @Test
    void theSameEntryAtTheSamePlaceGivesTheSameHash() {
        assertEquals(AuditRecord.next(0, AuditRecord.GENESIS, RENAME, AT).getHash(),
                AuditRecord.next(0, AuditRecord.GENESIS, entry("{\"name\":\"Zaysan\"}"), AT).getHash());
    }

    @Test
    void theHashDependsOnThePreviousHash() {
        assertNotEquals(AuditRecord.next(0, AuditRecord.GENESIS, RENAME, AT).getHash(),
                AuditRecord.next(0, "f".repeat(64), RENAME, AT).getHash());
    }

    @Test
    void theHashDependsOnThePositionInTheChain() {
        assertNotEquals(AuditRecord.next(0, AuditRecord.GENESIS, RENAME, AT).getHash(),
                AuditRecord.next(1, AuditRecord.GENESIS, RENAME, AT).getHash());
    }

    @Test
    void rowsAppendedOneAfterTheOtherFormALinkedChain() {
        AuditRecord first = AuditRecord.next(0, AuditRecord.GENESIS, RENAME, AT);
        AuditRecord second = AuditRecord.next(first.getSequence(), first.getHash(), DEACTIVATE, AT.plusSeconds(1));
        AuditRecord third = AuditRecord.next(second.getSequence(), second.getHash(), RENAME, AT.plusSeconds(2));

        assertEquals(1, first.getSequence());
        assertEquals(2, second.getSequence());
        assertEquals(3, third.getSequence());
        assertEquals(AuditRecord.GENESIS, first.getPreviousHash());
        assertEquals(first.getHash(), second.getPreviousHash());
        assertEquals(second.getHash(), third.getPreviousHash());
        assertTrue(first.follows(AuditRecord.GENESIS));
        assertTrue(second.follows(first.getHash()));
        assertTrue(third.follows(second.getHash()));
    }

    @Test
    void aRowDoesNotFollowARowOtherThanItsPredecessor() {
        AuditRecord first = AuditRecord.next(0, AuditRecord.GENESIS, RENAME, AT);
        AuditRecord second = AuditRecord.next(first.getSequence(), first.getHash(), DEACTIVATE, AT);
        AuditRecord third = AuditRecord.next(second.getSequence(), second.getHash(), RENAME, AT);

        assertFalse(second.follows(AuditRecord.GENESIS));
        assertFalse(third.follows(first.getHash()), "the row in between was removed");
    }

    @Test
    void aRowWhoseStoredHashWasReplacedIsDetected() {
        AuditRecord first = AuditRecord.next(0, AuditRecord.GENESIS, RENAME, AT);

        Reflection.set(first, AuditRecord.class, "hash", "e".repeat(64));

        assertFalse(first.follows(AuditRecord.GENESIS));
    }

    @Test
    void aRowWhosePreviousHashWasRewrittenIsDetected() {
        AuditRecord first = AuditRecord.next(0, AuditRecord.GENESIS, RENAME, AT);
        AuditRecord second = AuditRecord.next(first.getSequence(), first.getHash(), DEACTIVATE, AT);

        // Someone removes the first row and points the second straight at the genesis.
        Reflection.set(second, AuditRecord.class, "previousHash", AuditRecord.GENESIS);

        assertFalse(second.follows(AuditRecord.GENESIS));
    }

    static Stream<Arguments> tamperings() {
        return Stream.of(
                Arguments.of("sequence", 7L),
                Arguments.of("occurredAt", AT.plusMillis(1)),
                Arguments.of("actor", "someone.else"),
                Arguments.of("actorRole", "governor"),
                Arguments.of("action", "district.delete"),
                Arguments.of("subjectType", "Region"),
                Arguments.of("subjectId", 2050L),
                Arguments.of("subjectId", null),
                Arguments.of("before", "{\"name\":\"Other\"}"),
                Arguments.of("before", null),
                Arguments.of("after", "{\"name\":\"Forged\"}"),
                Arguments.of("comment", "nothing to see"),
                Arguments.of("comment", null));
    }

    @ParameterizedTest(name = "{0} changed to {1}")
    @MethodSource("tamperings")
    void aRowWithAChangedFieldNoLongerFollows(String field, Object value) {
        AuditRecord first = AuditRecord.next(0, AuditRecord.GENESIS, RENAME, AT);
        AuditRecord second = AuditRecord.next(first.getSequence(), first.getHash(), RENAME, AT);

        Reflection.set(second, AuditRecord.class, field, value);

        assertFalse(second.follows(first.getHash()));
    }

    @Test
    void anOptionalFieldThatWasEmptyAndIsFilledInLaterIsDetected() {
        AuditRecord record = AuditRecord.next(0, AuditRecord.GENESIS, DEACTIVATE, AT);

        Reflection.set(record, AuditRecord.class, "comment", "approved by the akim");

        assertFalse(record.follows(AuditRecord.GENESIS));
    }

    @Test
    void emptyOptionalFieldsStayEmpty() {
        AuditRecord record = AuditRecord.next(0, AuditRecord.GENESIS,
                new AuditRecord.Entry("system", "admin", "chain.verify", "AuditRecord", null, null, null, null), AT);

        assertNull(record.getSubjectId());
        assertNull(record.getBefore());
        assertNull(record.getAfter());
        assertNull(record.getComment());
        assertTrue(record.follows(AuditRecord.GENESIS));
    }

    @Test
    void textsLongerThanTheColumnAreClippedToIt() {
        String tooLong = "b".repeat(AuditRecord.TEXT_LENGTH) + "BEYOND";
        AuditRecord record = AuditRecord.next(0, AuditRecord.GENESIS,
                new AuditRecord.Entry("a.admin", "admin", "import", "District", null, tooLong, tooLong, tooLong), AT);

        assertEquals("b".repeat(AuditRecord.TEXT_LENGTH), record.getBefore());
        assertEquals("b".repeat(AuditRecord.TEXT_LENGTH), record.getAfter());
        assertEquals("b".repeat(AuditRecord.TEXT_LENGTH), record.getComment());
    }

    @Test
    void theHashCoversTheClippedTextAsItIsStored() {
        String tooLong = "b".repeat(AuditRecord.TEXT_LENGTH + 1);
        AuditRecord record = AuditRecord.next(0, AuditRecord.GENESIS,
                new AuditRecord.Entry("a.admin", "admin", "import", "District", null, null, tooLong, null), AT);

        assertTrue(record.follows(AuditRecord.GENESIS));
        assertEquals(AuditRecord.next(0, AuditRecord.GENESIS, new AuditRecord.Entry("a.admin", "admin", "import",
                "District", null, null, "b".repeat(AuditRecord.TEXT_LENGTH), null), AT).getHash(), record.getHash());
    }

    @Test
    void textsOfExactlyTheColumnLengthAreKeptWhole() {
        String longest = "c".repeat(AuditRecord.TEXT_LENGTH);
        AuditRecord record = AuditRecord.next(0, AuditRecord.GENESIS,
                new AuditRecord.Entry("a.admin", "admin", "import", "District", null, longest, longest, longest), AT);

        assertEquals(longest, record.getBefore());
        assertEquals(longest, record.getAfter());
        assertEquals(longest, record.getComment());
    }

    @Test
    void anEntryNeedsActorRoleActionAndSubjectType() {
        assertEquals("actor", assertThrows(NullPointerException.class, () -> AuditRecord.next(0, AuditRecord.GENESIS,
                new AuditRecord.Entry(null, "admin", "a", "District", null, null, null, null), AT)).getMessage());
        assertEquals("actorRole", assertThrows(NullPointerException.class, () -> AuditRecord.next(0,
                AuditRecord.GENESIS, new AuditRecord.Entry("x", null, "a", "District", null, null, null, null), AT))
                .getMessage());
        assertEquals("action", assertThrows(NullPointerException.class, () -> AuditRecord.next(0, AuditRecord.GENESIS,
                new AuditRecord.Entry("x", "admin", null, "District", null, null, null, null), AT)).getMessage());
        assertEquals("subjectType", assertThrows(NullPointerException.class, () -> AuditRecord.next(0,
                AuditRecord.GENESIS, new AuditRecord.Entry("x", "admin", "a", null, null, null, null, null), AT))
                .getMessage());
    }

    @Test
    void aRowNeedsAPreviousHash() {
        assertEquals("previousHash", assertThrows(NullPointerException.class,
                () -> AuditRecord.next(0, null, RENAME, AT)).getMessage());
    }
}
