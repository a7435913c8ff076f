package org.birge.portal.feedback.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.birge.portal.feedback.domain.PollResults;
import org.birge.portal.feedback.domain.PollStatus;
import org.birge.portal.shared.service.Names;

/**
 * A poll as its page shows it to the reader: the state as of today, the options, the reader's own vote, the
 * results when the reader may see them (null otherwise), the proposal it started, and what the reader may do.
 */
public record PollView(long id, long version, String question, String description, LocalDate opensOn,
                       LocalDate closesOn, PollStatus status, Instant closedAt, Names district, List<Choice> options,
                       Long myChoice, PollResults results, Proposal proposal, Permissions can)
        implements Serializable {

    /** An option residents can choose. */
    public record Choice(long id, int position, String label) implements Serializable {
    }

    /** The project proposal started from the poll. */
    public record Proposal(long projectId, String title, String option) implements Serializable {
    }

    /** What the reader may do with the poll now. */
    public record Permissions(boolean edit, boolean editOptions, boolean open, boolean close, boolean vote,
                              boolean startProposal) implements Serializable {
    }

    public boolean hasResults() {
        return results != null;
    }

    public boolean voted() {
        return myChoice != null;
    }

    /** The label of the reader's own choice, or null. */
    public String myChoiceLabel() {
        return options.stream().filter(c -> myChoice != null && c.id() == myChoice).map(Choice::label).findFirst()
                .orElse(null);
    }
}
