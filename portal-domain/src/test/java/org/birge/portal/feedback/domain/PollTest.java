package org.birge.portal.feedback.domain;

import static org.birge.portal.testsupport.Ids.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.DistrictKind;
import org.birge.portal.org.domain.Region;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.LocalizedName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PollTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");
    static final District ZAISAN = withId(new District("ZAISAN", new LocalizedName("Зайсан", "Зайсан", "Zaisan"),
            DistrictKind.DISTRICT, withId(new Region("EAST-KZ", new LocalizedName("ШҚО", "ВКО", "East")), 1L)), 11L);

    static Poll.Content content(LocalDate opens, LocalDate closes, String... options) {
        return new Poll.Content("What would most improve our children's lives?", "Choose one.", opens, closes,
                Arrays.asList(options));
    }

    static Poll draft(String... options) {
        return new Poll(ZAISAN, "akim.zaisan", content(TODAY, TODAY.plusDays(14), options), TODAY);
    }

    static String key(Runnable action) {
        return assertThrows(DomainException.class, action::run).getMessageKey();
    }

    @Test
    void aNewPollIsADraftWithItsOptionsInOrderAndTextsTrimmed() {
        Poll poll = new Poll(ZAISAN, "akim.zaisan", new Poll.Content("  Question?  ", "   ", TODAY, TODAY,
                List.of(" Pool ", "", "  ", "Playground")), TODAY);
        assertEquals(PollStatus.DRAFT, poll.getStatus());
        assertEquals("Question?", poll.getQuestion());
        assertNull(poll.getDescription());
        assertEquals(List.of("Pool", "Playground"), poll.labels());
        assertEquals(0, poll.getOptions().get(0).getPosition());
        assertEquals(1, poll.getOptions().get(1).getPosition());
    }

    @Test
    void aPollHasFromTwoToTenOptions() {
        assertEquals("poll.optionCount", key(() -> draft("Only one")));
        assertEquals("poll.optionCount", key(() -> draft()));
        String[] eleven = new String[11];
        for (int i = 0; i < eleven.length; i++) {
            eleven[i] = "Option " + i;
        }
        assertEquals("poll.optionCount", key(() -> draft(eleven)));
        assertEquals(10, draft(Arrays.copyOf(eleven, 10)).getOptions().size());
        assertEquals(2, draft("A", "B").getOptions().size());
    }

    @Test
    void optionsAreUniqueIgnoringCaseAndNotTooLong() {
        assertEquals("poll.optionDuplicate", key(() -> draft("Pool", "POOL ")));
        assertEquals("poll.optionLength", key(() -> draft("A", "x".repeat(PollOption.LABEL_LENGTH + 1))));
        assertEquals(2, draft("A", "x".repeat(PollOption.LABEL_LENGTH)).getOptions().size());
    }

    @Test
    void theQuestionIsRequiredAndLimited() {
        assertEquals("poll.questionRequired", key(() -> new Poll(ZAISAN, "akim.zaisan",
                new Poll.Content("  ", null, TODAY, TODAY, List.of("A", "B")), TODAY)));
        assertEquals("poll.textLength", key(() -> new Poll(ZAISAN, "akim.zaisan",
                new Poll.Content("q".repeat(Poll.QUESTION_LENGTH + 1), null, TODAY, TODAY, List.of("A", "B")), TODAY)));
        assertEquals("poll.textLength", key(() -> new Poll(ZAISAN, "akim.zaisan",
                new Poll.Content("Q?", "d".repeat(Poll.DESCRIPTION_LENGTH + 1), TODAY, TODAY, List.of("A", "B")),
                TODAY)));
    }

    @Test
    void datesAreRequiredInOrderAndNotPast() {
        assertEquals("poll.datesRequired", key(() -> new Poll(ZAISAN, "a", content(null, TODAY, "A", "B"), TODAY)));
        assertEquals("poll.datesRequired", key(() -> new Poll(ZAISAN, "a", content(TODAY, null, "A", "B"), TODAY)));
        assertEquals("poll.closesBeforeOpens", key(() -> new Poll(ZAISAN, "a",
                content(TODAY.plusDays(3), TODAY.plusDays(2), "A", "B"), TODAY)));
        assertEquals("poll.closesInPast", key(() -> new Poll(ZAISAN, "a",
                content(TODAY.minusDays(5), TODAY.minusDays(1), "A", "B"), TODAY)));
        // One day is enough: it opens and closes today.
        assertEquals(TODAY, new Poll(ZAISAN, "a", content(TODAY, TODAY, "A", "B"), TODAY).getClosesOn());
    }

    @Test
    void draftOpenClosedAndNothingElse() {
        Poll poll = draft("A", "B");
        assertEquals("poll.notOpen", key(() -> poll.close(NOW)));
        poll.open(TODAY);
        assertEquals(PollStatus.OPEN, poll.getStatus());
        assertEquals("poll.notDraft", key(() -> poll.open(TODAY)));
        poll.close(NOW);
        assertEquals(PollStatus.CLOSED, poll.getStatus());
        assertEquals(NOW, poll.getClosedAt());
        assertEquals("poll.notOpen", key(() -> poll.close(NOW)));
        assertEquals("poll.notDraft", key(() -> poll.open(TODAY)));
        assertEquals("poll.closed", key(() -> poll.edit(content(TODAY, TODAY.plusDays(1), "A", "B"), false, TODAY)));
    }

    @Test
    void aDraftWhoseClosingDayPassedCannotBeOpened() {
        Poll poll = draft("A", "B");
        assertEquals("poll.closesInPast", key(() -> poll.open(TODAY.plusDays(15))));
        poll.open(TODAY.plusDays(14));
        assertEquals(PollStatus.OPEN, poll.getStatus());
    }

    @Test
    void anOpenPollIsClosedTheDayAfterItsClosingDayAndTheTimerStoresIt() {
        Poll poll = draft("A", "B");
        poll.open(TODAY);
        LocalDate last = TODAY.plusDays(14);
        assertEquals(PollStatus.OPEN, poll.statusOn(last));
        assertTrue(poll.acceptsVotesOn(last));
        assertEquals(PollStatus.CLOSED, poll.statusOn(last.plusDays(1)));
        assertFalse(poll.acceptsVotesOn(last.plusDays(1)));
        assertFalse(poll.closeIfDue(last, NOW));
        assertEquals(PollStatus.OPEN, poll.getStatus());
        assertTrue(poll.closeIfDue(last.plusDays(1), NOW));
        assertEquals(PollStatus.CLOSED, poll.getStatus());
        assertFalse(poll.closeIfDue(last.plusDays(2), NOW));
    }

    @Test
    void votesAreTakenOnlyWhileOpenBetweenTheDays() {
        Poll poll = new Poll(ZAISAN, "a", content(TODAY.plusDays(2), TODAY.plusDays(4), "A", "B"), TODAY);
        assertEquals("poll.vote.notOpen", key(() -> poll.requireVotingOn(TODAY)));
        poll.open(TODAY);
        assertEquals("poll.vote.notYet", key(() -> poll.requireVotingOn(TODAY.plusDays(1))));
        poll.requireVotingOn(TODAY.plusDays(2));
        poll.requireVotingOn(TODAY.plusDays(4));
        assertEquals("poll.vote.closed", key(() -> poll.requireVotingOn(TODAY.plusDays(5))));
        poll.close(NOW);
        assertEquals("poll.vote.closed", key(() -> poll.requireVotingOn(TODAY.plusDays(3))));
    }

    @Test
    void aVoteIsForAnOptionOfThePoll() {
        Poll poll = withId(draft("A", "B"), 500L);
        for (int i = 0; i < poll.getOptions().size(); i++) {
            withId(poll.getOptions().get(i), 501L + i);
        }
        poll.open(TODAY);
        PollVote vote = new PollVote(poll, poll.option(502L), "resident.zaisan", TODAY, NOW);
        assertEquals(500L, vote.getPollId());
        assertEquals(502L, vote.getOptionId());
        assertEquals("poll.vote.optionUnknown", key(() -> new PollVote(poll, poll.option(999L), "r", TODAY, NOW)));
        Poll other = withId(draft("A", "B"), 600L);
        withId(other.getOptions().get(0), 601L);
        other.open(TODAY);
        assertEquals("poll.vote.optionUnknown", key(() -> new PollVote(poll, other.getOptions().get(0), "r", TODAY,
                NOW)));
        poll.close(NOW);
        assertEquals("poll.vote.closed", key(() -> new PollVote(poll, poll.option(501L), "r", TODAY, NOW)));
    }

    @Test
    void editingRelabelsInPlaceAddsAndDropsAtTheEnd() {
        Poll poll = draft("A", "B", "C");
        PollOption first = poll.getOptions().get(0);
        poll.edit(content(TODAY, TODAY.plusDays(3), "A2", "B"), false, TODAY);
        assertEquals(List.of("A2", "B"), poll.labels());
        assertTrue(first == poll.getOptions().get(0), "the first option is the same row, relabelled");
        poll.edit(content(TODAY, TODAY.plusDays(3), "A2", "B", "C", "D"), false, TODAY);
        assertEquals(List.of("A2", "B", "C", "D"), poll.labels());
        assertEquals(3, poll.getOptions().get(3).getPosition());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void onceSomebodyVotedTheOptionsAndTheOpeningDayStay(boolean open) {
        Poll poll = draft("A", "B");
        if (open) {
            poll.open(TODAY);
        }
        assertEquals("poll.optionsLocked", key(() -> poll.edit(content(TODAY, TODAY.plusDays(14), "A", "C"), true,
                TODAY)));
        assertEquals("poll.optionsLocked", key(() -> poll.edit(content(TODAY, TODAY.plusDays(14), "A", "B", "C"),
                true, TODAY)));
        assertEquals("poll.opensOnLocked", key(() -> poll.edit(content(TODAY.plusDays(1), TODAY.plusDays(14), "A",
                "B"), true, TODAY)));
        // The question, the description and the closing day may still change, with the same options.
        poll.edit(new Poll.Content("New question?", null, TODAY, TODAY.plusDays(20), List.of(" A", "B ")), true, TODAY);
        assertEquals("New question?", poll.getQuestion());
        assertEquals(TODAY.plusDays(20), poll.getClosesOn());
    }

    @Test
    void aProposalComesOnlyFromAClosedPollsWinnerOrATiedLeader() {
        Poll poll = withId(draft("A", "B", "C"), 500L);
        for (int i = 0; i < 3; i++) {
            withId(poll.getOptions().get(i), 501L + i);
        }
        PollResults tie = results(new long[] {5, 5, 1});
        assertEquals("poll.proposal.notClosed", key(() -> poll.requireProposalFrom(501L, tie, TODAY)));
        poll.open(TODAY);
        assertEquals("poll.proposal.notClosed", key(() -> poll.requireProposalFrom(501L, tie, TODAY)));
        // After the closing day it counts as closed even before the timer stored it.
        poll.requireProposalFrom(501L, tie, TODAY.plusDays(15));
        poll.close(NOW);
        poll.requireProposalFrom(501L, tie, TODAY);
        poll.requireProposalFrom(502L, tie, TODAY);
        assertEquals("poll.proposal.notWinner", key(() -> poll.requireProposalFrom(503L, tie, TODAY)));
        assertEquals("poll.proposal.noVotes", key(() -> poll.requireProposalFrom(501L, results(new long[] {0, 0, 0}),
                TODAY)));
    }

    static PollResults results(long[] votes) {
        List<PollResults.Tally> tallies = new ArrayList<>();
        for (int i = 0; i < votes.length; i++) {
            tallies.add(new PollResults.Tally(501L + i, i, Character.toString('A' + i), votes[i]));
        }
        return new PollResults(tallies);
    }

    @Test
    void theEffectiveStateOfAStoredState() {
        assertEquals(PollStatus.DRAFT, Poll.effectiveStatus(PollStatus.DRAFT, TODAY.minusDays(9), TODAY));
        assertEquals(PollStatus.OPEN, Poll.effectiveStatus(PollStatus.OPEN, TODAY, TODAY));
        assertEquals(PollStatus.CLOSED, Poll.effectiveStatus(PollStatus.OPEN, TODAY.minusDays(1), TODAY));
        assertEquals(PollStatus.CLOSED, Poll.effectiveStatus(PollStatus.CLOSED, TODAY.plusDays(9), TODAY));
        assertNotNull(draft("A", "B").getDistrict());
    }
}
