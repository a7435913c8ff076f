package org.birge.portal.training.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.VersionedEntity;

/**
 * A trainee's place in a session. Enrolling takes a free seat (requested, until the trainer confirms) or
 * a place on the waiting list, in the order people came; a withdrawal frees the seat for the first one
 * waiting. While the session runs the trainer records the days present and the pre- and post-test
 * scores; when it is completed the course's rule decides, from those, whether the trainee completed it.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment extends VersionedEntity {

    public static final int MAX_SCORE = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private TrainingSession session;

    @Embedded
    private Trainee trainee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status;

    /** When the person last joined the session: the waiting list is served in this order. */
    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "nominated_by", length = 100)
    private String nominatedBy;

    @Column(name = "pre_score")
    private Integer preScore;

    @Column(name = "post_score")
    private Integer postScore;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "enrolment_attendance", joinColumns = @JoinColumn(name = "enrolment_id"))
    @Column(name = "on_day", nullable = false)
    private Set<LocalDate> daysPresent = new HashSet<>();

    protected Enrolment() {
    }

    /**
     * Enrols {@code trainee} in {@code session}, by themselves or nominated by {@code nominatedBy}, into a
     * seat when {@code seatFree}, on the waiting list otherwise.
     */
    public Enrolment(TrainingSession session, Trainee trainee, String nominatedBy, boolean seatFree, Instant at) {
        if (!session.takesEnrolments()) {
            throw new DomainException("training.enrolment.sessionClosed");
        }
        this.session = session;
        this.trainee = trainee;
        this.nominatedBy = nominatedBy;
        join(seatFree, at);
    }

    /** Enrols again after a withdrawal; the person joins the end of the queue. */
    public void reenrol(String nominator, boolean seatFree, Instant at) {
        if (status != EnrolmentStatus.WITHDRAWN) {
            throw new DomainException("training.enrolment.already");
        }
        if (!session.takesEnrolments()) {
            throw new DomainException("training.enrolment.sessionClosed");
        }
        this.nominatedBy = nominator;
        join(seatFree, at);
    }

    private void join(boolean seatFree, Instant at) {
        status = seatFree ? EnrolmentStatus.REQUESTED : EnrolmentStatus.WAITLISTED;
        queuedAt = at;
    }

    /** The trainer confirms a requested seat. */
    public void confirm() {
        if (status != EnrolmentStatus.REQUESTED) {
            throw new DomainException("training.enrolment.notRequested");
        }
        requireLiveSession();
        status = EnrolmentStatus.CONFIRMED;
    }

    /** Gives a waiting person the seat someone freed. */
    public void promote() {
        if (status != EnrolmentStatus.WAITLISTED) {
            throw new DomainException("training.enrolment.notWaiting");
        }
        requireLiveSession();
        status = EnrolmentStatus.REQUESTED;
    }

    /** Leaves the session before it completes; answers whether a seat was freed. */
    public boolean withdraw() {
        if (!status.isActive()) {
            throw new DomainException("training.enrolment.notActive");
        }
        requireLiveSession();
        boolean freed = status.holdsSeat();
        status = EnrolmentStatus.WITHDRAWN;
        return freed;
    }

    /** Records whether the trainee was present on one of the session's days. */
    public void markAttendance(LocalDate day, boolean present) {
        requireRecordable();
        if (!session.isDay(day)) {
            throw new DomainException("training.attendance.notSessionDay", day);
        }
        if (present) {
            daysPresent.add(day);
        } else {
            daysPresent.remove(day);
        }
    }

    /** Records the pre- and post-test scores, 0 to 100; null where the test was not taken. */
    public void recordScores(Integer pre, Integer post) {
        requireRecordable();
        for (Integer score : new Integer[] {pre, post}) {
            if (score != null && (score < 0 || score > MAX_SCORE)) {
                throw new DomainException("training.score.range", MAX_SCORE);
            }
        }
        preScore = pre;
        postScore = post;
    }

    /**
     * Decides the outcome by the course's rule once the session is completed: a seat holder completed the
     * course or did not; a person still waiting leaves the list. Answers whether the course was completed.
     */
    public boolean decide() {
        if (session.getStatus() != SessionStatus.COMPLETED) {
            throw new DomainException("training.session.notCompleted");
        }
        if (status == EnrolmentStatus.WAITLISTED) {
            status = EnrolmentStatus.WITHDRAWN;
            return false;
        }
        if (!status.holdsSeat()) {
            return status == EnrolmentStatus.COMPLETED;
        }
        boolean met = session.getCourse().getRule().isMet(daysPresent.size(), session.getDays().size(), postScore);
        status = met ? EnrolmentStatus.COMPLETED : EnrolmentStatus.NOT_COMPLETED;
        return met;
    }

    /** A cancelled session ends every active place in it. */
    public void sessionCancelled() {
        if (session.getStatus() != SessionStatus.CANCELLED) {
            throw new DomainException("training.session.notCancelled");
        }
        if (status.isActive()) {
            status = EnrolmentStatus.WITHDRAWN;
        }
    }

    /** Post-test minus pre-test, in points; null unless both were taken. */
    public Integer knowledgeGain() {
        return preScore == null || postScore == null ? null : postScore - preScore;
    }

    /** Share of the session's days present, in whole percent rounded down. */
    public int attendancePercent() {
        return daysPresent.size() * 100 / session.getDays().size();
    }

    private void requireRecordable() {
        if (!session.isRunning()) {
            throw new DomainException("training.session.notInProgress");
        }
        if (!status.holdsSeat()) {
            throw new DomainException("training.enrolment.noSeat");
        }
    }

    private void requireLiveSession() {
        if (!session.getStatus().isLive()) {
            throw new DomainException("training.session.notLive");
        }
    }

    public TrainingSession getSession() {
        return session;
    }

    public Trainee getTrainee() {
        return trainee;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public String getNominatedBy() {
        return nominatedBy;
    }

    public Integer getPreScore() {
        return preScore;
    }

    public Integer getPostScore() {
        return postScore;
    }

    public SortedSet<LocalDate> getDaysPresent() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(daysPresent));
    }
}
