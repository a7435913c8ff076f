package org.birge.portal.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.domain.VersionedEntity;

/**
 * A resident's appeal to their district (a suggestion, request, complaint or thanks) under the legal clock
 * of {@link AppealClock}: received with a reference number, answered within 15 working days unless
 * extended once (to at most 2 months after receipt), or sent on to the right district within 3 working days
 * (the clock starts again there); answered in the language expected, rated by its author, complained about
 * to the governor within 3 months of an unsatisfying answer. A public appeal can be hidden by the mayor
 * with a reason; its author still sees it. Every rule is checked here and refused with a bundle key.
 */
@Entity
@Table(name = "appeal")
public class Appeal extends VersionedEntity {

    public static final int REFERENCE_LENGTH = 48;
    public static final int USERNAME_LENGTH = 100;
    public static final int SUBJECT_LENGTH = 200;
    public static final int BODY_LENGTH = 4000;
    public static final int REASON_LENGTH = 2000;
    public static final int ANSWER_LENGTH = 8000;
    public static final int COMMENT_LENGTH = 2000;
    public static final int COMPLAINT_LENGTH = 4000;
    public static final int HIDDEN_REASON_LENGTH = 1000;
    /** Where the programme's days are counted: Kazakhstan. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Column(nullable = false, length = REFERENCE_LENGTH, updatable = false)
    private String reference;

    @Column(name = "district_id", nullable = false)
    private long districtId;

    @Column(name = "first_district_id", nullable = false, updatable = false)
    private long firstDistrictId;

    @Column(name = "author_username", nullable = false, length = USERNAME_LENGTH, updatable = false)
    private String authorUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private AppealKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private AppealCategory category;

    @Column(nullable = false, length = SUBJECT_LENGTH, updatable = false)
    private String subject;

    @Column(nullable = false, length = BODY_LENGTH, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "written_in", nullable = false, length = 2, updatable = false)
    private Language writtenIn;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_in", nullable = false, length = 2, updatable = false)
    private Language answerIn;

    @Column(name = "is_public", nullable = false, updatable = false)
    private boolean publicAppeal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppealStatus status;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "redirect_by", nullable = false)
    private LocalDate redirectBy;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "extended_on")
    private LocalDate extendedOn;

    @Column(name = "extension_reason", length = REASON_LENGTH)
    private String extensionReason;

    @Column(name = "told_by")
    private LocalDate toldBy;

    @Column(name = "redirected_at")
    private Instant redirectedAt;

    @Column(name = "redirect_reason", length = REASON_LENGTH)
    private String redirectReason;

    @Column(name = "overdue_at")
    private Instant overdueAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = USERNAME_LENGTH)
    private String answeredBy;

    @Column(name = "answer_text", length = ANSWER_LENGTH)
    private String answerText;

    @Column(name = "answer_working_days")
    private Integer answerWorkingDays;

    @Column(name = "answered_on_time")
    private Boolean answeredOnTime;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private AppealRating rating;

    @Column(name = "rating_comment", length = COMMENT_LENGTH)
    private String ratingComment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Column(name = "complaint_text", length = COMPLAINT_LENGTH)
    private String complaintText;

    @Column(name = "complaint_at")
    private Instant complaintAt;

    @Column(name = "complaint_answer", length = ANSWER_LENGTH)
    private String complaintAnswer;

    @Column(name = "complaint_answered_by", length = USERNAME_LENGTH)
    private String complaintAnsweredBy;

    @Column(name = "complaint_answered_at")
    private Instant complaintAnsweredAt;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_by", length = USERNAME_LENGTH)
    private String hiddenBy;

    @Column(name = "hidden_reason", length = HIDDEN_REASON_LENGTH)
    private String hiddenReason;

    protected Appeal() {
    }

    /**
     * A resident's appeal as it is received by {@code districtId} at {@code now}: the clock starts on the
     * day of receipt in Kazakhstan. {@code answerIn} null means the language it is written in.
     */
    public Appeal(String reference, long districtId, String authorUsername, AppealKind kind, AppealCategory category,
                  String subject, String body, Language writtenIn, Language answerIn, boolean publicAppeal,
                  Instant now, AppealClock clock) {
        if (reference == null || reference.isBlank() || reference.length() > REFERENCE_LENGTH) {
            throw new IllegalArgumentException("reference");
        }
        if (authorUsername == null || authorUsername.isBlank()) {
            throw new IllegalArgumentException("author");
        }
        this.reference = reference;
        this.districtId = districtId;
        this.firstDistrictId = districtId;
        this.authorUsername = authorUsername;
        this.kind = required(kind, "feedback.appeal.kindRequired");
        this.category = required(category, "feedback.appeal.categoryRequired");
        this.subject = text(subject, SUBJECT_LENGTH, "feedback.appeal.subjectRequired");
        this.body = text(body, BODY_LENGTH, "feedback.appeal.bodyRequired");
        this.writtenIn = required(writtenIn, "feedback.appeal.languageRequired");
        this.answerIn = answerIn == null ? writtenIn : answerIn;
        this.publicAppeal = publicAppeal;
        this.submittedAt = Objects.requireNonNull(now, "now");
        this.status = AppealStatus.RECEIVED;
        startClock(dayOf(now), clock);
    }

