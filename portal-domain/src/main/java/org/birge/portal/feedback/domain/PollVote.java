package org.birge.portal.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.birge.portal.shared.domain.VersionedEntity;

/**
 * A resident's vote in a poll. The unique key (poll_id, voter_username) keeps it to one per resident, also
 * when two submissions arrive at the same moment.
 */
@Entity
@Table(name = "poll_vote")
public class PollVote extends VersionedEntity {

    @Column(name = "poll_id", nullable = false, updatable = false)
    private long pollId;

    @Column(name = "option_id", nullable = false, updatable = false)
    private long optionId;

    @Column(name = "voter_username", nullable = false, updatable = false, length = 100)
    private String voterUsername;

    @Column(name = "voted_at", nullable = false, updatable = false)
    private Instant votedAt;

    protected PollVote() {
    }

    /** A vote for {@code option} of {@code poll}, which must take votes on {@code today}. */
    public PollVote(Poll poll, PollOption option, String voterUsername, LocalDate today, Instant at) {
        poll.requireVotingOn(today);
        if (option == null || !poll.getOptions().contains(option)) {
            throw new org.birge.portal.shared.domain.DomainException("poll.vote.optionUnknown");
        }
        this.pollId = poll.getId();
        this.optionId = option.getId();
        this.voterUsername = Objects.requireNonNull(voterUsername, "voterUsername");
        this.votedAt = Objects.requireNonNull(at, "at");
    }

    public long getPollId() {
        return pollId;
    }

    public long getOptionId() {
        return optionId;
    }

    public String getVoterUsername() {
        return voterUsername;
    }

    public Instant getVotedAt() {
        return votedAt;
    }
}
