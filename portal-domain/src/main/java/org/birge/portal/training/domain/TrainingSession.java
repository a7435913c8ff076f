package org.birge.portal.training.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.VersionedEntity;

/**
 * One run of a course: its days (one or several, not necessarily consecutive), the daily hours, where it
 * takes place (a venue, an online link, or both), how many seats it has and who trains. A session is
 * planned, opened for enrolment, started on its first day and completed from its last day on; it can be
 * cancelled until it is completed.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession extends VersionedEntity {

    public static final int VENUE_LENGTH = 200;
    public static final int LINK_LENGTH = 500;
    public static final int REASON_LENGTH = 1000;
    public static final int MAX_CAPACITY = 500;
    public static final int MAX_DAYS = 30;
    public static final int MAX_TRAINERS = 10;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "training_session_day", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "on_day", nullable = false)
    private Set<LocalDate> days = new HashSet<>();

    /** The first and last day, kept beside the days for ordering and overlap queries. */
    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(length = VENUE_LENGTH)
    private String venue;

    @Column(name = "online_link", length = LINK_LENGTH)
    private String onlineLink;

    @Column(nullable = false)
    private int capacity;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "training_session_trainer", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "username", nullable = false, length = 100)
    private Set<String> trainers = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionStatus status = SessionStatus.PLANNED;

    @Column(name = "cancel_reason", length = REASON_LENGTH)
    private String cancelReason;

    protected TrainingSession() {
    }

    public TrainingSession(Course course, Plan plan) {
        if (course == null || !course.runsSessions()) {
            throw new DomainException("training.session.courseNotPublished");
        }
        this.course = course;
        apply(plan);
    }

    /** What a trainer sets on a session. */
    public record Plan(Collection<LocalDate> days, LocalTime startsAt, LocalTime endsAt, String venue,
                       String onlineLink, int capacity, Collection<String> trainers) {
    }

    /**
     * Changes a session that has not started. Its capacity cannot go below the seats already taken
     * ({@code seatsTaken}), so that nobody confirmed loses their place.
     */
    public void revise(Plan plan, long seatsTaken) {
        if (status != SessionStatus.PLANNED && status != SessionStatus.OPEN) {
            throw new DomainException("training.session.notEditable");
        }
        if (plan.capacity() < seatsTaken) {
            throw new DomainException("training.session.capacityBelowTaken", seatsTaken);
        }
        apply(plan);
    }

    private void apply(Plan plan) {
        if (plan.days() == null || plan.days().isEmpty() || plan.days().stream().anyMatch(Objects::isNull)) {
            throw new DomainException("training.session.daysRequired");
        }
        TreeSet<LocalDate> newDays = new TreeSet<>(plan.days());
        if (newDays.size() > MAX_DAYS) {
            throw new DomainException("training.session.tooManyDays", MAX_DAYS);
        }
        if (plan.startsAt() == null || plan.endsAt() == null || !plan.endsAt().isAfter(plan.startsAt())) {
            throw new DomainException("training.session.hours");
        }
        boolean hasVenue = plan.venue() != null && !plan.venue().isBlank();
        boolean hasLink = plan.onlineLink() != null && !plan.onlineLink().isBlank();
        if (!hasVenue && !hasLink) {
            throw new DomainException("training.session.placeRequired");
        }
        if (hasVenue && plan.venue().strip().length() > VENUE_LENGTH) {
            throw new DomainException("training.session.venueLength", VENUE_LENGTH);
        }
        if (hasLink) {
            Material.requireWebAddress(plan.onlineLink().strip(), "training.session.link");
        }
        if (plan.capacity() < 1 || plan.capacity() > MAX_CAPACITY) {
            throw new DomainException("training.session.capacityRange", MAX_CAPACITY);
        }
        TreeSet<String> newTrainers = new TreeSet<>();
        if (plan.trainers() != null) {
            plan.trainers().stream().filter(t -> t != null && !t.isBlank()).map(String::strip).forEach(newTrainers::add);
        }
        if (newTrainers.isEmpty()) {
            throw new DomainException("training.session.trainersRequired");
        }
        if (newTrainers.size() > MAX_TRAINERS) {
            throw new DomainException("training.session.tooManyTrainers", MAX_TRAINERS);
        }
        days.clear();
        days.addAll(newDays);
        firstDay = newDays.first();
        lastDay = newDays.last();
        startsAt = plan.startsAt();
        endsAt = plan.endsAt();
        venue = hasVenue ? plan.venue().strip() : null;
        onlineLink = hasLink ? plan.onlineLink().strip() : null;
        capacity = plan.capacity();
        trainers.clear();
        trainers.addAll(newTrainers);
    }

    /** Opens enrolment; enrolment closes when the session starts. A session whose days are all past cannot open. */
    public void openEnrolment(LocalDate today) {
        if (status != SessionStatus.PLANNED) {
            throw new DomainException("training.session.notPlanned");
        }
        if (today.isAfter(lastDay)) {
            throw new DomainException("training.session.alreadyBegun");
        }
        status = SessionStatus.OPEN;
    }

    /** Starts the session, from its first day on. */
    public void start(LocalDate today) {
        if (status != SessionStatus.OPEN && status != SessionStatus.PLANNED) {
            throw new DomainException("training.session.notStartable");
        }
        if (today.isBefore(firstDay)) {
            throw new DomainException("training.session.notYetBegun");
        }
        status = SessionStatus.IN_PROGRESS;
    }

    /** Completes the session, from its last day on; the outcome of each trainee is computed then. */
    public void complete(LocalDate today) {
        if (status != SessionStatus.IN_PROGRESS) {
            throw new DomainException("training.session.notInProgress");
        }
        if (today.isBefore(lastDay)) {
            throw new DomainException("training.session.notYetEnded");
        }
        status = SessionStatus.COMPLETED;
    }

    public void cancel(String reason) {
        if (!status.isLive()) {
            throw new DomainException("training.session.notCancellable");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("training.session.reasonRequired");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new DomainException("training.textLength", REASON_LENGTH);
        }
        status = SessionStatus.CANCELLED;
        cancelReason = reason.strip();
    }

    /** Whether people can enrol or be nominated now. */
    public boolean takesEnrolments() {
        return status == SessionStatus.OPEN;
    }

    /** Whether attendance and scores can be recorded now. */
    public boolean isRunning() {
        return status == SessionStatus.IN_PROGRESS;
    }

    public boolean isDay(LocalDate day) {
        return days.contains(day);
    }

    /** Whether the two sessions share a day at overlapping hours. */
    public boolean overlaps(TrainingSession other) {
        if (other.lastDay.isBefore(firstDay) || other.firstDay.isAfter(lastDay)) {
            return false;
        }
        boolean sharedDay = other.days.stream().anyMatch(days::contains);
        return sharedDay && startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    public boolean isTrainer(String username) {
        return trainers.contains(username);
    }

    public Course getCourse() {
        return course;
    }

    public SortedSet<LocalDate> getDays() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(days));
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public String getVenue() {
        return venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public int getCapacity() {
        return capacity;
    }

    public SortedSet<String> getTrainers() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(trainers));
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