    private void startClock(LocalDate day, AppealClock clock) {
        this.receivedOn = day;
        this.dueOn = clock.dueOn(day);
        this.redirectBy = clock.redirectBy(day);
    }

    /** A date as the portal shows it, for messages that name a day. */
    static String shown(LocalDate day) {
        return SHOWN.format(day);
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    private static <T> T required(T value, String key) {
        if (value == null) {
            throw new DomainException(key);
        }
        return value;
    }

    /** {@code value} stripped; refused when blank (with {@code requiredKey}) or longer than {@code max}. */
    private static String text(String value, int max, String requiredKey) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new DomainException(requiredKey);
        }
        if (stripped.length() > max) {
            throw new DomainException("feedback.appeal.tooLong", max);
        }
        return stripped;
    }

    private static String optionalText(String value, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() > max) {
            throw new DomainException("feedback.appeal.tooLong", max);
        }
        return stripped.isEmpty() ? null : stripped;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new DomainException("feedback.appeal.notOpen", reference);
        }
    }

    /**
     * The district extends the time to answer, once, to {@code newDueOn} (after the current due date and at
     * most 2 months after receipt), deciding on {@code today} before the due date has passed; the resident
     * must be told within 3 working days of the decision.
     */
    public void extend(LocalDate newDueOn, String reason, LocalDate today, AppealClock clock) {
        requireOpen();
        if (status == AppealStatus.EXTENDED || extendedOn != null) {
            throw new DomainException("feedback.appeal.alreadyExtended");
        }
        if (today.isAfter(dueOn)) {
            throw new DomainException("feedback.appeal.extendTooLate", shown(dueOn));
        }
        if (newDueOn == null || !newDueOn.isAfter(dueOn)) {
            throw new DomainException("feedback.appeal.extendNotLater", shown(dueOn));
        }
        LocalDate latest = AppealClock.latestExtension(receivedOn);
        if (newDueOn.isAfter(latest)) {
            throw new DomainException("feedback.appeal.extendTooFar", shown(latest));
        }
        this.extensionReason = text(reason, REASON_LENGTH, "feedback.appeal.reasonRequired");
        this.extendedOn = today;
        this.toldBy = clock.toldBy(today);
        this.dueOn = newDueOn;
        this.status = AppealStatus.EXTENDED;
    }

    /**
     * Sends the appeal on to {@code toDistrictId}, within 3 working days of receipt; the clock starts again
     * there on {@code now}'s day, and an extension made here no longer stands.
     */
    public void redirect(long toDistrictId, String reason, Instant now, AppealClock clock) {
        requireOpen();
        if (toDistrictId == districtId) {
            throw new DomainException("feedback.appeal.redirectSameDistrict");
        }
        LocalDate today = dayOf(now);
        if (today.isAfter(redirectBy)) {
            throw new DomainException("feedback.appeal.redirectTooLate", shown(redirectBy));
        }
        this.redirectReason = text(reason, REASON_LENGTH, "feedback.appeal.reasonRequired");
        this.districtId = toDistrictId;
        this.redirectedAt = now;
        this.status = AppealStatus.RECEIVED;
        this.extendedOn = null;
        this.extensionReason = null;
        this.toldBy = null;
        this.overdueAt = null;
        startClock(today, clock);
    }

    /**
     * The district's answer, given by {@code by} at {@code now}, optionally pointing to the project that
     * came of it ("we did"). Counts the working days taken and whether the due date in force was kept.
     */
    public void answer(String text, Long linkedProjectId, String by, Instant now, AppealClock clock) {
        requireOpen();
        this.answerText = text(text, ANSWER_LENGTH, "feedback.appeal.answerRequired");
        LocalDate today = dayOf(now);
        this.answeredAt = now;
        this.answeredBy = by;
        this.projectId = linkedProjectId;
        this.answerWorkingDays = clock.workingDays(receivedOn, today);
        this.answeredOnTime = !today.isAfter(dueOn);
        this.status = AppealStatus.ANSWERED;
    }

    /** Points the answer to a project of the district ("we did"), or to none. */
    public void linkProject(Long linkedProjectId) {
        if (answeredAt == null) {
            throw new DomainException("feedback.appeal.notAnswered");
        }
        this.projectId = linkedProjectId;
    }

    /** Closes an answered appeal: nothing more is done on it by the district. */
    public void close(Instant now) {
        if (status != AppealStatus.ANSWERED) {
            throw new DomainException("feedback.appeal.closeNotAnswered");
        }
        this.closedAt = now;
        this.status = AppealStatus.CLOSED;
    }

    /** The author's rating of the answer, once; a comment is required when they are not satisfied. */
    public void rate(String by, AppealRating newRating, String comment, Instant now) {
        if (!authorUsername.equals(by)) {
            throw new DomainException("feedback.appeal.notAuthor");
        }
        if (answeredAt == null) {
            throw new DomainException("feedback.appeal.notAnswered");
        }
        if (rating != null) {
            throw new DomainException("feedback.appeal.alreadyRated");
        }
        required(newRating, "feedback.appeal.ratingRequired");
        this.ratingComment = newRating == AppealRating.NOT_SATISFIED
                ? text(comment, COMMENT_LENGTH, "feedback.appeal.ratingCommentRequired")
                : optionalText(comment, COMMENT_LENGTH);
        this.rating = newRating;
        this.ratedAt = now;
    }

    /** The last day the author may complain to the governor; null when no complaint can be made. */
    public LocalDate complaintBy() {
        return answeredAt == null || rating != AppealRating.NOT_SATISFIED ? null
                : AppealClock.complaintBy(dayOf(answeredAt));
    }

    /** The author, not satisfied with the answer, complains to the governor within 3 months of it. */
    public void complain(String by, String text, Instant now) {
        if (!authorUsername.equals(by)) {
            throw new DomainException("feedback.appeal.notAuthor");
        }
        if (rating != AppealRating.NOT_SATISFIED) {
            throw new DomainException("feedback.appeal.complaintNotSatisfiedOnly");
        }
        if (complaintAt != null) {
            throw new DomainException("feedback.appeal.alreadyComplained");
        }
        LocalDate last = complaintBy();
        if (dayOf(now).isAfter(last)) {
            throw new DomainException("feedback.appeal.complaintTooLate", shown(last));
        }
        this.complaintText = text(text, COMPLAINT_LENGTH, "feedback.appeal.complaintRequired");
        this.complaintAt = now;
    }

    /** Whether a complaint waits for the governor's answer. */
    public boolean isComplaintOpen() {
        return complaintAt != null && complaintAnsweredAt == null;
    }

    /** The governor answers the complaint, once. */
    public void answerComplaint(String text, String by, Instant now) {
        if (complaintAt == null) {
            throw new DomainException("feedback.appeal.noComplaint");
        }
        if (complaintAnsweredAt != null) {
            throw new DomainException("feedback.appeal.complaintAlreadyAnswered");
        }
        this.complaintAnswer = text(text, ANSWER_LENGTH, "feedback.appeal.answerRequired");
        this.complaintAnsweredBy = by;
        this.complaintAnsweredAt = now;
    }

    /** The mayor hides an abusive public appeal from the public pages, with a reason; its author still sees it. */
    public void hide(String reason, String by, Instant now) {
        if (!publicAppeal) {
            throw new DomainException("feedback.appeal.hideNotPublic");
        }
        if (hiddenAt != null) {
            throw new DomainException("feedback.appeal.alreadyHidden");
        }
        this.hiddenReason = text(reason, HIDDEN_REASON_LENGTH, "feedback.appeal.reasonRequired");
        this.hiddenBy = by;
        this.hiddenAt = now;
    }

    /**
     * Flags an open appeal whose due date has passed on {@code today}, once; true when it was flagged now
     * (and must be escalated), false when it is not overdue or was flagged before.
     */
    public boolean markOverdue(LocalDate today, Instant now) {
        if (!status.isOpen() || overdueAt != null || !today.isAfter(dueOn)) {
            return false;
        }
        this.overdueAt = now;
        return true;
    }

    /** Shown on public pages: public, and not hidden. */
    public boolean isShownPublicly() {
        return publicAppeal && hiddenAt == null;
    }

    public boolean isOverdueOn(LocalDate today) {
        return status.isOpen() && today.isAfter(dueOn);
    }

    public String getReference() {
        return reference;
    }

    public long getDistrictId() {
        return districtId;
    }

    public long getFirstDistrictId() {
        return firstDistrictId;
    }

    public String getAuthorUsername() {
        return authorUsername;
    }

    public AppealKind getKind() {
        return kind;
    }

    public AppealCategory getCategory() {
        return category;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Language getWrittenIn() {
        return writtenIn;
    }

    public Language getAnswerIn() {
        return answerIn;
    }

    public boolean isPublicAppeal() {
        return publicAppeal;
    }

    public AppealStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getRedirectBy() {
        return redirectBy;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getExtendedOn() {
        return extendedOn;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public LocalDate getToldBy() {
        return toldBy;
    }

    public Instant getRedirectedAt() {
        return redirectedAt;
    }

    public String getRedirectReason() {
        return redirectReason;
    }

    public Instant getOverdueAt() {
        return overdueAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public String getAnswerText() {
        return answerText;
    }

    public Integer getAnswerWorkingDays() {
        return answerWorkingDays;
    }

    public Boolean getAnsweredOnTime() {
        return answeredOnTime;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public AppealRating getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }

    public String getComplaintText() {
        return complaintText;
    }

    public Instant getComplaintAt() {
        return complaintAt;
    }

    public String getComplaintAnswer() {
        return complaintAnswer;
    }

    public String getComplaintAnsweredBy() {
        return complaintAnsweredBy;
    }

    public Instant getComplaintAnsweredAt() {
        return complaintAnsweredAt;
    }

    public Instant getHiddenAt() {
        return hiddenAt;
    }

    public String getHiddenBy() {
        return hiddenBy;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }
}
