package org.birge.portal.feedback.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.birge.portal.org.domain.District;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.VersionedEntity;

/**
 * A mayor's question to the residents of the district, with 2 to 10 options and the days it is open.
 * A draft can be changed freely; an open poll takes votes from its opening day to its closing day and then
 * counts as closed (the timer also stores it so); the mayor may close it early. Its options no longer change
 * once somebody voted.
 */
@Entity
@Table(name = "poll")
public class Poll extends VersionedEntity {

    public static final int QUESTION_LENGTH = 300;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 10;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false, updatable = false)
    private District district;

    @Column(nullable = false, length = QUESTION_LENGTH)
    private String question;

    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PollStatus status = PollStatus.DRAFT;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "poll", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PollOption> options = new ArrayList<>();

    /** What the mayor types: the question, an optional description, the days, and the options in order. */
    public record Content(String question, String description, LocalDate opensOn, LocalDate closesOn,
                          List<String> options) {
    }

    protected Poll() {
    }

    /** A draft poll of {@code district}, checked against {@code today}. */
    public Poll(District district, String createdBy, Content content, LocalDate today) {
        this.district = Objects.requireNonNull(district, "district");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        Content checked = check(content, today);
        apply(checked);
    }

    /**
     * Changes the poll as the mayor typed it. A closed poll no longer changes; the options stay as they are
     * once a vote exists ({@code hasVotes}), and so does the opening day.
     */
    public void edit(Content content, boolean hasVotes, LocalDate today) {
        if (statusOn(today) == PollStatus.CLOSED) {
            throw new DomainException("poll.closed");
        }
        Content checked = check(content, today);
        if (hasVotes) {
            if (!checked.options().equals(labels())) {
                throw new DomainException("poll.optionsLocked");
            }
            if (!checked.opensOn().equals(opensOn)) {
                throw new DomainException("poll.opensOnLocked");
            }
        }
        apply(checked);
    }

    /** Opens a draft for votes; it takes them from its opening day. */
    public void open(LocalDate today) {
        if (status != PollStatus.DRAFT) {
            throw new DomainException("poll.notDraft");
        }
        if (closesOn.isBefore(today)) {
            throw new DomainException("poll.closesInPast");
        }
        status = PollStatus.OPEN;
    }

    /** Closes an open poll now, before its closing day or after it. */
    public void close(Instant now) {
        if (status != PollStatus.OPEN) {
            throw new DomainException("poll.notOpen");
        }
        status = PollStatus.CLOSED;
        closedAt = Objects.requireNonNull(now, "now");
    }

    /** Stores the closing of an open poll whose closing day has passed; tells whether it did. */
    public boolean closeIfDue(LocalDate today, Instant now) {
        if (status == PollStatus.OPEN && today.isAfter(closesOn)) {
            close(now);
            return true;
        }
        return false;
    }

    /** The state as residents see it on {@code today}: an open poll past its closing day is closed. */
    public PollStatus statusOn(LocalDate today) {
        return effectiveStatus(status, closesOn, today);
    }

    /** The state on {@code today} of a poll stored as {@code stored} that closes on {@code closesOn}. */
    public static PollStatus effectiveStatus(PollStatus stored, LocalDate closesOn, LocalDate today) {
        return stored == PollStatus.OPEN && today.isAfter(closesOn) ? PollStatus.CLOSED : stored;
    }

    /** Whether residents can vote on {@code today}. */
    public boolean acceptsVotesOn(LocalDate today) {
        return statusOn(today) == PollStatus.OPEN && !today.isBefore(opensOn);
    }

    /** Refuses, with the reason, a vote on {@code today} that the poll cannot take. */
    public void requireVotingOn(LocalDate today) {
        switch (statusOn(today)) {
            case DRAFT -> throw new DomainException("poll.vote.notOpen");
            case CLOSED -> throw new DomainException("poll.vote.closed");
            case OPEN -> {
                if (today.isBefore(opensOn)) {
                    throw new DomainException("poll.vote.notYet", opensOn);
                }
            }
        }
    }

    /**
     * Refuses a proposal from {@code optionId} unless the poll is closed on {@code today} and the option is
     * the winner or one of the tied leaders of {@code results}.
     */
    public void requireProposalFrom(long optionId, PollResults results, LocalDate today) {
        if (statusOn(today) != PollStatus.CLOSED) {
            throw new DomainException("poll.proposal.notClosed");
        }
        if (results.total() == 0) {
            throw new DomainException("poll.proposal.noVotes");
        }
        if (results.winners().stream().noneMatch(w -> w.optionId() == optionId)) {
            throw new DomainException("poll.proposal.notWinner");
        }
    }

    /** The option of this poll with {@code optionId}, or null. */
    public PollOption option(long optionId) {
        return options.stream().filter(o -> o.getId() != null && o.getId() == optionId).findFirst().orElse(null);
    }

    /** The labels of the options in order. */
    public List<String> labels() {
        return options.stream().map(PollOption::getLabel).toList();
    }

    private void apply(Content content) {
        this.question = content.question();
        this.description = content.description();
        this.opensOn = content.opensOn();
        this.closesOn = content.closesOn();
        List<String> labels = content.options();
        // Relabel in place, then add or drop at the end: positions stay unique at every step of the write.
        for (int i = 0; i < Math.min(labels.size(), options.size()); i++) {
            options.get(i).relabel(labels.get(i));
        }
        while (options.size() > labels.size()) {
            options.remove(options.size() - 1);
        }
        for (int i = options.size(); i < labels.size(); i++) {
            options.add(new PollOption(this, i, labels.get(i)));
        }
    }

    /** The content with its texts trimmed and blank options left out, or the first rule it breaks. */
    static Content check(Content content, LocalDate today) {
        String q = trimmed(content.question());
        if (q == null) {
            throw new DomainException("poll.questionRequired");
        }
        if (q.length() > QUESTION_LENGTH) {
            throw new DomainException("poll.textLength", QUESTION_LENGTH);
        }
        String d = trimmed(content.description());
        if (d != null && d.length() > DESCRIPTION_LENGTH) {
            throw new DomainException("poll.textLength", DESCRIPTION_LENGTH);
        }
        if (content.opensOn() == null || content.closesOn() == null) {
            throw new DomainException("poll.datesRequired");
        }
        if (content.closesOn().isBefore(content.opensOn())) {
            throw new DomainException("poll.closesBeforeOpens");
        }
        if (content.closesOn().isBefore(today)) {
            throw new DomainException("poll.closesInPast");
        }
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String option : content.options() == null ? List.<String>of() : content.options()) {
            String label = trimmed(option);
            if (label == null) {
                continue;
            }
            if (label.length() > PollOption.LABEL_LENGTH) {
                throw new DomainException("poll.optionLength", PollOption.LABEL_LENGTH);
            }
            if (!seen.add(label.toLowerCase(Locale.ROOT))) {
                throw new DomainException("poll.optionDuplicate", label);
            }
            labels.add(label);
        }
        if (labels.size() < MIN_OPTIONS || labels.size() > MAX_OPTIONS) {
            throw new DomainException("poll.optionCount", MIN_OPTIONS, MAX_OPTIONS);
        }
        return new Content(q, d, content.opensOn(), content.closesOn(), List.copyOf(labels));
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public District getDistrict() {
        return district;
    }

    public String getQuestion() {
        return question;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public PollStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<PollOption> getOptions() {
        return List.copyOf(options);
    }
}
