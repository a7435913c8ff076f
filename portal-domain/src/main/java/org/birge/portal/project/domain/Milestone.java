package org.birge.portal.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.VersionedEntity;

/** A step of a project's implementation with its planned date and, once reached, its actual date. */
@Entity
@Table(name = "milestone")
public class Milestone extends VersionedEntity {

    public static final int TITLE_LENGTH = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "reached_on")
    private LocalDate reachedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MilestoneStatus status = MilestoneStatus.PLANNED;

    protected Milestone() {
    }

    Milestone(Project project, int position, Item item) {
        this.project = project;
        this.position = position;
        change(item);
    }

    /** What the mayor plans for a milestone. */
    public record Item(Long id, String title, LocalDate dueOn) {
    }

    void change(Item item) {
        if (item.title() == null || item.title().isBlank()) {
            throw new DomainException("project.milestone.titleRequired");
        }
        if (item.title().strip().length() > TITLE_LENGTH) {
            throw new DomainException("project.textLength", TITLE_LENGTH);
        }
        if (item.dueOn() == null) {
            throw new DomainException("project.milestone.dueRequired");
        }
        this.title = item.title().strip();
        this.dueOn = item.dueOn();
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    /** Records that the milestone was reached on {@code day}; a later report may correct the date. */
    public void reach(LocalDate day, LocalDate today) {
        if (day == null || day.isAfter(today)) {
            throw new DomainException("project.milestone.reachedInFuture");
        }
        this.reachedOn = day;
        this.status = MilestoneStatus.REACHED;
    }

    /** Late: not reached and its date has passed, or reached after its date. */
    public boolean isLate(LocalDate today) {
        return reachedOn == null ? dueOn.isBefore(today) : reachedOn.isAfter(dueOn);
    }

    public Project getProject() {
        return project;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getReachedOn() {
        return reachedOn;
    }

    public MilestoneStatus getStatus() {
        return status;
    }
}
