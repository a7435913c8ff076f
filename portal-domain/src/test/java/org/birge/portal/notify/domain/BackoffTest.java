package org.birge.portal.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(10), 5);

    @Test
    void theWaitDoublesFromTheBaseUpToTheMaximum() {
        assertEquals(Duration.ofMinutes(1), backoff.delayAfter(1));
        assertEquals(Duration.ofMinutes(2), backoff.delayAfter(2));
        assertEquals(Duration.ofMinutes(4), backoff.delayAfter(3));
        assertEquals(Duration.ofMinutes(8), backoff.delayAfter(4));
        assertEquals(Duration.ofMinutes(10), backoff.delayAfter(5));
        assertEquals(Duration.ofMinutes(10), backoff.delayAfter(500));
    }

    @Test
    void itGivesUpAfterTheLastAttempt() {
        assertFalse(backoff.givesUpAfter(4));
        assertTrue(backoff.givesUpAfter(5));
    }

    @Test
    void aNonsensicalBackoffIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(1), 0));
    }
}
