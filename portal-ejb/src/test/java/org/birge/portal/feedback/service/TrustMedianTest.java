package org.birge.portal.feedback.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The median of working days from their counts, as percentile_cont(0.5) gives it. */
class TrustMedianTest {

    @Test
    void anOddCountGivesTheMiddleValue() {
        assertEquals(9.0, TrustQueries.median(Map.of(4, 1L, 9, 1L, 20, 1L)));
        assertEquals(11.0, TrustQueries.median(Map.of(4, 1L, 6, 1L, 9, 1L, 11, 1L, 13, 1L, 20, 1L, 25, 1L)));
    }

    @Test
    void anEvenCountGivesTheMeanOfTheTwoMiddleValues() {
        assertEquals(12.0, TrustQueries.median(Map.of(6, 1L, 11, 1L, 13, 1L, 25, 1L)));
        assertEquals(15.5, TrustQueries.median(Map.of(25, 1L, 6, 1L)));
    }

    @Test
    void repeatedValuesCountEachTime() {
        assertEquals(3.0, TrustQueries.median(Map.of(3, 5L, 10, 2L)));
        assertEquals(6.5, TrustQueries.median(Map.of(3, 2L, 10, 2L)));
        assertEquals(7.0, TrustQueries.median(Map.of(7, 1L)));
    }

    @Test
    void nothingGivesNone() {
        assertNull(TrustQueries.median(Map.of()));
        assertNull(TrustQueries.median(null));
    }
}
