package org.birge.portal.feedback.service;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The community poll a proposal came from, as its page shows it: the question, the chosen option, its votes
 * of all votes, and the poll's closing day.
 */
public record PollEvidence(long pollId, String question, String option, long optionVotes, long totalVotes,
                           LocalDate closesOn) implements Serializable {
}
