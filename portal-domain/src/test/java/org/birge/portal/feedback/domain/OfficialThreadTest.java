package org.birge.portal.feedback.domain;

import static org.birge.portal.testsupport.Ids.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

class OfficialThreadTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static OfficialThread governorThread() {
        return withId(OfficialThread.withGovernor("  Pool heating  ", 11, 1, 510L, "akim.zaisan", T0), 7);
    }

    @Test
    void aGovernorThreadIsHeldByTheDistrictAndItsRegionAndStartsOpen() {
        OfficialThread thread = governorThread();
        assertEquals(ThreadChannel.GOVERNOR, thread.getChannel());
        assertEquals("Pool heating", thread.getSubject(), "stripped");
        assertEquals(11L, thread.getDistrictId());
        assertEquals(1L, thread.getRegionId());
        assertNull(thread.getOfficialUsername());
        assertEquals(510L, thread.getProjectId());
        assertEquals(ThreadStatus.OPEN, thread.getStatus());
        assertEquals(0, thread.getMessageCount());
    }

    @Test
    void aProjectManagersThreadIsHeldByItsOfficialWhoMustBeAMayorGovernorOrTrainer() {
        OfficialThread thread = OfficialThread.withProjectManagers("Budget line", "trainer.saule", Role.TRAINER,
                null, null, null, T0);
        assertEquals(ThreadChannel.PROJECT_MANAGERS, thread.getChannel());
        assertEquals("trainer.saule", thread.getOfficialUsername());
        assertEquals(Role.TRAINER, thread.getOfficialRole());
        for (Role role : new Role[] {Role.RESIDENT, Role.ADMIN, Role.PROJECT_MANAGER}) {
            DomainException refused = assertThrows(DomainException.class, () -> OfficialThread.withProjectManagers(
                    "x", "someone", role, null, null, null, T0));
            assertEquals("feedback.thread.notAnOfficial", refused.getMessageKey());
        }
    }

    @Test
    void theSubjectIsRequiredAndBounded() {
        for (String blank : new String[] {null, "", "   \n"}) {
            DomainException refused = assertThrows(DomainException.class,
                    () -> OfficialThread.withGovernor(blank, 11, 1, null, "a", T0));
            assertEquals("feedback.thread.subjectRequired", refused.getMessageKey());
        }
        OfficialThread.withGovernor("x".repeat(OfficialThread.SUBJECT_LENGTH), 11, 1, null, "a", T0);
        DomainException tooLong = assertThrows(DomainException.class, () -> OfficialThread.withGovernor(
                "x".repeat(OfficialThread.SUBJECT_LENGTH + 1), 11, 1, null, "a", T0));
        assertEquals("feedback.textLength", tooLong.getMessageKey());
        assertEquals(OfficialThread.SUBJECT_LENGTH, tooLong.getArguments().get(0));
    }

    @Test
    void postingCountsTheMessagesAndKeepsTheLatestTime() {
        OfficialThread thread = governorThread();
        ThreadMessage first = thread.post("akim.zaisan", Role.MAYOR, " Hello ", T0.plusSeconds(60));
        ThreadMessage second = thread.post("governor.east", Role.GOVERNOR, "Hi", T0.plusSeconds(120));
        assertEquals(7L, first.getThreadId());
        assertEquals("Hello", first.getBody());
        assertEquals(Role.GOVERNOR, second.getAuthorRole());
        assertEquals(2, thread.getMessageCount());
        assertEquals(T0.plusSeconds(120), thread.getLastMessageAt());
        thread.post("akim.zaisan", Role.MAYOR, "late clock", T0);
        assertEquals(T0.plusSeconds(120), thread.getLastMessageAt(), "never goes back");
    }

    @Test
    void aMessageIsRequiredAndBounded() {
        OfficialThread thread = governorThread();
        assertEquals("feedback.thread.messageRequired", assertThrows(DomainException.class,
                () -> thread.post("a", Role.MAYOR, "  ", T0)).getMessageKey());
        assertEquals("feedback.textLength", assertThrows(DomainException.class,
                () -> thread.post("a", Role.MAYOR, "x".repeat(ThreadMessage.BODY_LENGTH + 1), T0)).getMessageKey());
        assertEquals(0, thread.getMessageCount());
    }

    @Test
    void eitherSideResolvesAndReopensAndAResolvedThreadTakesNoMessage() {
        OfficialThread thread = governorThread();
        thread.resolve("governor.east", T0.plusSeconds(5));
        assertEquals(ThreadStatus.RESOLVED, thread.getStatus());
        assertEquals("governor.east", thread.getStatusChangedBy());
        assertEquals("feedback.thread.resolvedNoMessage", assertThrows(DomainException.class,
                () -> thread.post("akim.zaisan", Role.MAYOR, "one more", T0)).getMessageKey());
        assertEquals("feedback.thread.alreadyResolved", assertThrows(DomainException.class,
                () -> thread.resolve("akim.zaisan", T0)).getMessageKey());
        thread.reopen("akim.zaisan", T0.plusSeconds(9));
        assertEquals(ThreadStatus.OPEN, thread.getStatus());
        assertEquals("akim.zaisan", thread.getStatusChangedBy());
        assertEquals(T0.plusSeconds(9), thread.getStatusChangedAt());
        assertEquals("feedback.thread.alreadyOpen", assertThrows(DomainException.class,
                () -> thread.reopen("akim.zaisan", T0)).getMessageKey());
        thread.post("akim.zaisan", Role.MAYOR, "one more", T0.plusSeconds(10));
        assertEquals(1, thread.getMessageCount());
    }

    @Test
    void aReadMarkerOnlyMovesForward() {
        ThreadRead read = new ThreadRead(7, "governor.east", 2, T0);
        assertEquals(false, read.see(1, T0.plusSeconds(1)));
        assertEquals(2, read.getSeenCount());
        assertEquals(T0, read.getSeenAt());
        assertEquals(true, read.see(5, T0.plusSeconds(2)));
        assertEquals(5, read.getSeenCount());
        assertThrows(IllegalArgumentException.class, () -> new ThreadRead(7, "x", -1, T0));
    }
}
