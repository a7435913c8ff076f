package org.birge.portal.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.VersionedEntity;

/**
 * A trainee's evaluation of a session they attended: ratings from 1 to 5 of how useful the content was,
 * of the trainers and of the organisation, and an optional comment. One per enrolment; the trainer sees
 * only the aggregates and the comments, not who gave which rating.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation extends VersionedEntity {

    public static final int COMMENT_LENGTH = 2000;
    public static final int MAX_RATING = 5;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private long enrolmentId;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(nullable = false)
    private int usefulness;

    @Column(name = "trainer_rating", nullable = false)
    private int trainerRating;

    @Column(nullable = false)
    private int organisation;

    @Column(length = COMMENT_LENGTH)
    private String comment;

    protected Evaluation() {
    }

    /** The evaluation of a trainee who attended the completed session of {@code enrolment}. */
    public Evaluation(Enrolment enrolment, int usefulness, int trainerRating, int organisation, String comment) {
        TrainingSession session = enrolment.getSession();
        if (session.getStatus() != SessionStatus.COMPLETED) {
            throw new DomainException("training.evaluation.notYet");
        }
        if (enrolment.getStatus() != EnrolmentStatus.COMPLETED && enrolment.getStatus() != EnrolmentStatus.NOT_COMPLETED) {
            throw new DomainException("training.evaluation.notAttended");
        }
        for (int rating : new int[] {usefulness, trainerRating, organisation}) {
            if (rating < 1 || rating > MAX_RATING) {
                throw new DomainException("training.evaluation.ratingRange", MAX_RATING);
            }
        }
        if (comment != null && comment.strip().length() > COMMENT_LENGTH) {
            throw new DomainException("training.textLength", COMMENT_LENGTH);
        }
        this.enrolmentId = enrolment.getId();
        this.sessionId = session.getId();
        this.courseId = session.getCourse().getId();
        this.usefulness = usefulness;
        this.trainerRating = trainerRating;
        this.organisation = organisation;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getCourseId() {
        return courseId;
    }

    public int getUsefulness() {
        return usefulness;
    }

    public int getTrainerRating() {
        return trainerRating;
    }

    public int getOrganisation() {
        return organisation;
    }

    public String getComment() {
        return comment;
    }
}
