package org.birge.portal.feedback.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.birge.portal.feedback.domain.AppealCategory;
import org.birge.portal.feedback.domain.AppealKind;
import org.birge.portal.feedback.domain.AppealRating;
import org.birge.portal.feedback.domain.AppealStatus;
import org.birge.portal.shared.domain.Language;

/**
 * One appeal as its page shows it to a reader who may see it, with what that reader may do now. The author's
 * name (as Keycloak gives it at their sign-in) is shown to the district and the governor who answer it, never
 * on a public page.
 */
public record AppealView(long id, long version, String reference, AppealKind kind, AppealCategory category,
                         String subject, String body, Language writtenIn, Language answerIn, boolean publicAppeal,
                         AppealStatus status, String authorUsername, String authorName, Instant submittedAt, LocalDate receivedOn,
                         LocalDate redirectBy, LocalDate dueOn, LocalDate extendedOn, String extensionReason,
                         LocalDate toldBy, LocalDate latestExtension, Instant redirectedAt, String redirectReason,
                         AppealChoice district, AppealChoice firstDistrict, Instant overdueAt, Instant answeredAt,
                         String answerText, Integer answerWorkingDays, Boolean answeredOnTime,
                         AppealChoice project, Instant closedAt, AppealRating rating, String ratingComment,
                         Instant ratedAt, LocalDate complaintBy, String complaintText, Instant complaintAt,
                         String complaintAnswer, Instant complaintAnsweredAt, Instant hiddenAt, String hiddenReason,
                         List<AppealFile> files, Actions can) implements Serializable {

    /** What the reader may do with the appeal now. */
    public record Actions(boolean answer, boolean extend, boolean redirect, boolean close, boolean hide,
                          boolean linkProject, boolean rate, boolean complain, boolean answerComplaint)
            implements Serializable {
    }

    public AppealView {
        files = List.copyOf(files);
    }

    public boolean open() {
        return status.isOpen();
    }

    public boolean redirected() {
        return redirectedAt != null;
    }

    public boolean hidden() {
        return hiddenAt != null;
    }

    public boolean complaintOpen() {
        return complaintAt != null && complaintAnsweredAt == null;
    }
}
