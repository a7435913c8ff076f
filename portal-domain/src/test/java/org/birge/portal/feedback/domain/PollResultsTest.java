package org.birge.portal.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PollResultsTest {

    static PollResults.Tally tally(long id, int position, long votes) {
        return new PollResults.Tally(id, position, "Option " + position, votes);
    }

    @Test
    void theWinnerHasTheMostVotesAndSharesAddUp() {
        PollResults results = new PollResults(List.of(tally(1, 0, 15), tally(2, 1, 10), tally(3, 2, 7),
                tally(4, 3, 5), tally(5, 4, 3)));
        assertEquals(40, results.total());
        assertEquals(List.of(results.tallies().get(0)), results.winners());
        assertFalse(results.tie());
        assertEquals(37.5, results.share(results.tallies().get(0)));
        assertEquals(7.5, results.share(results.tallies().get(4)));
        assertTrue(results.isWinner(results.tallies().get(0)));
        assertFalse(results.isWinner(results.tallies().get(1)));
    }

    @Test
    void aTieNamesEveryLeaderInThePollsOrder() {
        PollResults results = new PollResults(List.of(tally(3, 2, 4), tally(1, 0, 4), tally(2, 1, 1)));
        assertTrue(results.tie());
        assertEquals(List.of(1L, 3L), results.winners().stream().map(PollResults.Tally::optionId).toList());
        assertEquals(List.of(0, 1, 2), results.tallies().stream().map(PollResults.Tally::position).toList());
    }

    @Test
    void withoutVotesThereIsNoWinnerAndNoShare() {
        PollResults results = new PollResults(List.of(tally(1, 0, 0), tally(2, 1, 0)));
        assertEquals(0, results.total());
        assertTrue(results.winners().isEmpty());
        assertFalse(results.tie());
        assertEquals(0.0, results.share(results.tallies().get(0)));
    }

    @Test
    void sharesAreRoundedToOneDecimal() {
        PollResults results = new PollResults(List.of(tally(1, 0, 1), tally(2, 1, 1), tally(3, 2, 1)));
        assertEquals(33.3, results.share(results.tallies().get(0)));
        assertTrue(results.tie());
        assertEquals(3, results.winners().size());
    }

    @Test
    void countsAreNeverNegative() {
        assertThrows(IllegalArgumentException.class, () -> new PollResults(List.of(tally(1, 0, -1))));
    }
}
