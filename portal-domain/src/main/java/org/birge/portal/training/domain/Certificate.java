package org.birge.portal.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.VersionedEntity;

/**
 * Proof that a trainee completed a course, with what it certifies copied at the time of issue and a
 * verification code anyone can check on the public page. A certificate issued in error is revoked with a
 * reason, never deleted, so that its code then answers "revoked" rather than "unknown".
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = "Certificate.byCode", query = "select c from Certificate c where c.code = :code")
public class Certificate extends VersionedEntity {

    public static final int REASON_LENGTH = 1000;
    /** Letters and digits that cannot be mistaken for one another when read aloud or typed: no 0/O, 1/I/L. */
    static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final String CODE_PATTERN = "[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private long enrolmentId;

    @Column(nullable = false, length = 14, updatable = false)
    private String code;

    @Column(name = "trainee_username", nullable = false, length = 100, updatable = false)
    private String traineeUsername;

    @Column(name = "trainee_name", nullable = false, length = 200, updatable = false)
    private String traineeName;

    @Column(name = "course_code", nullable = false, length = Course.CODE_LENGTH, updatable = false)
    private String courseCode;

    @Column(name = "course_title", nullable = false, length = Course.TITLE_LENGTH, updatable = false)
    private String courseTitle;

    @Column(nullable = false, updatable = false)
    private int hours;

    @Column(name = "first_day", nullable = false, updatable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false, updatable = false)
    private LocalDate lastDay;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoke_reason", length = REASON_LENGTH)
    private String revokeReason;

    protected Certificate() {
    }

    /** Issues the certificate of a completed enrolment. */
    public Certificate(Enrolment enrolment, LocalDate issuedOn) {
        if (enrolment.getStatus() != EnrolmentStatus.COMPLETED) {
            throw new DomainException("training.certificate.notCompleted");
        }
        TrainingSession session = enrolment.getSession();
        this.enrolmentId = enrolment.getId();
        this.code = newCode();
        this.traineeUsername = enrolment.getTrainee().getUsername();
        this.traineeName = enrolment.getTrainee().getName();
        this.courseCode = session.getCourse().getCode();
        this.courseTitle = session.getCourse().getTitle();
        this.hours = session.getCourse().getHours();
        this.firstDay = session.getFirstDay();
        this.lastDay = session.getLastDay();
        this.issuedOn = issuedOn;
    }

    /** A fresh random code such as {@code 7KQM-2HXP-R9TD}: 60 bits, so guessing one is hopeless. */
    public static String newCode() {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as a person may type it (lower case, spaces, no dashes), in the stored form, or null if it cannot be one. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String bare = typed.toUpperCase().replaceAll("[\\s-]", "");
        if (bare.length() != 12) {
            return null;
        }
        String code = bare.substring(0, 4) + "-" + bare.substring(4, 8) + "-" + bare.substring(8);
        return code.matches(CODE_PATTERN) ? code : null;
    }

    public void revoke(String reason, Instant at) {
        if (revokedAt != null) {
            throw new DomainException("training.certificate.alreadyRevoked");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("training.certificate.reasonRequired");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new DomainException("training.textLength", REASON_LENGTH);
        }
        revokedAt = at;
        revokeReason = reason.strip();
    }

    public boolean isValid() {
        return revokedAt == null;
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public String getCode() {
        return code;
    }

    public String getTraineeUsername() {
        return traineeUsername;
    }

    public String getTraineeName() {
        return traineeName;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public int getHours() {
        return hours;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokeReason() {
        return revokeReason;
    }
}
