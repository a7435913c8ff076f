package org.birge.portal.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.birge.portal.shared.domain.VersionedEntity;

/** One answer residents can choose, at its position in the poll (0 first). */
@Entity
@Table(name = "poll_option")
public class PollOption extends VersionedEntity {

    /** As long as a project title, so that the winning option can become one. */
    public static final int LABEL_LENGTH = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "poll_id", nullable = false, updatable = false)
    private Poll poll;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(nullable = false, length = LABEL_LENGTH)
    private String label;

    protected PollOption() {
    }

    PollOption(Poll poll, int position, String label) {
        this.poll = poll;
        this.position = position;
        this.label = label;
    }

    void relabel(String newLabel) {
        this.label = newLabel;
    }

    public Poll getPoll() {
        return poll;
    }

    public int getPosition() {
        return position;
    }

    public String getLabel() {
        return label;
    }
}
