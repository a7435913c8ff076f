package org.birge.portal.training.domain;

import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small rules of the statuses and of the trainee. */
class StatusTest {

    @ParameterizedTest(name = "{0}: holds a seat {1}, active {2}")
    @CsvSource({
            "REQUESTED,     true,  true",
            "CONFIRMED,     true,  true",
            "WAITLISTED,    false, true",
            "WITHDRAWN,     false, false",
            "COMPLETED,     false, false",
            "NOT_COMPLETED, false, false"
    })
    void aRequestedOrConfirmedPlaceHoldsASeatAndAWaitingOneIsActiveToo(EnrolmentStatus status, boolean seat,
                                                                      boolean active) {
        assertEquals(seat, status.holdsSeat());
        assertEquals(active, status.isActive());
    }

    @ParameterizedTest(name = "{0}: live {1}")
    @CsvSource({
            "PLANNED,     true",
            "OPEN,        true",
            "IN_PROGRESS, true",
            "COMPLETED,   false",
            "CANCELLED,   false"
    })
    void aSessionIsLiveUntilItCompletesOrIsCancelled(SessionStatus status, boolean live) {
        assertEquals(live, status.isLive());
    }

    @Test
    void aTraineeIsTheirUsernameNameDistrictAndRegion() {
        Trainee trainee = new Trainee("akim.zaisan", "  Aigerim Nurlanovna ", 11L, 1L);

        assertEquals("akim.zaisan", trainee.getUsername());
        assertEquals("Aigerim Nurlanovna", trainee.getName());
        assertEquals(11L, trainee.getDistrictId());
        assertEquals(1L, trainee.getRegionId());
    }

    @Test
    void aTraineeOutsideADistrictHasNone() {
        Trainee trainee = new Trainee("governor.east", "Governor", null, 1L);

        assertNull(trainee.getDistrictId());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aTraineeNeedsAUsernameAndAName(String blank) {
        assertRefused("training.enrolment.traineeRequired", () -> new Trainee(blank, "Aigerim", 11L, 1L));
        assertRefused("training.enrolment.traineeRequired", () -> new Trainee("akim.zaisan", blank, 11L, 1L));
    }
}
