package org.birge.portal.feedback.domain;

import static org.birge.portal.testsupport.Ids.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

class AnnouncementTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aGovernorWritesToTheMayorsOfOneRegion() {
        Announcement toEast = new Announcement("governor.east", Role.GOVERNOR, 1L, " Heating season ", " Text ", T0);
        assertEquals("Heating season", toEast.getSubject());
        assertEquals("Text", toEast.getBody());
        assertTrue(toEast.reaches(1L));
        assertFalse(toEast.reaches(2L), "a mayor of another region");
        assertFalse(toEast.reaches(null), "someone of no region");
        assertEquals("feedback.announcement.governorRegion", assertThrows(DomainException.class,
                () -> new Announcement("governor.east", Role.GOVERNOR, null, "s", "b", T0)).getMessageKey());
    }

    @Test
    void aProjectManagerWritesToAllMayorsOrOneRegion() {
        Announcement toAll = new Announcement("pm.aliya", Role.PROJECT_MANAGER, null, "s", "b", T0);
        assertTrue(toAll.reaches(1L));
        assertTrue(toAll.reaches(2L));
        Announcement toPavlodar = new Announcement("pm.aliya", Role.PROJECT_MANAGER, 2L, "s", "b", T0);
        assertFalse(toPavlodar.reaches(1L));
    }

    @Test
    void onlyGovernorsAndProjectManagersAnnounce() {
        for (Role role : new Role[] {Role.MAYOR, Role.TRAINER, Role.ADMIN, Role.RESIDENT}) {
            assertEquals("feedback.announcement.notASender", assertThrows(DomainException.class,
                    () -> new Announcement("x", role, 1L, "s", "b", T0)).getMessageKey());
        }
    }

    @Test
    void subjectAndTextAreRequiredAndBounded() {
        assertEquals("feedback.announcement.subjectRequired", assertThrows(DomainException.class,
                () -> new Announcement("x", Role.GOVERNOR, 1L, " ", "b", T0)).getMessageKey());
        assertEquals("feedback.announcement.bodyRequired", assertThrows(DomainException.class,
                () -> new Announcement("x", Role.GOVERNOR, 1L, "s", null, T0)).getMessageKey());
        assertEquals("feedback.textLength", assertThrows(DomainException.class, () -> new Announcement("x",
                Role.GOVERNOR, 1L, "s", "b".repeat(Announcement.BODY_LENGTH + 1), T0)).getMessageKey());
    }

    @Test
    void aReceiptIsOnlyForAMayorOfTheAudience() {
        Announcement toEast = withId(new Announcement("governor.east", Role.GOVERNOR, 1L, "s", "b", T0), 250);
        AnnouncementReceipt receipt = new AnnouncementReceipt(toEast, "akim.zaisan", 11, 1, T0.plusSeconds(3));
        assertEquals(250L, receipt.getAnnouncementId());
        assertEquals(11L, receipt.getDistrictId());
        assertEquals(T0.plusSeconds(3), receipt.getReadAt());
        assertEquals("feedback.announcement.notInAudience", assertThrows(DomainException.class,
                () -> new AnnouncementReceipt(toEast, "akim.ekibastuz", 32, 2, T0)).getMessageKey());
    }
}
