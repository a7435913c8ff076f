package org.birge.portal.feedback.domain;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * The count of a poll: the votes of each option in the poll's order, the total, each option's share, and
 * the winner, which is every option with the most votes (more than one is a tie, which the mayor settles
 * by choosing among them). A poll without votes has no winner.
 */
public record PollResults(List<Tally> tallies) implements Serializable {

    /** The votes of one option. */
    public record Tally(long optionId, int position, String label, long votes) implements Serializable {
    }

    public PollResults {
        tallies = tallies.stream().sorted(Comparator.comparingInt(Tally::position)).toList();
        if (tallies.stream().anyMatch(t -> t.votes() < 0)) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public long total() {
        return tallies.stream().mapToLong(Tally::votes).sum();
    }

    /** The share of {@code tally}'s votes in the total, in percent with one decimal; 0 without votes. */
    public double share(Tally tally) {
        long total = total();
        return total == 0 ? 0 : Math.round(tally.votes() * 1000.0 / total) / 10.0;
    }

    /** The options with the most votes, in the poll's order; none without votes. */
    public List<Tally> winners() {
        long most = tallies.stream().mapToLong(Tally::votes).max().orElse(0);
        return most == 0 ? List.of() : tallies.stream().filter(t -> t.votes() == most).toList();
    }

    /** Whether several options share the most votes. */
    public boolean tie() {
        return winners().size() > 1;
    }

    public boolean isWinner(Tally tally) {
        return winners().contains(tally);
    }
}
